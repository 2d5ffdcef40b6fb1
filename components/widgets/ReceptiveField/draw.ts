import { rgbBytes } from '@/components/plot/color';
import type { Mask } from '@/lib/linalg';

/**
 * Paints a reachability matrix (one pixel per pair, scaled up without smoothing) and outlines the selected
 * output row.
 */
export function drawReach(
  ctx: CanvasRenderingContext2D,
  R: Mask,
  width: number,
  row: number,
  colors: { on: string; off: string; outline: string },
) {
  const { rows, cols, data } = R;
  if (rows === 0 || cols === 0) return;
  const on = rgbBytes(colors.on);
  const off = rgbBytes(colors.off);
  const image = new ImageData(cols, rows);
  for (let t = 0; t < data.length; t++) {
    const c = data[t] !== 0 ? on : off;
    image.data[4 * t] = c[0];
    image.data[4 * t + 1] = c[1];
    image.data[4 * t + 2] = c[2];
    image.data[4 * t + 3] = 255;
  }
  const buffer = document.createElement('canvas');
  buffer.width = cols;
  buffer.height = rows;
  buffer.getContext('2d')?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(buffer, 0, 0, width, width);
  const h = width / rows;
  ctx.strokeStyle = colors.outline;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(0.75, row * h, width - 1.5, Math.max(h, 1.5));
}

/** Geometry of the stacked receptive-field diagram, in SVG user units. */
export interface ConeLayout {
  width: number;
  height: number;
  /** Left edge of the plot (after the level labels) and the width of one position. */
  left: number;
  cell: number;
  /** y of level ℓ (0 = inputs at the bottom, L = outputs at the top). */
  levelY: (level: number) => number;
  /** x of the centre of position i. */
  x: (i: number) => number;
  /** Dot radius (small n) or 0 when positions are drawn as touching bars (large n). */
  radius: number;
  barHeight: number;
}

export const CONE_LABEL_WIDTH = 46;

/** Lays out L + 1 levels of n positions in a box `width` wide. */
export function coneLayout(width: number, n: number, layers: number): ConeLayout {
  const left = CONE_LABEL_WIDTH;
  const right = 8;
  const cell = Math.max(0.5, (width - left - right) / n);
  // Taller levels on wide screens, so the connections stay readable; at least 50 units apart on phones.
  const gap = Math.max(50, Math.min(120, Math.min(0.32 * width, 300) / layers));
  const top = 26;
  const height = top + layers * gap + 30;
  const radius = n <= 64 ? Math.max(1.5, Math.min(6, cell * 0.36)) : 0;
  return {
    width,
    height,
    left,
    cell,
    levelY: (level) => top + (layers - level) * gap,
    x: (i) => left + (i + 0.5) * cell,
    radius,
    barHeight: 12,
  };
}

/** Maximal runs of consecutive marked positions, as [start, length] pairs, so wide rows draw as few rects. */
export function markedRuns(marks: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= marks.length; i++) {
    const on = i < marks.length && marks[i] !== 0;
    if (on && start < 0) start = i;
    else if (!on && start >= 0) {
      out.push([start, i - start]);
      start = -1;
    }
  }
  return out;
}
