'use client';

import { memo } from 'react';
import { Area, Line, position, usePlot } from '@/components/plot';
import type { BinExtents } from '@/lib/stats';

/**
 * Ticks at each occurrence along the top margin of the plot (a rug), as one path: positions are tokens
 * t = 0 … N − 1 drawn at x = t + 1, and ticks that fall on the same half pixel are drawn once, so a word with
 * thousands of occurrences is still one short path.
 */
export const Rug = memo(function Rug({
  positions,
  className,
}: {
  positions: Uint32Array;
  className: string;
}) {
  const { x, margin } = usePlot();
  const top = Math.max(1, margin.top - 14);
  const bottom = margin.top - 3;
  const parts: string[] = [];
  let last = Number.NaN;
  for (let i = 0; i < positions.length; i++) {
    const px = Math.round(position(x, (positions[i] as number) + 1) * 2) / 2;
    if (px === last || !Number.isFinite(px)) continue;
    last = px;
    parts.push(`M${px},${top}V${bottom}`);
  }
  return <path d={parts.join('')} className={className} data-testid="rug" data-count={positions.length} />;
});

/**
 * A long series drawn at the plot's resolution: every value as a line when there are no more values than
 * bins, else the band between each bin's smallest and largest value (binExtents), which keeps every peak.
 * `series[i]` is drawn at x = i + 1 (the first token is step 1).
 */
export const SeriesBand = memo(function SeriesBand({
  series,
  bins,
  stroke,
  testId,
}: {
  series: Float64Array;
  bins: BinExtents;
  stroke: string;
  testId: string;
}) {
  if (bins.lo.length === series.length) {
    const index = Array.from(series, (_, i) => i);
    return (
      <Line
        data={index}
        x={(i) => i + 1}
        y={(i) => series[i] as number}
        stroke={stroke}
        strokeWidth={1.4}
        testId={testId}
      />
    );
  }
  const index = Array.from(bins.lo, (_, k) => k);
  // A bin covers tokens start … end − 1, drawn at steps start + 1 … end: its middle is (start + end + 1)/2.
  return (
    <g data-testid={testId}>
      <Area
        data={index}
        x={(k) => ((bins.start[k] as number) + (bins.end[k] as number) + 1) / 2}
        y={(k) => bins.hi[k] as number}
        y0={(k) => bins.lo[k] as number}
        fill={stroke}
        stroke={stroke}
        strokeWidth={1}
        opacity={0.85}
      />
    </g>
  );
});
