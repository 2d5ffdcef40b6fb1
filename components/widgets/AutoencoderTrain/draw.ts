import { line } from 'd3-shape';
import { formatNumber } from '@/lib/format';

/**
 * A log-axis domain [lo, hi] around the positive finite `values`, padded by `pad` on both sides and never
 * below `floor` (values under it are drawn at the floor). With no usable value, [floor, 1]; with a single
 * value (or a span under a factor 10), a decade around it.
 *
 * @example logDomain([0.47, 3.2], 1e-12) // ≈ [0.47 / 1.5, 3.2 · 1.5]
 */
export function logDomain(values: readonly number[], floor: number, pad = 1.5): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    const c = Math.max(v, floor);
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (!(hi > 0)) return [floor, Math.max(1, floor * 10)];
  lo /= pad;
  hi *= pad;
  if (hi / lo < 10) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / Math.sqrt(10);
    hi = mid * Math.sqrt(10);
  }
  return [Math.max(lo, floor), hi];
}

/**
 * Tick values of a log axis over [lo, hi]: the powers of ten inside, thinned to at most `max` (every second,
 * third, … decade); with fewer than two decades inside, 1·, 2· and 5·10ᵉ values.
 *
 * @example logTicks(0.3, 40) // [1, 10]; logTicks(0.3, 4) // [0.5, 1, 2]
 */
export function logTicks(lo: number, hi: number, max = 6): number[] {
  if (!(lo > 0) || !(hi > lo) || !Number.isFinite(hi)) return [];
  const a = Math.ceil(Math.log10(lo) - 1e-9);
  const b = Math.floor(Math.log10(hi) + 1e-9);
  if (b - a + 1 >= 2) {
    const every = Math.ceil((b - a + 1) / max);
    const out: number[] = [];
    for (let e = b; e >= a; e -= every) out.unshift(10 ** e);
    return out;
  }
  const out: number[] = [];
  for (let e = a - 1; e <= b; e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e;
      if (t >= lo && t <= hi) out.push(t);
    }
  }
  return out;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A tick label of a log axis: powers of ten beyond 10⁻³…10³ as "10⁻⁶" (short enough for a phone's margin),
 * everything else through formatNumber: "0.01", "1", "100", "2×10⁻⁵".
 *
 * @example formatTick(1e-6) // "10⁻⁶"; formatTick(0.01) // "0.01"
 */
export function formatTick(t: number): string {
  const e = Math.round(Math.log10(t));
  if (Number.isFinite(e) && Math.abs(e) > 3 && Math.abs(t / 10 ** e - 1) < 1e-9) {
    return `10${[...String(e)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  }
  return formatNumber(t, { digits: 2 });
}

/**
 * The SVG path through (step, value) pairs on scales x and y, with values clamped into [floor, ∞) so a log
 * axis never meets 0; non-finite values break the line.
 */
export function curvePath(
  points: readonly (readonly [number, number])[],
  x: (v: number) => number,
  y: (v: number) => number,
  floor: number,
): string {
  return (
    line<readonly [number, number]>()
      .defined((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
      .x((p) => x(p[0]))
      .y((p) => y(Math.max(floor, p[1])))(points) ?? ''
  );
}

/** The learning rate at a log-slider position v (η = 10^v), rounded to 3 significant digits. */
export const lrAt = (v: number): number => Number((10 ** v).toPrecision(3));

/** The log-slider position of a learning rate: log₁₀ η. */
export const lrPosition = (lr: number): number => Math.log10(lr);

/** The gap of a loss above the Eckart–Young optimum, counting differences within rounding as 0. */
export function gapToOptimum(loss: number, optimum: number, scale: number): number {
  const gap = loss - optimum;
  return Math.abs(gap) <= 1e-12 * Math.max(scale, optimum, Number.MIN_VALUE) ? 0 : gap;
}
