'use client';

import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import type { MouseEvent } from 'react';
import { formatNumber } from '@/lib/format';
import { Axes, frameOf, type Tick } from '../Axes';
import styles from './plots.module.css';

/** Props of {@link SpectrumBars}. */
export interface SpectrumBarsProps {
  /** Singular values, descending. */
  S: ArrayLike<number>;
  /** How many are kept (the first k are highlighted). */
  k: number;
  width: number;
  height?: number;
  /** Logarithmic y axis (for spectra spanning many orders of magnitude); zeros sit on the axis. */
  log?: boolean;
  /** Called with k = i + 1 when the reader clicks bar i. */
  onPick?: (k: number) => void;
  /** Accessible name. */
  label: string;
  testId?: string;
}

/**
 * The singular-value spectrum as bars σ₁ ≥ σ₂ ≥ …, the first k in the accent colour and the dropped ones
 * muted, with a dashed cut after σ_k; values are printed over the bars when there are at most 12. On the
 * log axis values more than six decades below σ₁ are drawn at the bottom.
 * Each bar carries `data-sigma` (its index), `data-value` and `data-kept` for tests.
 */
export function SpectrumBars({
  S,
  k,
  width,
  height = 170,
  log = false,
  onPick,
  label,
  testId,
}: SpectrumBarsProps) {
  const r = S.length;
  const values = Array.from(S);
  const frame = { ...frameOf(Math.max(200, width), height, 44), top: r <= 12 ? 16 : 10 };
  const { left, right, top, bottom } = frame;
  const x = scaleBand<number>()
    .domain(values.map((_, i) => i))
    .range([left, frame.width - right])
    .paddingInner(r > 64 ? 0 : 0.15)
    .paddingOuter(0.1);
  const top0 = Math.max(...values.filter(Number.isFinite), 0);
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const lo = positive.length > 0 ? Math.min(...positive) : 1;
  // A log axis spans at most six decades below σ₁: smaller values (rounding noise of a rank-deficient
  // matrix, down to 1e-300) sit on the axis instead of squashing the rest.
  const floor = top0 > 0 ? Math.max(lo, top0 * 1e-6) : 1e-6;
  const y = log
    ? scaleLog()
        .domain([Math.min(floor, top0 / 10) || 1e-6, top0 > 0 ? top0 : 1])
        .range([height - bottom, top])
        .clamp(true)
        .nice()
    : scaleLinear()
        .domain([0, top0 > 0 ? top0 : 1])
        .range([height - bottom, top])
        .nice();
  const base = height - bottom;
  const yTicks: Tick[] = (log ? y.ticks(4) : y.ticks(4)).map((v) => ({
    value: v,
    label: formatNumber(v, { digits: 3 }),
  }));
  const yTicksShown = log ? yTicks.filter((t) => Number.isInteger(Math.log10(t.value))) : yTicks;
  // About one index label per 36 px; the last index only when it does not crowd the previous label.
  const every = Math.max(1, Math.ceil(r / Math.max(2, Math.floor((frame.width - left - right) / 36))));
  const tickIdx = values.map((_, i) => i).filter((i) => i % every === 0);
  const lastIdx = tickIdx[tickIdx.length - 1];
  if (r > 0 && lastIdx !== undefined && lastIdx !== r - 1 && r - 1 - lastIdx >= every * 0.75)
    tickIdx.push(r - 1);
  const xTicks: Tick[] = tickIdx.map((i) => ({ value: i, label: String(i + 1) }));
  const bw = Math.max(1, x.bandwidth());
  const center = (i: number) => (x(i) ?? 0) + x.bandwidth() / 2;
  const kk = Math.max(0, Math.min(r, k));
  const cutX =
    kk === 0 ? left + 2 : kk >= r ? frame.width - right - 2 : ((x(kk - 1) ?? 0) + bw + (x(kk) ?? 0)) / 2;

  const pick = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPick || r === 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) * frame.width) / box.width;
    const step = x.step();
    const i = Math.floor((px - (x(0) ?? 0) + (step - bw) / 2) / step);
    if (i >= 0 && i < r) onPick(i + 1);
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: k is also set with the labelled "Rank k" slider.
    <svg
      onClick={pick}
      style={onPick ? { cursor: 'pointer' } : undefined}
      className={styles.plot}
      width={frame.width}
      height={height}
      viewBox={`0 0 ${frame.width} ${height}`}
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      <Axes
        frame={frame}
        x={center}
        y={(v) => y(v)}
        xTicks={xTicks}
        yTicks={yTicksShown}
        xTitle="i"
        yTitle={log ? 'σᵢ (log)' : 'σᵢ'}
      />
      {values.map((v, i) => {
        const h = Number.isFinite(v) && v > 0 ? Math.max(0, base - y(v)) : 0;
        const kept = i < kk;
        return (
          <g key={i} data-sigma={i} data-value={String(v)} data-kept={kept || undefined}>
            <rect
              x={x(i)}
              y={base - h}
              width={bw}
              height={h}
              className={kept ? styles.kept : styles.dropped}
            />

            {r <= 12 ? (
              <text x={center(i)} y={base - h - 4} textAnchor="middle" className={styles.value}>
                {formatNumber(v, { style: 'fixed', digits: v >= 100 ? 1 : 4 })}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={cutX} x2={cutX} y1={top - 4} y2={base} className={styles.cut} />
      <text
        x={cutX + (kk >= r * 0.75 ? -4 : 4)}
        y={top + 6}
        textAnchor={kk >= r * 0.75 ? 'end' : 'start'}
        className={styles.cutLabel}
      >
        k = {kk}
      </text>
    </svg>
  );
}
