/**
 * The colours of the image-compress rasters: a grayscale image (0 dark, 1 light, in either theme) and the
 * signed error image (RdBu, saturating at ±limit), each sampled at 256 levels so that painting a 256×256
 * raster parses 256 colours instead of 65,536. Pure: tested in Node.
 */
import { quantize } from 'd3-interpolate';
import { type ColorScale, divergingColor, mixColor, type PlotTheme, steppedColor } from '@/components/plot';

/** How many levels a raster's colour scale is sampled at (8-bit, like the image itself). */
export const LEVELS = 256;

/**
 * `scale` sampled at `levels` evenly spaced values over [lo, hi]; values outside are clamped to the ends.
 * Example: `levels(gray, 0, 1)(1.2)` is `gray(1)`.
 */
export function levels(scale: ColorScale, lo: number, hi: number, count = LEVELS): ColorScale {
  return steppedColor(
    quantize((t: number) => scale(lo + t * (hi - lo)), count),
    lo,
    hi,
  );
}

/** Gray levels for values in [0, 1]: 0 is the darker of the page's ink and paper, 1 the lighter. */
export function grayTones(theme: PlotTheme): ColorScale {
  const { fg, bg } = theme.tokens;
  return levels(theme.dark ? mixColor(bg, fg) : mixColor(fg, bg), 0, 1);
}

/** Signed errors in [−limit, limit] (clamped beyond): blue below zero, red above, quiet at zero. */
export function errorTones(limit: number, theme: PlotTheme): ColorScale {
  return levels(divergingColor(limit, theme), -limit, limit);
}
