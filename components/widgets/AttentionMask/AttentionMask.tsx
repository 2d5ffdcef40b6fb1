'use client';

import { memo, useMemo, useState } from 'react';
import { ParamSelect, ParamSlider, ParamToggle } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useTask } from '@/components/figure/worker';
import { AxisX, AxisY, Heatmap, Plot, Readout, Rect, shareColor, usePlotTheme } from '@/components/plot';
import { ALWAYS_CAUSAL, attentionMask, type MaskKind, nnz } from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Mask } from '@/lib/linalg';
import styles from './AttentionMask.module.css';
import { Arcs } from './draw';
import type { attentionMaskParams } from './params';

type P = ParamValues<typeof attentionMaskParams>;

/** Up to this n the mask is built here, cell by cell (hoverable); above it, a canvas of block densities. */
const SVG_MAX_N = 64;
/**
 * Up to this n the cells are SVG rects; above it (no gaps between cells there anyway) one canvas, since
 * redrawing 4,096 rects at n = 64 held the page for tens of milliseconds per key press.
 */
const SVG_CELLS_MAX_N = 32;
const CANVAS_MAX_PIXELS = 512;
/** Up to this n "Copy data" gives every cell; above it, the block densities that are drawn. */
const EXPORT_MAX_N = 512;
/** The grid's largest side in CSS pixels, and the room its axis titles take. */
const GRID_MAX = 460;
const TITLE = 18;

/** Moves the highlighted query row with the keyboard; the grid and the arc graph follow. */
function rowKey(e: React.KeyboardEvent, row: number | null, n: number, onHover: (i: number | null) => void) {
  const current = row ?? 0;
  const next: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowRight: current + 1,
    ArrowUp: current - 1,
    ArrowLeft: current - 1,
    PageDown: current + 10,
    PageUp: current - 10,
    Home: 0,
    End: n - 1,
  };
  if (!(e.key in next)) return;
  e.preventDefault();
  onHover(Math.min(n - 1, Math.max(0, next[e.key])));
}

const indices = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The n×n grid of allowed pairs (or of block densities for large n), query rows down, keys across. */
const MaskGrid = memo(function MaskGrid({
  n,
  values,
  size,
  hover,
  onHover,
  label,
}: {
  n: number;
  /** Row-major 0/1 cells (size = n) or block densities in [0, 1] (size < n). */
  values: ArrayLike<number>;
  size: number;
  hover: number | null;
  onHover: (i: number | null) => void;
  label: string;
}) {
  const { tokens } = usePlotTheme();
  const color = useMemo(() => shareColor(tokens['surface-2'], tokens.accent), [tokens]);
  const band = useMemo(() => ({ type: 'band' as const, domain: indices(size), padding: 0 }), [size]);
  return (
    <div className={styles.grid} style={{ maxWidth: GRID_MAX + TITLE }}>
      <Plot
        label={label}
        x={band}
        y={band}
        aspect={1}
        maxHeight={GRID_MAX + TITLE}
        margin={{ top: TITLE, left: TITLE, right: 0, bottom: 0 }}
        exportView
      >
        <AxisX anchor="top" label="key j →" labelAt="start" tickValues={[]} line={false} />
        <AxisY label="query i →" labelAt="start" tickValues={[]} />
        <Heatmap
          values={values}
          rows={size}
          cols={size}
          color={color}
          svgLimit={SVG_CELLS_MAX_N * SVG_CELLS_MAX_N}
          gap={n <= SVG_CELLS_MAX_N ? undefined : 0}
          onCell={size === n ? (c) => onHover(c ? c.i : null) : undefined}
          testId="mask-grid"
        />
        {hover !== null ? (
          <>
            {hover > 0 ? <Rect y1={0} y2={hover - 1} className={styles.dim} /> : null}
            {hover < n - 1 ? <Rect y1={hover + 1} y2={n - 1} className={styles.dim} /> : null}
            <Rect y1={hover} className={styles.rowOutline} />
          </>
        ) : null}
      </Plot>
    </div>
  );
});

