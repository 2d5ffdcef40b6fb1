// Strict number parsing, step snapping and display formatting shared by every input control.
// Pure: the same code runs in the browser, in Workers and in Node tests.

/** Options for {@link parseNumber}. */
export interface ParseNumberOptions {
  /** Accept `Infinity`, `-Infinity`, `∞` and values that overflow to ±Infinity (default false). */
  allowInfinity?: boolean;
  /** Accept one decimal comma instead of a point, as in `1,5` (default false; then `1,5` is rejected). */
  decimalComma?: boolean;
}

// Decimal literal: optional sign, digits with an optional fraction (or a bare fraction), optional exponent.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
const INFINITY = /^[+-]?(?:infinity|∞)$/i;
// U+2212 MINUS SIGN, U+FE63 SMALL HYPHEN-MINUS, U+FF0D FULLWIDTH HYPHEN-MINUS: typeset minus signs
// that arrive when a reader copies numbers from a formatted page or a word processor.
const UNICODE_MINUS = /[\u2212\uFE63\uFF0D]/g;

/**
 * Parses a whole string as one decimal number, strictly: the trimmed text must be a number and nothing else.
 *
 * Accepts `-1.5e-3`, `+2`, `.5`, `5.`, and the typeset minus `−` (U+2212). Rejects `''`, `'1,2'`,
 * `'0x10'`, `'1_000'`, `'NaN'`, `'1e'` and trailing text; rejects `'Infinity'`, `'∞'` and overflow
 * such as `'1e400'` unless `allowInfinity`. Never throws.
 *
 * @example parseNumber('−2.5e1') // -25
 * @example parseNumber('1,2') // null
 */
export function parseNumber(text: string, options: ParseNumberOptions = {}): number | null {
  if (typeof text !== 'string') return null;
  const t = text.trim().replace(UNICODE_MINUS, '-');
  if (t === '') return null;
  if (INFINITY.test(t)) {
    if (!options.allowInfinity) return null;
    return t.startsWith('-') ? -Infinity : Infinity;
  }
  let source = t;
  if (DECIMAL.test(t)) {
    source = t;
  } else if (options.decimalComma && DECIMAL_COMMA.test(t)) {
    source = t.replace(',', '.');
  } else {
    return null;
  }
  const value = Number(source);
  if (Number.isNaN(value)) return null;
  if (!Number.isFinite(value) && !options.allowInfinity) return null;
  // Normalise -0 to 0 so that '−0' and '0' compare and display alike.
  return value === 0 ? 0 : value;
}

/**
 * Number of decimal places needed to write `x` exactly in its shortest form: `decimalPlaces(0.25)` is 2,
 * `decimalPlaces(1e-7)` is 7, `decimalPlaces(1500)` is 0.
 *
 * Non-finite input gives 0. The result is capped at 20, the most `toFixed` needs for doubles in practice.
 *
 * @example decimalPlaces(0.1) // 1
 */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const s = String(Math.abs(x));
  const [mantissa, exponent] = s.split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  const exp = exponent ? Number(exponent) : 0;
  return Math.min(20, Math.max(0, fraction - exp));
}

/**
 * Rounds `x` to `places` decimals through its decimal representation, which removes binary float drift:
 * `roundTo(0.1 + 0.2, 1)` is exactly `0.3`, not `0.30000000000000004`.
 *
 * Values of magnitude ≥ 1e21 (where `toFixed` switches to exponent form) and non-finite values are
 * returned unchanged; `-0` becomes `0`.
 *
 * @example roundTo(1.23456, 2) // 1.23
 */
export function roundTo(x: number, places: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x;
  const p = Math.min(100, Math.max(0, Math.round(places)));
  const r = Number(x.toFixed(p));
  return r === 0 ? 0 : r;
}

/**
 * Clamps `value` into `[min, max]` and snaps it to the grid `min + k·step` (k an integer), rounding to the
 * decimals of `min` and `step` so that no float drift such as `0.30000000000000004` survives.
 *
 * The result is always a grid point inside the range: when `max` is off the grid the largest grid point
 * below it is used, as a native `<input type="range">` does. Edges: `NaN` → `min`; `±Infinity` → the
 * nearest end; `step ≤ 0`, a non-finite step or an infinite `min` → plain clamping without snapping;
 * `max < min` → `min`.
 *
 * @example clampToStep(0.30000000000000004, 0, 1, 0.1) // 0.3
 * @example clampToStep(7, 0, 10, 5) // 5
 * @example clampToStep(12, 1, 10, 4) // 9 (grid 1, 5, 9)
 */
export function clampToStep(value: number, min: number, max: number, step: number): number {
  if (!(max >= min)) return min;
  if (Number.isNaN(value)) return min;
  if (!(step > 0) || !Number.isFinite(step) || !Number.isFinite(min)) {
    return Math.min(max, Math.max(min, value));
  }
  const places = Math.max(decimalPlaces(step), decimalPlaces(min));
  // A small tolerance so that a max reached by accumulated float error still counts as a grid point.
  const kMax = Math.floor(roundTo((max - min) / step, 9));
  let k = Math.round((value - min) / step);
  if (Number.isNaN(k)) k = 0;
  k = Math.min(kMax, Math.max(0, k));
  return roundTo(min + k * step, places);
}

