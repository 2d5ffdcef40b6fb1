'use client';

import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import styles from './sparsity.module.css';

const W = 240;
const H = 200;
const M = { left: 34, right: 10, top: 10, bottom: 30 };

/**
 * A Lorenz curve (points from lib/sparsity's lorenzCurve) over the unit square: the dashed diagonal is the
 * uniform vector, the shaded area between the diagonal and the curve is half the Gini index. The main view of
 * the sparsity-vector widget (`data-export`).
 */
export function LorenzPlot({
  points,
  label,
}: {
  points: readonly { t: number; share: number }[];
  label: string;
}) {
  const x = scaleLinear()
    .domain([0, 1])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const curve = line<{ t: number; share: number }>()
    .x((d) => x(d.t))
    .y((d) => y(d.share));
  const gap = area<{ t: number; share: number }>()
    .x((d) => x(d.t))
    .y0((d) => y(d.t))
    .y1((d) => y(d.share));
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: '22rem' }}
      role="img"
      aria-label={label}
      data-export
      data-testid="lorenz"
    >
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line className={styles.gridLine} x1={x(0)} x2={x(1)} y1={y(t)} y2={y(t)} />
          <text
            className={styles.axisText}
            x={M.left - 5}
            y={y(t)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {t}
          </text>
          <text className={styles.axisText} x={x(t)} y={H - M.bottom + 14} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      <text className={styles.axisText} x={(x(0) + x(1)) / 2} y={H - 3} textAnchor="middle">
        share of entries (smallest first)
      </text>
      <path className={styles.lorenzGap} d={gap([...points]) ?? ''} />
      <line className={styles.diagonal} x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
      <path className={styles.lorenzLine} d={curve([...points]) ?? ''} />
    </svg>
  );
}
