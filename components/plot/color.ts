/**
 * Colour for the plot kit: CSS colours as bytes (d3-color parses every CSS form), contrast picks, gradient
 * stops, and the colour ramps of heatmaps built from d3-scale-chromatic and the theme's tokens, so "nothing"
 * blends into the page on either theme. Pure: no DOM; tested in Node.
 */
import { lab, color as parse, rgb } from 'd3-color';
import { interpolateBasis, interpolateLab } from 'd3-interpolate';
import { scaleDiverging, scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateGreens, interpolatePuBu, interpolateRdBu, schemeRdBu } from 'd3-scale-chromatic';
import type { PlotTheme } from './theme';

/**
 * A value to a CSS colour. A scale may also write the same colour's RGBA bytes straight into a raster
 * (`rgba(value, out, at)` sets out[at..at + 3]), skipping the CSS string a raster would build and parse per cell.
 */
export type ColorScale = ((value: number) => string) & {
  rgba?: (value: number, out: Uint8ClampedArray, at: number) => void;
};

/** A colour channel as d3-color writes it in rgb(): rounded, clamped to [0, 255], NaN as 0. */
const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v) || 0));

/** t ∈ [0, 1] to [r, g, b] (unrounded) exactly as d3's interpolateRgbBasis computes them before formatting. */
function rgbBasis(colors: readonly string[]): (t: number) => [number, number, number] {
  const stops = colors.map((c) => rgb(c));
  const r = interpolateBasis(stops.map((c) => c.r || 0));
  const g = interpolateBasis(stops.map((c) => c.g || 0));
  const b = interpolateBasis(stops.map((c) => c.b || 0));
  return (t) => [r(t), g(t), b(t)];
}

/** [r, g, b] (unrounded) of d3's interpolateLab(from, to)(t), without the CSS string. */
function labMix(from: string, to: string): (t: number) => [number, number, number] {
  const a = lab(from);
  const z = lab(to);
  const [dl, da, db] = [z.l - a.l, z.a - a.a, z.b - a.b];
  return (t) => {
    const c = lab(a.l + t * dl, a.a + t * da, a.b + t * db).rgb();
    return [c.r, c.g, c.b];
  };
}

/** [r, g, b, a] bytes of a CSS colour (any form d3-color reads); opaque mid-grey when it cannot be read. */
export function rgbBytes(css: string): [number, number, number, number] {
  const c = parse(css);
  if (!c) return [128, 128, 128, 255];
  const { r, g, b, opacity } = rgb(c);
  return [
    Math.round(r),
    Math.round(g),
    Math.round(b),
    Math.round(255 * (Number.isFinite(opacity) ? opacity : 1)),
  ];
}

