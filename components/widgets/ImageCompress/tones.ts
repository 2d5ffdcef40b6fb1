/**
 * The colours of the image-compress rasters: a grayscale image (0 dark, 1 light, in either theme) and the
 * signed error image (RdBu, saturating at ±limit), each sampled at 256 levels so that painting a 256×256
 * raster parses 256 colours instead of 65,536. Pure: tested in Node.
 */
import { quantize } from 'd3-interpolate';
import { type ColorScale, divergingColor, mixColor, type PlotTheme } from '@/components/plot';

/** A colour scale sampled at levels (see {@link levels}). */
export type Tones = ColorScale & { level: (v: number) => number; byLevel: ColorScale };

/** How many levels a raster's colour scale is sampled at (8-bit, like the image itself). */
export const LEVELS = 256;

/**
 * `scale` sampled at `count` levels over [lo, hi]: a colour scale (values outside clamped to the ends) that also
 * gives each value's level (`level`, 0 … count − 1; non-finite values stay NaN, which rasters leave
 * transparent) and each level's colour (`byLevel`). A raster of levels looks up `count` colours, not a colour
 * per pixel. Example: `levels(gray, 0, 1)(1.2)` is `gray(1)`; `q.byLevel(q.level(v))` is `q(v)`.
 */
export function levels(scale: ColorScale, lo: number, hi: number, count = LEVELS): Tones {
  const colors = quantize((t: number) => scale(lo + t * (hi - lo)), count);
  const perUnit = count / (hi - lo);
  const step = (v: number) => {
    const i = Math.floor((v - lo) * perUnit);
    return i < 0 ? 0 : i >= count ? count - 1 : i;
  };
  const byLevel = (i: number) => colors[i] ?? (colors[0] as string);
  const level = (v: number) => (Number.isFinite(v) ? step(v) : Number.NaN);
  return Object.assign((v: number) => byLevel(step(v)), { level, byLevel });
}

/** Gray levels for values in [0, 1]: 0 is the darker of the page's ink and paper, 1 the lighter. */
export function grayTones(theme: PlotTheme): Tones {
  const { fg, bg } = theme.tokens;
  return levels(theme.dark ? mixColor(bg, fg) : mixColor(fg, bg), 0, 1);
}

/** Signed errors in [−limit, limit] (clamped beyond): blue below zero, red above, quiet at zero. */
export function errorTones(limit: number, theme: PlotTheme): Tones {
  return levels(divergingColor(limit, theme), -limit, limit);
}
