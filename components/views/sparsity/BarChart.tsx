'use client';

import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber } from '@/lib/format';
import styles from './sparsity.module.css';

/** Props of {@link BarChart}. */
export interface BarChartProps {
  values: readonly number[];
  label: string;
  /** Top of the value axis (the bars' scale); the bottom is 0, or −max when any value is negative. */
  max: number;
  /** Indices to emphasise (entries the operation changed or added). */
  highlight?: ReadonlySet<number>;
  height?: number;
  testId?: string;
}

const W = 360;
const LEFT = 36;
const RIGHT = 6;
const TOP = 8;
const BOTTOM = 8;

const fmt = (v: number) => formatNumber(v, { digits: 3 });

/**
 * A read-only vector as SVG bars (viewBox, `width: 100%`, so it fits a phone), on the axis [0, max] or
 * [−max, max] when an entry is negative, matching VectorBarEditor's look. Highlighted entries (changed or
 * added by an operation) use the accent colour. The values are listed in the accessible name and in
 * `data-values`; non-finite values draw no bar.
 */
export function BarChart({ values, label, max, highlight, height = 120, testId }: BarChartProps) {
  const n = values.length;
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const signed = values.some((v) => v < 0);
  const y = scaleLinear()
    .domain([signed ? -top : 0, top])
    .range([height - BOTTOM, TOP]);
  const x = scaleBand<number>()
    .domain(values.map((_, i) => i))
    .range([LEFT, W - RIGHT])
    .paddingInner(n > 32 ? 0.1 : 0.2)
    .paddingOuter(0.1);
  const y0 = y(0);
  const ticks = signed ? [-top, 0, top] : [0, top];
  const list = values.length <= 16 ? values.map(fmt).join(', ') : `${values.length} entries`;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
      role="img"
      aria-label={`${label}: ${list}`}
      data-testid={testId}
      data-values={values.join(',')}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line
            className={t === 0 ? styles.zeroLine : styles.gridLine}
            x1={LEFT}
            x2={W - RIGHT}
            y1={y(t)}
            y2={y(t)}
          />
          <text className={styles.axisText} x={LEFT - 5} y={y(t)} textAnchor="end" dominantBaseline="middle">
            {fmt(t)}
          </text>
        </g>
      ))}
      {values.map((v, i) => {
        if (!Number.isFinite(v)) return null;
        const yv = y(Math.max(-top, Math.min(top, v)));
        return (
          <rect
            key={i}
            className={highlight?.has(i) ? styles.barHighlight : styles.bar}
            x={x(i) ?? LEFT}
            y={Math.min(yv, y0)}
            width={x.bandwidth()}
            height={Math.max(Math.abs(yv - y0), v === 0 ? 0 : 0.75)}
          />
        );
      })}
    </svg>
  );
}

/** A "nice" axis top for a vector: the smallest of 1, 2, 5 × 10ᵏ at or above max|x| (1 for the zero vector). */
export function niceMax(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  if (!(m > 0)) return 1;
  const e = 10 ** Math.floor(Math.log10(m));
  for (const f of [1, 2, 5, 10]) if (f * e >= m * (1 - 1e-12)) return f * e;
  return 10 * e;
}
