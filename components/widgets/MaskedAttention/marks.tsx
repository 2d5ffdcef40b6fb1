'use client';

/**
 * The masked-attention figure's own marks, drawn from the enclosing plot's scales: the weights' row-sum column
 * beside the cells, the selected row's label, and the hatched stubs of masked keys under the row bars.
 */
import { memo } from 'react';
import { usePlot } from '@/components/plot';
import styles from './MaskedAttention.module.css';

/** The middle of band `v` on a band scale (NaN when `v` is not one of its values). */
function bandMiddle(scale: ReturnType<typeof usePlot>['y'], v: number): number {
  if (!('bandwidth' in scale)) return Number.NaN;
  const start = scale(v);
  return start === undefined ? Number.NaN : start + scale.bandwidth() / 2;
}

/**
 * A column of row sums in the plot's right margin, headed Σ: `text[i]` beside row i (flagged rows in the
 * warning colour), and the selected row's outline continued around its sum.
 */
export const RowSums = memo(function RowSums({
  text,
  warn,
  selected,
}: {
  text: readonly string[];
  warn: readonly boolean[];
  selected: number;
}) {
  const { y, width, margin } = usePlot();
  const x = width - margin.right / 2;
  const step = 'bandwidth' in y ? y.step() : 0;
  const top = bandMiddle(y, selected) - step / 2;
  const left = width - margin.right;
  return (
    <g>
      <text x={x} y={margin.top - 7} textAnchor="middle" className={styles.axisText}>
        Σ
      </text>
      {text.map((t, i) => (
        <text
          key={i}
          x={x}
          y={bandMiddle(y, i)}
          dy="0.32em"
          textAnchor="middle"
          className={warn[i] ? styles.sumWarn : styles.sumText}
          fontSize={step >= 14 ? 10 : 8}
          data-row-sum={i}
        >
          {t}
        </text>
      ))}
      {Number.isFinite(top) ? (
        <path d={`M${left},${top}H${width - 1}V${top + step}H${left}`} className={styles.rowOutline} />
      ) : null}
    </g>
  );
});

/** The selected row's label, in the accent colour where the axis leaves it out. */
export const SelectedRowLabel = memo(function SelectedRowLabel({ row }: { row: number }) {
  const { y, margin } = usePlot();
  const at = bandMiddle(y, row);
  if (!Number.isFinite(at)) return null;
  return (
    <text x={margin.left - 7} y={at} dy="0.32em" textAnchor="end" className={styles.axisTextSelected}>
      {row}
    </text>
  );
});

/** A short hatched stub at each masked key of a bar chart over keys: no bar, because no weight is allowed. */
export const MaskedStubs = memo(function MaskedStubs({ keys }: { keys: readonly number[] }) {
  const { x, height, margin, id } = usePlot();
  if (!('bandwidth' in x)) return null;
  const base = height - margin.bottom;
  const hatch = `${id}-stub`;
  return (
    <g>
      <defs>
        <pattern id={hatch} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={5} height={5} className={styles.hatchBg} />
          <line x1={0} y1={0} x2={0} y2={5} className={styles.hatchLine} />
        </pattern>
      </defs>
      {keys.map((j) => (
        <rect key={j} x={x(j)} y={base - 6} width={x.bandwidth()} height={6} fill={`url(#${hatch})`} />
      ))}
    </g>
  );
});
