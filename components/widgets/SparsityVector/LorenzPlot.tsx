'use client';

import { memo } from 'react';
import { Area, AxisX, AxisY, Line, Plot } from '@/components/plot';
import styles from './SparsityVector.module.css';

interface LorenzPoint {
  t: number;
  share: number;
}

const UNIT = { domain: [0, 1] };
const TICKS = [0, 0.5, 1];
const DIAGONAL: readonly LorenzPoint[] = [
  { t: 0, share: 0 },
  { t: 1, share: 1 },
];
const MARGIN = { top: 10, right: 10, bottom: 34, left: 34 };

/**
 * A Lorenz curve (points from lib/sparsity's lorenzCurve) over the unit square: the dashed diagonal is the
 * uniform vector, and the shaded area between the diagonal and the curve is half the Gini index. The
 * widget's picture for the figure menu's image download.
 */
export const LorenzPlot = memo(function LorenzPlot({
  points,
  label,
}: {
  points: readonly LorenzPoint[];
  label: string;
}) {
  return (
    <div className={styles.lorenz}>
      <Plot label={label} x={UNIT} y={UNIT} aspect={1.2} margin={MARGIN} exportView testId="lorenz">
        <AxisX tickValues={TICKS} tickFormat={String} label="share of entries (smallest first)" />
        <AxisY tickValues={TICKS} tickFormat={String} grid />
        <Area data={points} x="t" y="share" y0="t" />
        <Line data={DIAGONAL} x="t" y="share" stroke="var(--fg-muted)" strokeWidth={1} dash="4 3" />
        <Line data={points} x="t" y="share" strokeWidth={2} />
      </Plot>
    </div>
  );
});
