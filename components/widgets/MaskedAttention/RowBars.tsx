'use client';

import { formatNumber } from '@/lib/format';
import styles from './MaskedAttention.module.css';

/** Props of {@link RowBars}. */
export interface RowBarsProps {
  /** The query row shown. */
  row: number;
  /** Its weights over the n keys. */
  weights: ArrayLike<number>;
  masked: (j: number) => boolean;
  /** Number of allowed keys (for the even-spread line 1/a). */
  allowed: number;
  /** The key with the largest weight (−1 if none). */
  argmax: number;
  width: number;
  hatchId: string;
}

const HEIGHT = 180;
const TOP = 18;
const BOTTOM = 34;
const LEFT = 34;
const RIGHT = 8;

/**
 * One query's attention weights as bars over the key index j, on a fixed 0…1 axis so that sharpening and
 * flattening with the temperature are visible as such. Masked keys get a hatched stub and a muted label,
 * the largest weight is emphasised, and a dashed line marks the even spread 1/a over the a allowed keys.
 */
export function RowBars({ row, weights, masked, allowed, argmax, width, hatchId }: RowBarsProps) {
  const n = weights.length;
  const w = Math.max(200, width);
  const plotW = w - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const band = plotW / Math.max(1, n);
  const barW = Math.max(2, band * 0.72);
  const y = (v: number) => TOP + plotH * (1 - Math.min(1, Math.max(0, v)));
  const showValues = band >= 30;
  const even = allowed > 0 ? 1 / allowed : Number.NaN;

  return (
    <svg
      className={styles.bars}
      width={w}
      height={HEIGHT}
      viewBox={`0 0 ${w} ${HEIGHT}`}
      role="img"
      aria-label={`Weights of query ${row} over keys 0 to ${n - 1}${
        argmax >= 0
          ? `: largest ${formatNumber(weights[argmax] as number, { digits: 3 })} at key ${argmax}`
          : ': no allowed key, all weights are 0'
      }`}
      data-testid="row-bars"
      data-row={row}
    >
      <defs>
        <pattern
          id={hatchId}
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} className={styles.hatchBg} />
          <line x1={0} y1={0} x2={0} y2={5} className={styles.hatchLine} />
        </pattern>
      </defs>
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={w - RIGHT} y1={y(t)} y2={y(t)} className={styles.gridLine} />
          <text x={LEFT - 5} y={y(t)} className={styles.axisText} textAnchor="end" dominantBaseline="central">
            {t}
          </text>
        </g>
      ))}
      {Array.from({ length: n }, (_, j) => {
        const v = weights[j] as number;
        const m = masked(j);
        const x = LEFT + j * band + (band - barW) / 2;
        return (
          <g key={j} data-key={j} data-value={String(v)} data-masked={m || undefined}>
            {m ? (
              <rect x={x} y={y(0) - 6} width={barW} height={6} fill={`url(#${hatchId})`} />
            ) : (
              <rect
                x={x}
                y={y(v)}
                width={barW}
                height={Math.max(0, y(0) - y(v))}
                className={j === argmax ? styles.barMax : styles.bar}
              />
            )}
            {showValues && !m ? (
              <text x={x + barW / 2} y={y(v) - 4} className={styles.barValue} textAnchor="middle">
                {formatNumber(v, { style: 'fixed', digits: 2 })}
              </text>
            ) : null}
            <text
              x={LEFT + (j + 0.5) * band}
              y={y(0) + 13}
              className={m ? styles.axisTextMasked : styles.axisText}
              textAnchor="middle"
            >
              {n > 12 && band < 18 && j % 2 === 1 ? '' : j}
            </text>
          </g>
        );
      })}
      <line x1={LEFT} x2={w - RIGHT} y1={y(0)} y2={y(0)} className={styles.baseline} />
      {Number.isFinite(even) ? (
        <line x1={LEFT} x2={w - RIGHT} y1={y(even)} y2={y(even)} className={styles.evenLine} />
      ) : null}
      <text x={LEFT + plotW / 2} y={HEIGHT - 4} className={styles.axisText} textAnchor="middle">
        key j
      </text>
    </svg>
  );
}