/** WCAG relative luminance of a CSS colour (0.5 when it cannot be read). */
export function luminance(css: string): number {
  const c = parse(css);
  if (!c) return 0.5;
  const { r, g, b } = rgb(c);
  const [lr, lg, lb] = [r, g, b].map((x) => {
    const s = x / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/**
 * The page's foreground or background colour, whichever contrasts more with `fill` (for values written on
 * heatmap cells). Contrast with dark text is (l + 0.05)/0.05 and with light text 1.05/(l + 0.05): equal at
 * l ≈ 0.179.
 */
export function textOn(fill: string, theme: PlotTheme): string {
  const dark = theme.dark ? theme.tokens.bg : theme.tokens.fg;
  const light = theme.dark ? theme.tokens.fg : theme.tokens.bg;
  return luminance(fill) > 0.179 ? dark : light;
}

/**
 * A scale over [lo, hi] split into `colors.length` equal steps, step i coloured `colors[i]` (values beyond the
 * ends take the end colours; NaN the first). The step is found by arithmetic, not by searching thresholds like
 * d3's scaleQuantize, because a raster asks once per pixel (65,536 times for a 256×256 image).
 * Example: `steppedColor(['black', 'white'], 0, 1)(0.7)` → 'white'.
 */
export function steppedColor(colors: readonly string[], lo: number, hi: number): ColorScale {
  const count = colors.length;
  const perUnit = count / (hi - lo);
  return (v) => {
    const i = Math.floor((v - lo) * perUnit);
    return colors[i < 0 ? 0 : i >= count ? count - 1 : i] ?? (colors[0] as string);
  };
}

/** `count` evenly spaced stops of `scale` over [lo, hi], for a legend's gradient. */
export function gradientStops(
  scale: ColorScale,
  lo: number,
  hi: number,
  count = 11,
): { offset: number; color: string }[] {
  return Array.from({ length: count }, (_, s) => {
    const f = count > 1 ? s / (count - 1) : 0;
    return { offset: f, color: scale(lo + (hi - lo) * f) };
  });
}

/** The CSS `linear-gradient` of `scale` over [lo, hi]. */
export function cssGradient(scale: ColorScale, lo: number, hi: number, direction = 'to right'): string {
  const stops = gradientStops(scale, lo, hi).map((s) => `${s.color} ${(s.offset * 100).toFixed(1)}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}

/**
 * Signed values in [−max, max] (clamped): blue for negative, red for positive (d3's RdBu), 0 the neutral
 * middle, which on a dark page is the theme's raised surface so zero stays quiet.
 */
export function divergingColor(max: number, theme: PlotTheme): ColorScale {
  const m = max > 0 && Number.isFinite(max) ? max : 1;
  let interpolator = (t: number) => interpolateRdBu(1 - t);
  // The same colours as [r, g, b] for a raster: interpolateRdBu is d3's basis spline through the 11-colour
  // RdBu scheme, and the position is d3's diverging one, 0.5 + v·(0.5 / m) clamped to [0, 1].
  const rdbu = rgbBasis(schemeRdBu[11] as readonly string[]);
  let channels = (t: number) => rdbu(1 - t);
  if (theme.dark) {
    const mid = theme.tokens['surface-2'];
    const low = interpolateLab(interpolateRdBu(0.78), mid);
    const high = interpolateLab(mid, interpolateRdBu(0.2));
    interpolator = (t) => (t < 0.5 ? low(t * 2) : high(t * 2 - 1));
    const lowMix = labMix(interpolateRdBu(0.78), mid);
    const highMix = labMix(mid, interpolateRdBu(0.2));
    channels = (t) => (t < 0.5 ? lowMix(t * 2) : highMix(t * 2 - 1));
  }
  const scale = scaleDiverging<string>(interpolator).domain([-m, 0, m]).clamp(true);
  const k = 0.5 / m;
  return Object.assign((v: number) => scale(v), {
    rgba(v: number, out: Uint8ClampedArray, at: number) {
      const [r, g, b] = channels(Math.max(0, Math.min(1, 0.5 + v * k)));
      out[at] = channel(r);
      out[at + 1] = channel(g);
      out[at + 2] = channel(b);
      out[at + 3] = 255;
    },
  });
}

/** The d3 ramps a sequential scale can use (light page: pale to deep). */
const RAMPS = { greens: interpolateGreens, blues: interpolatePuBu } as const;
export type RampName = keyof typeof RAMPS;

/**
 * Values in `domain` (clamped) to a sequential ramp whose low end is close to the page: pale to deep on a
 * light page; on a dark page from the theme's surface through the ramp's middle to its pale end.
 * `reverse` puts the strong end at the low value.
 */
export function sequentialColor(
  domain: readonly [number, number],
  theme: PlotTheme,
  ramp: RampName = 'greens',
  reverse = false,
): ColorScale {
  const f = RAMPS[ramp];
  const [a, b] = reverse ? [domain[1], domain[0]] : [domain[0], domain[1]];
  const lo = Number.isFinite(a) ? a : 0;
  const hi = Number.isFinite(b) && b !== lo ? b : lo + 1;
  const scale = theme.dark
    ? scaleLinear<string>()
        .domain([lo, lo + 0.35 * (hi - lo), hi])
        .range([theme.tokens.surface, f(0.72), f(0.12)])
        .interpolate(interpolateLab)
    : scaleSequential<string>((t) => f(0.04 + 0.94 * t)).domain([lo, hi]);
  scale.clamp(true);
  return (v) => scale(v);
}

/** Two colours mixed in Lab by a share t ∈ [0, 1] (a mask's partly allowed blocks, a grayscale image). */
export function mixColor(from: string, to: string): ColorScale {
  const i = interpolateLab(from, to);
  return (t) => i(Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)));
}

/**
 * A share in [0, 1] (of a block's pairs allowed, say) as a colour from `from` to `to` in Lab, where any share
 * above zero shows at least `floor` of the way, so a block with one allowed pair does not vanish.
 * Example: `shareColor(off, on)(0)` is `off` exactly; `shareColor(off, on)(1)` is `on`.
 */
export function shareColor(from: string, to: string, floor = 0.25): ColorScale {
  const mix = mixColor(from, to);
  return (t) => (t > 0 ? mix(floor + (1 - floor) * Math.min(1, t)) : mix(0));
}
