import type { ReactElement } from 'react';

/**
 * One SVG rect per cell of an n×n mask (row-major `data`, 1 = allowed), drawn `size` pixels wide with a hairline
 * gap while cells are large enough to show it. Shared by the widgets that draw masks cell by cell.
 */
export function maskCellRects(
  data: ArrayLike<number>,
  n: number,
  size: number,
  classes: { on: string; off: string },
): ReactElement[] {
  const cell = size / n;
  const gap = n <= 32 ? Math.min(1, cell * 0.08) : 0;
  const rects: ReactElement[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      rects.push(
        <rect
          key={i * n + j}
          x={j * cell + gap / 2}
          y={i * cell + gap / 2}
          width={cell - gap}
          height={cell - gap}
          className={data[i * n + j] ? classes.on : classes.off}
        />,
      );
    }
  }
  return rects;
}
