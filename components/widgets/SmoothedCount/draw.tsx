'use client';

import type { ReactNode } from 'react';
import { usePlot } from '@/components/plot';

/**
 * Clips its marks to the plotting area: the series diverge near F = 0 and leave any sensible y range, and
 * a line that runs off the frame must stop at its edge rather than over the axes.
 */
export function PlotClip({ children }: { children: ReactNode }) {
  const { id, width, height, margin } = usePlot();
  const clip = `${id}-area`;
  return (
    <>
      <defs>
        <clipPath id={clip}>
          <rect
            x={margin.left}
            y={margin.top}
            width={Math.max(0, width - margin.left - margin.right)}
            height={Math.max(0, height - margin.top - margin.bottom)}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>{children}</g>
    </>
  );
}
