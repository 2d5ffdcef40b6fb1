'use client';

import { memo } from 'react';
import { usePlot } from '@/components/plot';
import styles from './MaskLab.module.css';

/**
 * The boundaries of B×B tiles over a picture of an n×n mask that fills the plot, drawn only while tiles are at
 * least 4 pixels wide (below that they would hide the mask).
 */
export const BlockGrid = memo(function BlockGrid({ n, B }: { n: number; B: number }) {
  const { width, height, margin } = usePlot();
  const w = width - margin.left - margin.right;
  const h = height - margin.top - margin.bottom;
  if (n === 0 || B >= n || (B * w) / n < 4) return null;
  const path: string[] = [];
  for (let t = B; t < n; t += B) {
    const x = margin.left + Math.round((t * w) / n) + 0.5;
    const y = margin.top + Math.round((t * h) / n) + 0.5;
    path.push(`M${x},${margin.top}V${margin.top + h}M${margin.left},${y}H${margin.left + w}`);
  }
  return <path d={path.join('')} className={styles.gridLine} />;
});
