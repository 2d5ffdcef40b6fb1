import { rgbBytes } from '@/components/plot/color';

/** Paints block densities as pixels blended from `off` (no pair allowed) to `on` (all allowed). */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  density: Float32Array,
  size: number,
  width: number,
  colors: { on: string; off: string },
) {
  const on = rgbBytes(colors.on);
  const off = rgbBytes(colors.off);
  const image = new ImageData(size, size);
  for (let t = 0; t < density.length; t++) {
    const a = density[t] > 0 ? 0.25 + 0.75 * density[t] : 0;
    image.data[4 * t] = off[0] + (on[0] - off[0]) * a;
    image.data[4 * t + 1] = off[1] + (on[1] - off[1]) * a;
    image.data[4 * t + 2] = off[2] + (on[2] - off[2]) * a;
    image.data[4 * t + 3] = 255;
  }
  const buffer = document.createElement('canvas');
  buffer.width = size;
  buffer.height = size;
  buffer.getContext('2d')?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(buffer, 0, 0, width, width);
}