/** The attention-mask explorer: pattern, n, k and causality in; the mask and its pair counts out. */
export default function AttentionMask() {
  // The mask and its pictures follow a change of the inputs in a deferred render, so the control that
  // changed is painted first; the controls read the live values.
  const [params, live] = useDeferredWidgetParams<P>();
  const [hover, setHover] = useState<number | null>(null);
  const { pattern, n, k, causal } = params;

  const kind = pattern as MaskKind;
  const small = n <= SVG_MAX_N;
  // Small masks are cheap and drawn cell by cell; large ones are built and reduced in the worker.
  const mask = useMemo<Mask | null>(
    () => (small ? attentionMask(kind, n, { k, causal }) : null),
    [small, kind, n, k, causal],
  );
  const pixels = Math.min(n, CANVAS_MAX_PIXELS);
  const job = useTask('maskDensity', small ? null : { kind, n, k, causal, size: pixels });
  const allowed = mask ? nnz(mask) : (job.data?.nnz ?? Number.NaN);
  const full = n * n;
  const hoverRow = mask && hover !== null && hover < n ? hover : null;
  const hoverCount = useMemo(() => {
    if (!mask || hoverRow === null) return 0;
    let c = 0;
    for (let j = 0; j < n; j++) c += mask.data[hoverRow * n + j];
    return c;
  }, [mask, hoverRow, n]);
  const arcAxis = useMemo(() => ({ type: 'band' as const, domain: indices(n), padding: 0 }), [n]);

  useExportData(() => {
    const name = `attention-mask-${pattern}-n${n}-k${k}${causal ? '-causal' : ''}`;
    const meta = { pattern, n, k, causal, allowedPairs: allowed };
    if (n <= EXPORT_MAX_N) {
      const m = mask ?? attentionMask(kind, n, { k, causal });
      const rows: number[][] = [];
      for (let i = 0; i < n; i++) rows.push(Array.from(m.data.subarray(i * n, (i + 1) * n)));
      return { name, rows, meta };
    }
    // Too large to export cell by cell: export the block densities that are drawn.
    const d = job.data;
    if (!d) return null;
    const rows: number[][] = [];
    for (let i = 0; i < d.size; i++) rows.push(Array.from(d.density.subarray(i * d.size, (i + 1) * d.size)));
    return { name: `${name}-blocks${d.size}`, rows, meta: { ...meta, blockDensity: true } };
  });

  const forcedCausal = ALWAYS_CAUSAL.has(live.pattern as MaskKind);
  const block = n / (job.data?.size ?? n);
  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="pattern" />
        <ParamSlider name="n" />
        <ParamSlider name="k" disabled={live.pattern === 'full'} />
        <ParamToggle name="causal" forced={forcedCausal ? true : undefined} />
      </div>
      <div className={styles.body}>
        <div className={styles.view}>
          {mask ? (
            <div
              className={styles.gridFocus}
              role="slider"
              tabIndex={0}
              aria-label={`Mask of ${n}×${n} cells with ${nnz(mask)} allowed pairs; arrow keys highlight a query row`}
              aria-valuemin={0}
              aria-valuemax={n - 1}
              aria-valuenow={hoverRow ?? 0}
              aria-valuetext={
                hoverRow === null ? 'no row highlighted' : `row ${hoverRow}: ${hoverCount} keys`
              }
              onKeyDown={(e) => rowKey(e, hoverRow, n, setHover)}
              onBlur={() => setHover(null)}
            >
              <MaskGrid
                n={n}
                values={mask.data}
                size={n}
                hover={hoverRow}
                onHover={setHover}
                label={`Attention mask, ${n}×${n}`}
              />
            </div>
          ) : job.data ? (
            <MaskGrid
              n={n}
              values={job.data.density}
              size={job.data.size}
              hover={null}
              onHover={setHover}
              label={`Mask of ${n}×${n} cells drawn as ${job.data.size}×${job.data.size} blocks`}
            />
          ) : (
            <div className={styles.pending} style={{ maxWidth: GRID_MAX + TITLE }}>
              Computing…
            </div>
          )}
          {mask ? (
            <div className={styles.arcRow} style={{ maxWidth: GRID_MAX + TITLE }}>
              <Plot
                label={`Connection graph of the mask: ${n} positions, an arc for each allowed pair`}
                x={arcAxis}
                y={{ domain: [0, 1] }}
                aspect={2.4}
                maxHeight={190}
                minHeight={60}
                margin={{ top: 6, right: 0, bottom: 10, left: TITLE }}
              >
                <Arcs mask={mask} hover={hoverRow} />
              </Plot>
              <p className={styles.hint}>
                Hover a row, or focus the matrix and use the arrow keys, to see one query’s keys.
              </p>
            </div>
          ) : (
            <p className={styles.hint}>
              Each pixel is a block of {formatNumber(block, { digits: 3 })}×
              {formatNumber(block, { digits: 3 })} cells, shaded by the share allowed.
            </p>
          )}
        </div>
        <Readout
          busy={job.pending}
          items={[
            { label: 'Allowed pairs', value: formatInteger(allowed), testId: 'allowed-pairs' },
            { label: 'Full attention', value: formatInteger(full) },
            { label: 'Density', value: formatNumber(allowed / full, { style: 'percent', digits: 3 }) },
            { label: 'Fewer scores', value: `${formatNumber(full / Math.max(1, allowed), { digits: 3 })}×` },
            { label: 'Keys per query', value: formatNumber(allowed / n, { digits: 3 }) },
            ...(hoverRow !== null ? [{ label: `Row ${hoverRow}`, value: `${hoverCount} keys` }] : []),
          ]}
        />
      </div>
    </div>
  );
}
