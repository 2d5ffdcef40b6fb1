/**
 * Pixels of the image-compress widget: grayscale images and the signed error image as RGBA bytes (pure, tested
 * in Node), and the one function that paints them on a canvas.
 */
import { rgbBytes } from '@/components/plot/color';
import type { ColorScale } from '../MaskedAttention/draw';

/**
 * RGBA bytes of a grayscale image with values in [0, 1] (0 black, 1 white); values outside are clamped (a
 * rank-k reconstruction overshoots a little near edges) and NaN is drawn black.
 */
export function grayPixels(values: ArrayLike<number>): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  for (let t = 0; t < values.length; t++) {
    const v = values[t] as number;
    const g = Number.isNaN(v) ? 0 : Math.round(Math.min(1, Math.max(0, v)) * 255);
    out[4 * t] = g;
    out[4 * t + 1] = g;
    out[4 * t + 2] = g;
    out[4 * t + 3] = 255;
  }
  return out;
}

/** 256 colours of `scale` over [−limit, limit], as RGB triples (a lookup table for `signedPixels`). */
export function colorTable(scale: ColorScale, limit: number): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 3);
  for (let s = 0; s < 256; s++) {
    const [r, g, b] = rgbBytes(scale(-limit + (2 * limit * s) / 255));
    lut[3 * s] = r;
    lut[3 * s + 1] = g;
    lut[3 * s + 2] = b;
  }
  return lut;
}

/** RGBA bytes of signed values through a 256-entry table over [−limit, limit] (clamped; NaN → the middle). */
export function signedPixels(
  values: ArrayLike<number>,
  lut: Uint8ClampedArray,
  limit: number,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  const l = limit > 0 && Number.isFinite(limit) ? limit : 1;
  for (let t = 0; t < values.length; t++) {
    const v = values[t] as number;
    const x = Number.isNaN(v) ? 0 : Math.min(1, Math.max(-1, v / l));
    const s = Math.round(((x + 1) / 2) * 255);
    out[4 * t] = lut[3 * s] as number;
    out[4 * t + 1] = lut[3 * s + 1] as number;
    out[4 * t + 2] = lut[3 * s + 2] as number;
    out[4 * t + 3] = 255;
  }
  return out;
}

/** Paints rows×cols RGBA pixels scaled to width×height CSS px, without smoothing (pixels stay square). */
export function paintPixels(
  ctx: CanvasRenderingContext2D,
  rgba: Uint8ClampedArray,
  rows: number,
  cols: number,
  width: number,
  height: number,
) {
  if (rows === 0 || cols === 0) return;
  const image = new ImageData(cols, rows);
  image.data.set(rgba);
  const buffer = document.createElement('canvas');
  buffer.width = cols;
  buffer.height = rows;
  buffer.getContext('2d')?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(buffer, 0, 0, width, height);
}
