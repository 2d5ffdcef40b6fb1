'use client';

import { useMemo, useRef, useState } from 'react';
import { Select, Slider, Toggle } from '@/components/controls';
import { attentionMask, type MaskKind, nnz } from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Mask } from '@/lib/linalg';
import { useExportData } from '../exports';
import { useCanvas, useElementWidth, useThemeColors } from '../hooks';
import type { ParamValues } from '../schema';
import { useWidgetParams } from '../store';
import styles from './AttentionMask.module.css';
import { blockDensity, drawDensity } from './draw';
import type { attentionMaskParams } from './params';

type P = ParamValues<typeof attentionMaskParams>;

/** Up to this n every cell is an SVG rect (crisp, hoverable); above it, a canvas of block densities. */
const SVG_MAX_N = 64;
const CANVAS_MAX_PIXELS = 512;

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

function DensityCanvas({ mask, size }: { mask: Mask; size: number }) {
  const pixels = Math.min(mask.rows, CANVAS_MAX_PIXELS);
  const density = useMemo(() => blockDensity(mask, pixels), [mask, pixels]);
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
      aria-label={`Mask of ${mask.rows}×${mask.rows} cells drawn as ${pixels}×${pixels} blocks`}
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

  const mask = useMemo(() => attentionMask(pattern as MaskKind, n, { k, causal }), [pattern, n, k, causal]);
  const allowed = useMemo(() => nnz(mask), [mask]);
  const full = n * n;
  const size = Math.max(120, Math.min(width || 360, 460));
  const hoverRow = hover !== null && hover < n ? hover : null;
  const hoverCount = useMemo(() => {
    if (hoverRow === null) return 0;
    let c = 0;
    for (let j = 0; j < n; j++) c += mask.data[hoverRow * n + j];
    return c;
  }, [mask, hoverRow, n]);

  useExportData(() => {
    if (n > 512) return null;
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) rows.push(Array.from(mask.data.subarray(i * n, (i + 1) * n)));
    return {
      name: `attention-mask-${pattern}-n${n}-k${k}`,
      rows,
      meta: { pattern, n, k, causal, allowedPairs: allowed },
    };
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
            {n <= SVG_MAX_N ? (
              <CellGrid mask={mask} size={size} hover={hoverRow} onHover={setHover} />
            ) : (
              <DensityCanvas mask={mask} size={size} />
            )}
          </div>
        </div>
        <dl className={styles.stats} aria-live="polite">
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
            <dt>Cost vs full</dt>
            <dd>{formatNumber(full / Math.max(1, allowed), { digits: 3 })}× fewer scores</dd>
          </div>
          <div>
            <dt>Keys per query</dt>
            <dd>{formatNumber(allowed / n, { digits: 3 })} on average</dd>
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
