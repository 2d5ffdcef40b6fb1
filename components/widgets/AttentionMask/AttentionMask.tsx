'use client';

import { useMemo, useRef, useState } from 'react';
import { Select, Slider, Toggle } from '@/components/controls';
import { attentionMask, type MaskKind, nnz } from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Mask } from '@/lib/linalg';
import { useTask } from '../compute';
import { useExportData } from '../exports';
import { useCanvas, useElementWidth, useThemeColors } from '../hooks';
import type { ParamValues } from '../schema';
import { useWidgetParams } from '../store';
import styles from './AttentionMask.module.css';
import { drawDensity } from './draw';
import type { attentionMaskParams } from './params';

type P = ParamValues<typeof attentionMaskParams>;

/** Up to this n every cell is an SVG rect (crisp, hoverable); above it, a canvas of block densities. */
const SVG_MAX_N = 64;
const CANVAS_MAX_PIXELS = 512;
/** Up to this n "Copy data" gives every cell; above it, the block densities that are drawn. */
const EXPORT_MAX_N = 512;

const patternLabels: Record<string, string> = {
  full: 'Full',
  local: 'Local (|i−j| ≤ k)',
  atrous: 'Atrous ((i−j) mod k = 0)',
  sparse: 'Sparse (local ∪ atrous)',
};

function CellGrid({
  mask,
  size,
  hover,
  onHover,
}: {
  mask: Mask;
  size: number;
  hover: number | null;
  onHover: (i: number | null) => void;
}) {
  const n = mask.rows;
  const cell = size / n;
  const gap = n <= 32 ? Math.min(1, cell * 0.08) : 0;
  const rects = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const on = mask.data[i * n + j] === 1;
      const dim = hover !== null && hover !== i;
      rects.push(
        <rect
          key={i * n + j}
          x={j * cell + gap / 2}
          y={i * cell + gap / 2}
          width={cell - gap}
          height={cell - gap}
          className={on ? (dim ? styles.onDim : styles.on) : styles.off}
        />,
      );
    }
  }
  return (
    <svg
      className={styles.grid}
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      role="img"
      aria-label={`Mask of ${n}×${n} cells with ${nnz(mask)} allowed pairs`}
      data-export
      onPointerMove={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const i = Math.floor(((e.clientY - rect.top) / rect.height) * n);
        onHover(i >= 0 && i < n ? i : null);
      }}
      onPointerLeave={() => onHover(null)}
    >
      {rects}
      {hover !== null ? (
        <rect x={0} y={hover * cell} width={size} height={cell} className={styles.rowOutline} />
      ) : null}
    </svg>
  );
}

function DensityCanvas({
  n,
  density,
  pixels,
  size,
}: {
  n: number;
  density: Float32Array;
  pixels: number;
  size: number;
}) {
  const colors = useThemeColors(['accent', 'surface-2']);
  const ref = useCanvas(
    (ctx, w) => drawDensity(ctx, density, pixels, w, { on: colors.accent, off: colors['surface-2'] }),
    size,
    size,
    [density, colors],
  );
  return (
    <canvas
      ref={ref}
      className={styles.grid}
      style={{ width: size, height: size }}
      role="img"
      aria-label={`Mask of ${n}×${n} cells drawn as ${pixels}×${pixels} blocks`}
      data-export
    />
  );
}

/** The attention-mask explorer: pattern, n, k and causality in; the mask and its pair counts out. */
export default function AttentionMask() {
  const [params, setParam] = useWidgetParams<P>();
  const [hover, setHover] = useState<number | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const { pattern, n, k, causal } = params;

  const kind = pattern as MaskKind;
  const small = n <= SVG_MAX_N;
  // Small masks are cheap and drawn cell by cell; large ones are built and reduced in the worker.
  const mask = useMemo(
    () => (small ? attentionMask(kind, n, { k, causal }) : null),
    [small, kind, n, k, causal],
  );
  const pixels = Math.min(n, CANVAS_MAX_PIXELS);
  const job = useTask(
    'maskDensity',
    small ? null : { kind, n, k, causal, size: pixels },
    `${kind}|${n}|${k}|${causal}|${pixels}`,
  );
  const allowed = mask ? nnz(mask) : (job.data?.nnz ?? Number.NaN);
  const full = n * n;
  // The view's width less the query-axis label column (1.3rem).
  const size = Math.max(120, Math.min((width || 380) - 22, 460));
  const hoverRow = mask && hover !== null && hover < n ? hover : null;
  const hoverCount = useMemo(() => {
    if (!mask || hoverRow === null) return 0;
    let c = 0;
    for (let j = 0; j < n; j++) c += mask.data[hoverRow * n + j];
    return c;
  }, [mask, hoverRow, n]);

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

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Pattern"
          value={pattern}
          options={Object.keys(patternLabels).map((value) => ({ value, label: patternLabels[value] }))}
          onChange={(v) => setParam('pattern', v as P['pattern'])}
        />
        <Slider label="Sequence length n" value={n} min={2} max={4096} onChange={(v) => setParam('n', v)} />
        <Slider
          label="Window / stride k"
          value={k}
          min={1}
          max={64}
          onChange={(v) => setParam('k', v)}
          disabled={pattern === 'full'}
        />
        <Toggle label="Causal" checked={causal} onChange={(v) => setParam('causal', v)} />
      </div>
      <div className={styles.body}>
        <div className={styles.view} ref={viewRef}>
          <div className={styles.axisTop} style={{ width: size }}>
            <span>key j →</span>
          </div>
          <div className={styles.viewRow}>
            <span className={styles.axisLeft}>query i →</span>
            {mask ? (
              <CellGrid mask={mask} size={size} hover={hoverRow} onHover={setHover} />
            ) : job.data ? (
              <DensityCanvas n={n} density={job.data.density} pixels={job.data.size} size={size} />
            ) : (
              <div className={styles.pending} style={{ width: size, height: size }}>
                Computing…
              </div>
            )}
          </div>
        </div>
        <dl className={styles.stats} aria-live="polite" aria-busy={job.pending}>
          <div>
            <dt>Allowed pairs</dt>
            <dd data-testid="allowed-pairs">{formatInteger(allowed)}</dd>
          </div>
          <div>
            <dt>Full attention</dt>
            <dd>{formatInteger(full)}</dd>
          </div>
          <div>
            <dt>Density</dt>
            <dd>{formatNumber(allowed / full, { style: 'percent', digits: 3 })}</dd>
          </div>
          <div>
            <dt>Fewer scores</dt>
            <dd>{formatNumber(full / Math.max(1, allowed), { digits: 3 })}×</dd>
          </div>
          <div>
            <dt>Keys per query</dt>
            <dd>{formatNumber(allowed / n, { digits: 3 })}</dd>
          </div>
          {hoverRow !== null ? (
            <div className={styles.hoverStat}>
              <dt>Row {hoverRow}</dt>
              <dd>{hoverCount} keys</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </div>
  );
}
