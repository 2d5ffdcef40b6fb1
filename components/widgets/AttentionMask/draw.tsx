'use client';

import { memo, useMemo } from 'react';
import { usePlot } from '@/components/plot';
import type { Mask } from '@/lib/linalg';
import styles from './AttentionMask.module.css';

/** An arc above the baseline from the centre of position i's band to j's, no taller than the plot. */
export function arcPath(x0: number, x1: number, base: number, top: number): string {
  const a = Math.min(x0, x1);
  const b = Math.max(x0, x1);
  const rx = (b - a) / 2;
  return `M${a},${base}A${rx},${Math.min(rx, base - top)} 0 0,1 ${b},${base}`;
}

/**
 * The post's other picture as a mark: positions on a line and an arc for every allowed pair (i, j), i ≠ j
 * (each unordered pair once); the highlighted query's arcs on top. In a causal mask every arc points back.
 */
export const Arcs = memo(function Arcs({ mask, hover }: { mask: Mask; hover: number | null }) {
  const { x, height, margin } = usePlot();
  const n = mask.rows;
  const step = 'bandwidth' in x ? x.step() : 1;
  const at = (i: number) => ('bandwidth' in x ? (x(i) ?? 0) + x.bandwidth() / 2 : 0);
  const base = height - margin.bottom;
  // Every pair's arc depends on the mask and the frame only, so moving the highlight redraws one path.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `at` is a function of x.
  const all = useMemo(() => {
    const paths: string[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j || !mask.data[i * n + j] || (j > i && mask.data[j * n + i])) continue;
        paths.push(arcPath(at(i), at(j), base, margin.top));
      }
    }
    return paths.join('');
  }, [mask, n, x, base, margin.top]);
  const mine: string[] = [];
  if (hover !== null)
    for (let j = 0; j < n; j++)
      if (j !== hover && mask.data[hover * n + j]) mine.push(arcPath(at(hover), at(j), base, margin.top));
  const r = Math.max(1.5, Math.min(4, step * 0.3));
  return (
    <g>
      <path d={all} className={hover === null ? styles.arc : styles.arcFaint} />
      {mine.length > 0 ? <path d={mine.join('')} className={styles.arcOn} /> : null}
      {Array.from({ length: n }, (_, i) => (
        <circle key={i} cx={at(i)} cy={base} r={r} className={i === hover ? styles.dotOn : styles.dot} />
      ))}
    </g>
  );
});
