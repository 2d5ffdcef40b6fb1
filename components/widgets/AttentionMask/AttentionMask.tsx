'use client';

import { useMemo, useRef, useState } from 'react';
import { Select, Slider, Toggle } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import { useTask } from '@/components/figure/worker';
import { useCanvas, useElementWidth, useThemeColors } from '@/components/plot/hooks';
import { maskCellRects } from '@/components/plot/maskCells';
import { attentionMask, type MaskKind, nnz } from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Mask } from '@/lib/linalg';
import styles from './AttentionMask.module.css';
import { drawDensity } from './draw';
import type { attentionMaskParams } from './params';

type P = ParamValues<typeof attentionMaskParams>;

/** Up to this n every cell is an SVG rect (crisp, hoverable); above it, a canvas of block densities. */
const SVG_MAX_N = 64;
const CANVAS_MAX_PIXELS = 512;
/** Up to this n "Copy data" gives every cell; above it, the block densities that are drawn. */
const EXPORT_MAX_N = 512;

const patternLabels: Record<P['pattern'], string> = {
  full: 'Full',
  local: 'Local (|i−j| ≤ k)',
  atrous: 'Atrous ((i−j) mod k = 0)',
  sparse: 'Sparse (local ∪ atrous)',
  strided: 'Strided (OpenAI, causal)',
  fixed: 'Fixed (OpenAI, causal)',
};

/** OpenAI's patterns are causal by construction; the toggle is shown on and locked for them. */
const ALWAYS_CAUSAL = new Set<string>(['strided', 'fixed']);

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
  // The cells depend only on the mask, so highlighting a row re-renders two overlay rects, not n² cells.
  const cells = useMemo(
    () => maskCellRects(mask.data, n, size, { on: styles.on, off: styles.off }),
    [mask, n, size],
  );
  const keys = hover === null ? 0 : mask.data.subarray(hover * n, hover * n + n).reduce((s, x) => s + x, 0);
  return (
    <div
      className={styles.gridFocus}
      role="slider"
      tabIndex={0}
      aria-label={`Mask of ${n}×${n} cells with ${nnz(mask)} allowed pairs; arrow keys highlight a query row`}
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={hover ?? 0}
      aria-valuetext={hover === null ? 'no row highlighted' : `row ${hover}: ${keys} keys`}
      onKeyDown={(e) => rowKey(e, hover, n, onHover)}
      onBlur={() => onHover(null)}
    >
      <svg
        className={styles.grid}
        viewBox={`0 0 ${size} ${size}`}
        width={size}
        height={size}
        aria-hidden="true"
        data-export
        onPointerMove={(e) => {
          const rect = e.currentTarget.getBoundingClientRect();
          const i = Math.floor(((e.clientY - rect.top) / rect.height) * n);
          onHover(i >= 0 && i < n ? i : null);
        }}
        onPointerLeave={() => onHover(null)}
      >
        {cells}
        {hover !== null ? (
          <>
            <rect x={0} y={0} width={size} height={hover * cell} className={styles.dim} />
            <rect
              x={0}
              y={(hover + 1) * cell}
              width={size}
              height={(n - hover - 1) * cell}
              className={styles.dim}
            />
            <rect x={0} y={hover * cell} width={size} height={cell} className={styles.rowOutline} />
          </>
        ) : null}
      </svg>
    </div>
  );
}

/**
 * The post's other picture: positions on a line, an arc for every allowed pair (i, j), i ≠ j. Arcs of the
 * highlighted query are drawn on top; in a causal mask every arc points back to an earlier position.
 */
/** An arc above the baseline from position i to j (positions `step` apart), no taller than the graph. */
function arcPath(i: number, j: number, step: number, base: number): string {
  const a = (Math.min(i, j) + 0.5) * step;
  const b = (Math.max(i, j) + 0.5) * step;
  const rx = (b - a) / 2;
  return `M${a},${base}A${rx},${Math.min(rx, base - 6)} 0 0,1 ${b},${base}`;
}

function ArcGraph({ mask, width, hover }: { mask: Mask; width: number; hover: number | null }) {
  const n = mask.rows;
  const step = width / n;
  const height = Math.round(Math.min(width * 0.42, 190));
  const base = height - 10;
  const x = (i: number) => (i + 0.5) * step;
  const arc = (i: number, j: number) => arcPath(i, j, step, base);
  const all = useMemo(() => {
    const paths: string[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        // Draw each unordered pair once (an arc has no direction on screen).
        if (i === j || !mask.data[i * n + j] || (j > i && mask.data[j * n + i])) continue;
        paths.push(arcPath(i, j, step, base));
      }
    }
    return paths.join('');
  }, [mask, n, step, base]);
  const mine: string[] = [];
  if (hover !== null) {
    for (let j = 0; j < n; j++) if (j !== hover && mask.data[hover * n + j]) mine.push(arc(hover, j));
  }
  return (
    <svg
      className={styles.arcs}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={`Connection graph of the mask: ${n} positions, an arc for each allowed pair`}
    >
      <path d={all} className={hover === null ? styles.arc : styles.arcFaint} />
      {mine.length > 0 ? <path d={mine.join('')} className={styles.arcOn} /> : null}
      {Array.from({ length: n }, (_, i) => (
        <circle
          key={i}
          cx={x(i)}
          cy={base}
          r={Math.max(1.5, Math.min(4, step * 0.3))}
          className={i === hover ? styles.dotOn : styles.dot}
        />
      ))}
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
  const job = useTask('maskDensity', small ? null : { kind, n, k, causal, size: pixels });
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
          options={(Object.keys(patternLabels) as P['pattern'][]).map((value) => ({
            value,
            label: patternLabels[value],
          }))}
          onChange={(v) => setParam('pattern', v as P['pattern'])}
        />
        <Slider label="Sequence length n" value={n} min={4} max={4096} onChange={(v) => setParam('n', v)} />
        <Slider
          label="Window / stride k"
          value={k}
          min={1}
          max={64}
          onChange={(v) => setParam('k', v)}
          disabled={pattern === 'full'}
        />
        <Toggle
          label={ALWAYS_CAUSAL.has(pattern) ? 'Causal (always)' : 'Causal'}
          checked={causal || ALWAYS_CAUSAL.has(pattern)}
          disabled={ALWAYS_CAUSAL.has(pattern)}
          onChange={(v) => setParam('causal', v)}
        />
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
          {mask ? (
            <div className={styles.arcRow}>
              <ArcGraph mask={mask} width={size} hover={hoverRow} />
              <p className={styles.hint}>
                Hover a row, or focus the matrix and use the arrow keys, to see one query’s keys.
              </p>
            </div>
          ) : (
            <p className={styles.hint}>
              Each pixel is a block of {formatNumber(n / (job.data?.size ?? n), { digits: 3 })}×
              {formatNumber(n / (job.data?.size ?? n), { digits: 3 })} cells, shaded by the share allowed.
            </p>
          )}
        </div>
        <dl className="widget-stats" aria-live="polite" aria-busy={job.pending}>
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
