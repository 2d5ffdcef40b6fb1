/**
 * Number formatting for display: never prints "NaN" or "Infinity", uses the true minus sign (U+2212).
 *
 * Rounding is JavaScript's own (`toPrecision`, `toFixed`: the exact value of the double, halves away from zero,
 * as Intl.NumberFormat rounds); this module adds digit grouping, zero trimming and the policy on top:
 * non-finite values, when to switch to exponent notation (written as 1.5×10⁻⁷), and compact suffixes.
 * Intl.NumberFormat gives the same strings, but building its first formatter costs a phone tens of
 * milliseconds while the page starts.
 */

/** Commas between groups of three digits of a run of digits: '1234567' → '1,234,567'. */
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The decimal digits of a toPrecision result without its exponent: ('1.235', 5) → '123500',
 * ('1.5', -7) → '0.00000015'.
 */
function expand(mantissa: string, exponent: number): string {
  const digits = mantissa.replace('.', '');
  const point = 1 + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Rounds and prints a finite number below 10²¹ in size: `significant` digits (zeros after the point trimmed) or
 * exactly `fixed` decimals; comma grouping unless `grouping` is false; a value that rounds to zero prints
 * without a sign; minus is U+2212.
 * Example: `decimal(-1234.5, { significant: 4 })` → '−1,235'; `decimal(0.5, { fixed: 2 })` → '0.50'.
 */
function decimal(x: number, options: { significant?: number; fixed?: number; grouping?: boolean }): string {
  const abs = Math.abs(x);
  let text: string;
  if (options.significant === undefined) text = abs.toFixed(options.fixed);
  else {
    const [mantissa = '', exponent] = abs.toPrecision(options.significant).split('e');
    text = exponent === undefined ? mantissa : expand(mantissa, Number(exponent));
    if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  }
  const [whole = '', fraction] = text.split('.');
  const body = `${options.grouping === false ? whole : group(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
  return x < 0 && /[1-9]/.test(text) ? `${MINUS}${body}` : body;
}

/** How {@link formatNumber} writes a number. */
export type NumberStyle = 'auto' | 'fixed' | 'percent' | 'compact';

/** Options of {@link formatNumber}. */
export interface FormatOptions {
  /** Significant digits (auto, percent, compact: 1–21) or decimal places (fixed: 0–20). Default 4. */
  digits?: number;
  /** Default 'auto'. */
  style?: NumberStyle;
}

/** U+2212 MINUS SIGN, the typographic minus used for every negative number shown. */
export const MINUS = '\u2212';

const SUPERSCRIPTS: Record<string, string> = {
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
  '-': '⁻',
};

/**
 * An integer in Unicode superscript digits (with a superscript minus), for exponents in plain text such as
 * axis labels; a non-integer is rounded.
 * Example: `superscript(-12)` → '⁻¹²'; `superscript(3)` → '³'.
 */
export function superscript(n: number): string {
  return String(Math.round(n))
    .split('')
    .map((ch) => SUPERSCRIPTS[ch] ?? ch)
    .join('');
}

/** '—' for NaN, '∞' / '−∞' for infinities, undefined for finite numbers. */
function formatNonFinite(x: number): string | undefined {
  if (Number.isNaN(x)) return '—';
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return `${MINUS}∞`;
  return undefined;
}

/** m×10ᵉ with `digits` significant digits in m, trailing zeros trimmed; x must be finite and nonzero. */
function formatExponential(x: number, digits: number): string {
  const [mantissa = '', exponent = '0'] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return `${x < 0 ? MINUS : ''}${trimmed}×10${superscript(Number(exponent))}`;
}

/** `digits` significant digits, grouped, zeros trimmed; exponent notation outside [1e-4, 1e6). */
function formatAuto(x: number, digits: number): string {
  const rounded = Number(x.toPrecision(digits));
  if (rounded === 0) return '0';
  const size = Math.abs(rounded);
  if (size >= 1e6 || size < 1e-4) return formatExponential(x, digits);
  return decimal(x, { significant: digits });
}

const COMPACT_TIERS: readonly [number, string][] = [
  [1e3, 'k'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
];

/** Like auto below 1000; k, M, B, T suffixes up to 10¹⁵; exponent notation beyond. */
function formatCompact(x: number, digits: number): string {
  if (Math.abs(Number(x.toPrecision(digits))) < 1e3) return formatAuto(x, digits);
  for (const [unit, suffix] of COMPACT_TIERS) {
    const scaled = Number((x / unit).toPrecision(digits));
    // Rounding may carry into the next tier (999 999 → 1000k), so only accept a scaled value below 1000.
    if (Math.abs(scaled) < 1e3)
      return `${decimal(scaled, { significant: digits, grouping: false })}${suffix}`;
  }
  return formatExponential(x, digits);
}

function checkDigits(style: NumberStyle, digits: number, min: number, max: number): void {
  if (!Number.isInteger(digits) || digits < min || digits > max) {
    throw new RangeError(
      `formatNumber: digits for style '${style}' must be an integer in [${min}, ${max}], got ${digits}`,
    );
  }
}

/**
 * Formats a number for display in prose, tables and widgets.
 *
 * - `auto` (default): `digits` significant digits, trailing zeros trimmed, comma-grouped, and exponent
 *   notation m×10ᵉ when the rounded magnitude is ≥ 10⁶ or < 10⁻⁴: 0.5 → "0.5", 1234.5 → "1,235",
 *   1.5e-7 → "1.5×10⁻⁷", 16777216 → "1.678×10⁷".
 * - `fixed`: exactly `digits` decimals (0–20), comma-grouped: 3.14159 → "3.1416" (exponent notation only ≥ 10²¹).
 * - `percent`: 100·x in auto style with a % sign: 0.123456 → "12.35%".
 * - `compact`: auto below 1000, then k, M, B, T suffixes: 1234567 → "1.235M"; exponent notation ≥ 10¹⁵.
 *
 * NaN gives '—', ±∞ give '∞' and '−∞'; negatives use '−' (U+2212); −0 and values that round to zero
 * print without a sign. Throws RangeError for digits outside the style's range or an unknown style.
 *
 * @example
 * formatNumber(-0.00001234);                     // "−1.234×10⁻⁵"
 * formatNumber(2 / 3, { digits: 2 });            // "0.67"
 * formatNumber(0.5, { style: 'fixed' });         // "0.5000"
 * formatNumber(0.0625, { style: 'percent' });    // "6.25%"
 * formatNumber(7e9, { style: 'compact' });       // "7B"
 * formatNumber(Number.NaN);                      // "—"
 */
export function formatNumber(x: number, options: FormatOptions = {}): string {
  const { digits = 4, style = 'auto' } = options;
  switch (style) {
    case 'auto':
    case 'percent':
    case 'compact':
      checkDigits(style, digits, 1, 21);
      break;
    case 'fixed':
      checkDigits(style, digits, 0, 20);
      break;
    default:
      throw new RangeError(`formatNumber: unknown style '${String(style)}'`);
  }
  const special = formatNonFinite(style === 'percent' ? x * 100 : x);
  if (special !== undefined) return style === 'percent' && !Number.isNaN(x) ? `${special}%` : special;
  switch (style) {
    case 'auto':
      return formatAuto(x, digits);
    case 'percent':
      return `${formatAuto(x * 100, digits)}%`;
    case 'compact':
      return formatCompact(x, digits);
    case 'fixed':
      return Math.abs(x) >= 1e21 ? formatExponential(x, digits + 1) : decimal(x, { fixed: digits });
  }
}

/**
 * Formats a count as an integer with comma grouping: 16777216 → "16,777,216".
 *
 * Rounds to the nearest integer first (halves toward +∞, as Math.round); negatives use '−' (U+2212);
 * beyond 2⁵³ the exact decimal value of the double is printed. NaN gives '—', ±∞ give '∞' and '−∞'.
 *
 * @example
 * formatInteger(16777216); // "16,777,216"
 * formatInteger(-1234.4);  // "−1,234"
 * formatInteger(999);      // "999"
 */
export function formatInteger(n: number): string {
  const special = formatNonFinite(n);
  if (special !== undefined) return special;
  const v = Math.round(n);
  if (v === 0) return '0';
  const abs = Math.abs(v);
  const plain = Number.isSafeInteger(abs) ? String(abs) : BigInt(abs).toString();
  return v < 0 ? `${MINUS}${group(plain)}` : group(plain);
}
