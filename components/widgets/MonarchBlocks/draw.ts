import { type ColorScale, divergingColor, type PlotTheme } from '@/components/plot';

/** The share of the colour scale the smallest non-zero entry still shows, so a tiny entry never reads as 0. */
const FLOOR = 0.5;

/**
 * A sparsity pattern's colours: exact zeros the diverging scale's quiet middle, every other entry at least
 * FLOOR of the way to its sign's colour, deeper with its size (up to `max`).
 * Example: `patternColor(1, theme)(0)` is the page-quiet middle; `(1e-9)` is already a visible red.
 */
export function patternColor(max: number, theme: PlotTheme): ColorScale {
  const m = max > 0 && Number.isFinite(max) ? max : 1;
  const base = divergingColor(m, theme);
  const sized = (v: number) => {
    if (v === 0) return 0;
    const size = Math.max(FLOOR * m, Math.min(m, Math.abs(v)));
    return v > 0 ? size : -size;
  };
  const { rgba } = base;
  const css = (v: number) => base(sized(v));
  return rgba
    ? Object.assign(css, { rgba: (v: number, out: Uint8ClampedArray, at: number) => rgba(sized(v), out, at) })
    : css;
}
