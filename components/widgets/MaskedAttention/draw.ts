/**
 * Colour scales and layout arithmetic of the masked-attention heatmaps. The scales are picked per theme so
 * that "nothing" blends into the page and large magnitudes stand out on either background:
 * - scores and outputs (signed): diverging blue (negative) – neutral – red (positive), from d3's RdBu; on a
 *   dark page the neutral middle is dark and the ends lighter;
 * - weights (0…1): sequential greens (d3's Greens), light to dark on a light page and, through a dark
 *   green-grey near the page colour, dark to light on a dark page.
 */

import { scaleDiverging, scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateGreens, interpolateRdBu } from 'd3-scale-chromatic';

export type ColorScale = (value: number) => string;

/** Signed values in [−max, max] (clamped) to colours; 0 is the neutral middle. */
export function divergingScale(max: number, dark: boolean): ColorScale {
  const m = max > 0 && Number.isFinite(max) ? max : 1;
  const scale = dark
    ? scaleDiverging<string>().range([interpolateRdBu(0.78), '#2c3036', interpolateRdBu(0.2)])
    : scaleDiverging<string>((t) => interpolateRdBu(1 - t));
  scale.domain([-m, 0, m]).clamp(true);
  return (v) => scale(v);
}

/** Weights in [0, 1] to colours: 0 close to the page, 1 the strongest green. */
export function weightScale(dark: boolean): ColorScale {
  const scale = dark
    ? scaleLinear<string>()
        .domain([0, 0.35, 1])
        .range(['#1b2420', interpolateGreens(0.72), interpolateGreens(0.12)])
    : scaleSequential<string>((t) => interpolateGreens(0.04 + 0.94 * t)).domain([0, 1]);
  scale.clamp(true);
  return (v) => scale(v);
}

function channels(css: string): [number, number, number] | null {
  const hex = css.trim().match(/^#([0-9a-f]{6})$/i);
  if (hex) {
    const v = Number.parseInt(hex[1], 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const rgb = css.match(/(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)/);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance of an `rgb(…)` or `#rrggbb` colour (0.5 when it cannot be read). */
export function luminance(css: string): number {
  const c = channels(css);
  if (!c) return 0.5;
  const [r, g, b] = c.map((x) => {
    const s = x / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Near-black or white, whichever contrasts more with the cell colour `fill`. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  // Contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05): equal at l ≈ 0.179.
  return l > 0.179 ? '#111111' : '#ffffff';
}

/** `count` evenly spaced gradient stops of `scale` over [lo, hi], for a legend's linearGradient. */
export function gradientStops(
  scale: ColorScale,
  lo: number,
  hi: number,
  count = 11,
): { offset: string; color: string }[] {
  return Array.from({ length: count }, (_, s) => {
    const f = s / (count - 1);
    return { offset: `${(f * 100).toFixed(1)}%`, color: scale(lo + (hi - lo) * f) };
  });
}

/** Space around the cells of one heatmap, in CSS pixels. */
export const LABEL_W = 22;
export const LABEL_H = 18;
/** Width of the weights' row-sum column. */
export const SUM_W = 42;
const GAP = 16;
const MAX_CELL = 44;
const MIN_ROW_CELL = 24;
/** Cells at least this large show their value. */
export const TEXT_CELL = 28;

/**
 * The cell size (CSS px) shared by the three heatmaps so their rows line up: as large as fits (up to 44 px)
 * with all three side by side; if that would make cells smaller than 24 px, scores and weights side by side
 * with the output below; failing that, each heatmap on its own row.
 */
export function cellSize(width: number, n: number, d: number): number {
  const w = width > 0 ? width : 360;
  const all = (w - 3 * LABEL_W - SUM_W - 2 * GAP) / (2 * n + d);
  if (all >= MIN_ROW_CELL) return Math.min(MAX_CELL, Math.floor(all));
  const two = (w - 2 * LABEL_W - SUM_W - GAP) / (2 * n);
  if (two >= MIN_ROW_CELL) return Math.min(MAX_CELL, Math.floor(two));
  return Math.max(10, Math.min(36, Math.floor((w - LABEL_W - SUM_W) / n)));
}