/**
 * Moves `value` by `delta` and clamps into `[min, max]` (either bound may be omitted), rounding the result
 * to the decimals of `value` and `delta` so that repeated nudges never drift (0.1 + 0.2 → 0.3).
 *
 * Unlike {@link clampToStep} it does not snap to a grid, so an off-grid typed value stays off-grid.
 * A NaN or infinite `value` starts from `min` if given, else 0; a NaN or infinite `delta` moves nothing.
 *
 * @example nudge(0.2, 0.1, { max: 1 }) // 0.3
 * @example nudge(5, -10, { min: 0 }) // 0
 */
export function nudge(value: number, delta: number, bounds: { min?: number; max?: number } = {}): number {
  const lo = bounds.min ?? -Infinity;
  const hi = bounds.max ?? Infinity;
  const base = Number.isFinite(value) ? value : Number.isFinite(lo) ? lo : 0;
  const places = Math.max(decimalPlaces(base), decimalPlaces(delta));
  const moved = roundTo(base + (Number.isFinite(delta) ? delta : 0), places);
  return Math.min(hi, Math.max(lo, moved));
}

/** Constraints checked by {@link validateNumber}. */
export interface NumberConstraints {
  min?: number;
  max?: number;
  /** Require a whole number. */
  integer?: boolean;
  /** Passed to {@link parseNumber}. */
  decimalComma?: boolean;
}

/** Outcome of {@link validateNumber}: the number, or a short message written for the reader. */
export type NumberValidation = { ok: true; value: number } | { ok: false; message: string };

/** Quotes user text for a message, shortened so that a pasted novel does not flood the page. */
export function quoteInput(text: string, maxLength = 24): string {
  const t = text.trim();
  const short = t.length > maxLength ? `${t.slice(0, maxLength - 1)}…` : t;
  return `“${short}”`;
}

/**
 * Parses typed text with {@link parseNumber} and checks it against `min`, `max` and `integer`, giving the
 * number or a message for the reader: `“abc” is not a number`, `must be at least 0`, `must be at most 1`,
 * `must be a whole number`, `enter a number` (for blank text).
 *
 * Never throws; bounds that are `undefined` or `NaN` are not checked.
 *
 * @example validateNumber('1.5', { integer: true }) // { ok: false, message: 'must be a whole number' }
 */
export function validateNumber(text: string, constraints: NumberConstraints = {}): NumberValidation {
  if (text.trim() === '') return { ok: false, message: 'enter a number' };
  const value = parseNumber(text, { decimalComma: constraints.decimalComma });
  if (value === null) return { ok: false, message: `${quoteInput(text)} is not a number` };
  const { min, max, integer } = constraints;
  if (integer && !Number.isInteger(value)) return { ok: false, message: 'must be a whole number' };
  if (min !== undefined && value < min)
    return { ok: false, message: `must be at least ${formatEditable(min)}` };
  if (max !== undefined && value > max)
    return { ok: false, message: `must be at most ${formatEditable(max)}` };
  return { ok: true, value };
}

/** Options for {@link formatEditable}. */
export interface FormatEditableOptions {
  /** Maximum decimals shown; trailing zeros are dropped. Default: up to 12 significant digits. */
  digits?: number;
  /** Text for `NaN`, `±Infinity` and non-numbers (default `'—'`). */
  missing?: string;
}

/**
 * Writes a number as plain text that a reader can edit and {@link parseNumber} reads back: no float noise,
 * ASCII hyphen for negatives, no digit grouping, and `'—'` (or `missing`) instead of NaN or Infinity.
 * For display-only numbers in prose and figures use `formatNumber` from `lib/format.ts` instead.
 *
 * `formatEditable(0.1 + 0.2)` is `'0.3'`, `formatEditable(2/3, { digits: 3 })` is `'0.667'`.
 * With `digits`, values are rounded to that many decimals and trailing zeros dropped; nonzero values that
 * would round to zero, and magnitudes ≥ 1e21, are written in exponent form with `digits` significant digits
 * (`1.23e-5`); `-0` shows as `'0'`.
 *
 * @example formatEditable(1234.5678, { digits: 2 }) // '1234.57'
 */
export function formatEditable(value: number, options: FormatEditableOptions = {}): string {
  const missing = options.missing ?? '—';
  if (typeof value !== 'number' || !Number.isFinite(value)) return missing;
  if (value === 0) return '0';
  const { digits } = options;
  if (digits === undefined) {
    return String(Number(value.toPrecision(12)));
  }
  const d = Math.min(20, Math.max(0, Math.round(digits)));
  const abs = Math.abs(value);
  if (abs >= 1e21 || Number(abs.toFixed(d)) === 0) {
    return value.toExponential(Math.max(0, d - 1)).replace(/\.?0+e/, 'e');
  }
  const fixed = value.toFixed(d);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}
