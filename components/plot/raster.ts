/**
 * The one raster painter of the plot kit: a rows×cols grid of values becomes RGBA bytes through a colour
 * scale (each distinct colour parsed once), then an ImageData on a canvas, one pixel per cell, scaled up by
 * the canvas. Heatmaps switch to it above a few thousand cells; masks, images and measure fields all use it.
 */
import { type ColorScale, rgbBytes } from './color';

/** At most this many values keep their colour (a continuous image has a value per pixel). */
const VALUE_CACHE_MAX = 4096;

/**
 * RGBA bytes of a row-major grid: cell (i, j) is `color(values[i·cols + j])`; non-finite values are
 * transparent. A scale with `rgba` writes each cell's bytes itself (a random matrix has a distinct value per
 * cell, so no string is built or parsed). Otherwise `color` must be a function of the value alone: it is
 * asked once per distinct value (for the first 4096 distinct values), and each distinct colour is parsed
 * once, so a binary mask costs two calls.
 * Example: `rasterBytes([0, 1], 1, 2, (v) => (v ? 'black' : 'white'))` → [255,255,255,255, 0,0,0,255].
 */
export function rasterBytes(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  color: ColorScale,
): Uint8ClampedArray<ArrayBuffer> {
  const n = rows * cols;
  if (values.length < n)
    throw new RangeError(`rasterBytes: ${values.length} values for a ${rows}×${cols} grid`);
  const out = new Uint8ClampedArray(new ArrayBuffer(4 * n));
  const { rgba } = color;
  if (rgba) {
    for (let p = 0; p < n; p++) {
      const v = values[p];
      if (Number.isFinite(v)) rgba(v, out, 4 * p);
    }
    return out;
  }
  const cache = new Map<string, [number, number, number, number]>();
  // Colours by value too: a mask or a grid of block densities repeats few values, so the scale (often a Lab
  // interpolation that builds a CSS string) runs once per distinct value instead of once per cell.
  const byValue = new Map<number, [number, number, number, number]>();
  for (let p = 0; p < n; p++) {
    const v = values[p];
    if (!Number.isFinite(v)) continue;
    let c = byValue.get(v);
    if (!c) {
      const css = color(v);
      c = cache.get(css);
      if (!c) {
        c = rgbBytes(css);
        cache.set(css, c);
      }
      if (byValue.size < VALUE_CACHE_MAX) byValue.set(v, c);
    }
    out[4 * p] = c[0];
    out[4 * p + 1] = c[1];
    out[4 * p + 2] = c[2];
    out[4 * p + 3] = c[3];
  }
  return out;
}

/**
 * Paints a grid onto `ctx` filling `width`×`height` CSS pixels (the context already scaled to them).
 * `smooth` interpolates between cells (a continuous field); otherwise cells stay crisp blocks.
 */
export function paintRaster(
  ctx: CanvasRenderingContext2D,
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  color: ColorScale,
  width: number,
  height: number,
  smooth = false,
): void {
  if (rows <= 0 || cols <= 0) return;
  const bytes = rasterBytes(values, rows, cols, color);
  const sctx = scratchContext(cols, rows);
  if (!sctx) return;
  sctx.putImageData(new ImageData(bytes, cols, rows), 0, 0);
  ctx.imageSmoothingEnabled = smooth;
  ctx.drawImage(sctx.canvas, 0, 0, width, height);
}

let scratch: OffscreenCanvasRenderingContext2D | null = null;

/**
 * The one off-screen canvas every paint goes through, sized cols×rows: a new canvas and context per paint
 * cost more than the painting itself on a slider step. Painting is synchronous, so no two paints overlap.
 */
function scratchContext(cols: number, rows: number): OffscreenCanvasRenderingContext2D | null {
  scratch ??= new OffscreenCanvas(cols, rows).getContext('2d');
  if (!scratch) return null;
  const { canvas } = scratch;
  if (canvas.width !== cols) canvas.width = cols;
  if (canvas.height !== rows) canvas.height = rows;
  return scratch;
}
