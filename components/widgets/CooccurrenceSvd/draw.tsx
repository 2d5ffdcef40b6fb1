'use client';

import { memo } from 'react';
import { usePlot } from '@/components/plot';
import styles from './CooccurrenceSvd.module.css';

/** The heatmap's column words, slanted above the grid so that 40 of them fit side by side. */
export const ColumnWords = memo(function ColumnWords({ words }: { words: readonly string[] }) {
  const { x, margin } = usePlot();
  if (!('bandwidth' in x)) return null;
  const half = x.bandwidth() / 2;
  return (
    <g className={styles.columnWords}>
      {words.map((w) => {
        const at = (x(w) ?? Number.NaN) + half;
        if (!Number.isFinite(at)) return null;
        return (
          <text key={w} transform={`translate(${at},${margin.top - 4}) rotate(-55)`}>
            {w}
          </text>
        );
      })}
    </g>
  );
});
