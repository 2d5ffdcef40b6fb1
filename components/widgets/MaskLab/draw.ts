import { rgbBytes } from '@/components/plot/color';
import { BLOCK_FULL, BLOCK_PARTIAL, type BlockMaskSummary } from '@/lib/attention/blockMask';

/** Colours of the block view, resolved from the theme's CSS variables. */
export interface BlockColors {
  full: string;
  partial: string;
  empty: string;
}

/** Above this many tiles the view is painted as an image (one pixel per tile) rather than rectangle by rectangle. */
const MAX_RECT_TILES = 128 * 128;

/**
 * Paints the tiles of a block summary on a width×width canvas: tile (I, J) covers its true share of the mask
 * (the last row and column of tiles are narrower when B does not divide n), coloured full / partial / empty.
 * Tiles of 5 px or more get a 1 px gap so the grid reads as blocks.
 */
export function drawBlocks(
  ctx: CanvasRenderingContext2D,
  blocks: BlockMaskSummary,
  width: number,
  colors: BlockColors,
) {
  const { rows, cols, blockSize: B, qBlocks, kvBlocks, states } = blocks;
  if (rows === 0 || cols === 0) return;
  const colorOf = (s: number) =>
    s === BLOCK_FULL ? colors.full : s === BLOCK_PARTIAL ? colors.partial : colors.empty;
  if (qBlocks * kvBlocks > MAX_RECT_TILES) {
    ctx.fillStyle = colors.empty;
    ctx.fillRect(0, 0, width, width);
    const image = new ImageData(kvBlocks, qBlocks);
    const rgb = [colors.empty, colors.partial, colors.full].map(rgbBytes);
    for (let t = 0; t < states.length; t++) {
      const c = rgb[states[t]];
      image.data.set([c[0], c[1], c[2], 255], 4 * t);
    }
    const buffer = document.createElement('canvas');
    buffer.width = kvBlocks;
    buffer.height = qBlocks;
    buffer.getContext('2d')?.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(buffer, 0, 0, width, width);
    return;
  }
  const sx = width / cols;
  const sy = width / rows;
  const gap = B * Math.min(sx, sy) >= 5 ? 1 : 0;
  for (let I = 0; I < qBlocks; I++) {
    const y0 = I * B * sy;
    const y1 = Math.min(rows, (I + 1) * B) * sy;
    for (let J = 0; J < kvBlocks; J++) {
      const x0 = J * B * sx;
      const x1 = Math.min(cols, (J + 1) * B) * sx;
      ctx.fillStyle = colorOf(states[I * kvBlocks + J]);
      ctx.fillRect(x0, y0, Math.max(0.5, x1 - x0 - gap), Math.max(0.5, y1 - y0 - gap));
    }
  }
}

/** Draws the boundaries of B×B tiles over a mask drawn on a width×width canvas (only when tiles are ≥ 4 px). */
export function drawBlockGrid(
  ctx: CanvasRenderingContext2D,
  n: number,
  B: number,
  width: number,
  color: string,
) {
  const step = (B * width) / n;
  if (n === 0 || B >= n || step < 4) return;
  ctx.strokeStyle = color;
  ctx.globalAlpha = 0.4;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let t = B; t < n; t += B) {
    const p = Math.round((t * width) / n) + 0.5;
    ctx.moveTo(p, 0);
    ctx.lineTo(p, width);
    ctx.moveTo(0, p);
    ctx.lineTo(width, p);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/** The colour a share t of the way from `from` to `to`, as an rgb() string (for tints of theme colours). */
export function mixColors(from: string, to: string, t: number): string {
  const a = rgbBytes(from);
  const b = rgbBytes(to);
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
