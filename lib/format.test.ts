import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber, MINUS, type NumberStyle, superscript } from './format';
import { createRng } from './random';

describe('formatNumber', () => {
  it("formatNumber(x) in 'auto' style trims zeros and groups thousands", () => {
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(2 / 3)).toBe('0.6667');
    expect(formatNumber(2 / 3, { digits: 2 })).toBe('0.67');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(123456)).toBe('123,500');
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(124)).toBe('124');
  });

  it("formatNumber(x) in 'auto' style switches to m×10ᵉ for magnitudes ≥ 10⁶ or < 10⁻⁴", () => {
    expect(formatNumber(16777216)).toBe('1.678×10⁷');
    expect(formatNumber(1.5e-7)).toBe('1.5×10⁻⁷');
    expect(formatNumber(0.00009999)).toBe('9.999×10⁻⁵');
    expect(formatNumber(1e100)).toBe('1×10¹⁰⁰');
    expect(formatNumber(-2.5e-300)).toBe(`${MINUS}2.5×10⁻³⁰⁰`);
    expect(formatNumber(Number.MIN_VALUE)).toBe('4.941×10⁻³²⁴');
    // 999 999.7 rounds to 1.000×10⁶ at 4 digits, so it is shown in exponent form.
    expect(formatNumber(999999.7)).toBe('1×10⁶');
  });

  it('formatNumber uses the minus sign U+2212 and drops the sign of zero', () => {
    expect(formatNumber(-2 / 3)).toBe(`${MINUS}0.6667`);
    expect(formatNumber(-1234.5)).toBe(`${MINUS}1,235`);
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.00001, { style: 'fixed', digits: 2 })).toBe('0.00');
  });

  it("formatNumber(NaN or ±Infinity) returns '—', '∞' or '−∞' in every style", () => {
    for (const style of ['auto', 'fixed', 'compact'] as const) {
      expect(formatNumber(Number.NaN, { style })).toBe('—');
      expect(formatNumber(Number.POSITIVE_INFINITY, { style })).toBe('∞');
      expect(formatNumber(Number.NEGATIVE_INFINITY, { style })).toBe(`${MINUS}∞`);
    }
    expect(formatNumber(Number.NaN, { style: 'percent' })).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, { style: 'percent' })).toBe('∞%');
  });

  it("formatNumber(x, { style: 'fixed' }) prints exactly `digits` decimals", () => {
    expect(formatNumber(Math.PI, { style: 'fixed' })).toBe('3.1416');
    expect(formatNumber(0.5, { style: 'fixed' })).toBe('0.5000');
    expect(formatNumber(1234567.891, { style: 'fixed', digits: 2 })).toBe('1,234,567.89');
    expect(formatNumber(-7, { style: 'fixed', digits: 0 })).toBe(`${MINUS}7`);
    expect(formatNumber(1e22, { style: 'fixed', digits: 2 })).toBe('1×10²²');
  });

  it("formatNumber(x, { style: 'percent' }) multiplies by 100 and trims", () => {
    expect(formatNumber(0.123456, { style: 'percent' })).toBe('12.35%');
    expect(formatNumber(0.5, { style: 'percent' })).toBe('50%');
    expect(formatNumber(1, { style: 'percent' })).toBe('100%');
    expect(formatNumber(0.0625, { style: 'percent' })).toBe('6.25%');
    expect(formatNumber(-0.05, { style: 'percent' })).toBe(`${MINUS}5%`);
    expect(formatNumber(148 / 256, { style: 'percent', digits: 3 })).toBe('57.8%');
  });

  it("formatNumber(x, { style: 'compact' }) uses k, M, B, T and carries across tiers", () => {
    expect(formatNumber(999, { style: 'compact' })).toBe('999');
    expect(formatNumber(0.5, { style: 'compact' })).toBe('0.5');
    expect(formatNumber(1234, { style: 'compact' })).toBe('1.234k');
    expect(formatNumber(1234567, { style: 'compact' })).toBe('1.235M');
    expect(formatNumber(999999, { style: 'compact' })).toBe('1M');
    expect(formatNumber(999.99, { style: 'compact' })).toBe('1k');
    expect(formatNumber(7e9, { style: 'compact' })).toBe('7B');
    expect(formatNumber(2.5e12, { style: 'compact' })).toBe('2.5T');
    expect(formatNumber(-1500, { style: 'compact' })).toBe(`${MINUS}1.5k`);
    expect(formatNumber(16777216, { style: 'compact', digits: 3 })).toBe('16.8M');
    expect(formatNumber(1e15, { style: 'compact' })).toBe('1×10¹⁵');
  });

  it('formatNumber throws RangeError for bad digits or an unknown style', () => {
    expect(() => formatNumber(1, { digits: 0 })).toThrow(RangeError);
    expect(() => formatNumber(1, { digits: 22 })).toThrow(/\[1, 21\]/);
    expect(() => formatNumber(1, { digits: 1.5, style: 'fixed' })).toThrow(/\[0, 20\]/);
    expect(() => formatNumber(1, { style: 'money' as NumberStyle })).toThrow(/unknown style 'money'/);
    expect(formatNumber(1, { digits: 0, style: 'fixed' })).toBe('1');
  });

  it('formatNumber never prints NaN, Infinity, "e" or a hyphen-minus on seeded random inputs', () => {
    const rng = createRng('format');
    const styles: NumberStyle[] = ['auto', 'fixed', 'percent', 'compact'];
    for (let t = 0; t < 5000; t++) {
      const x = (rng.next() < 0.5 ? -1 : 1) * 10 ** rng.normal(0, 100) * rng.next();
      const style = styles[t % 4] as NumberStyle;
      const digits = style === 'fixed' ? rng.int(0, 20) : rng.int(1, 21);
      const s = formatNumber(x, { style, digits });
      if (/NaN|Infinity|e|-/.test(s)) throw new Error(`formatNumber(${x}, ${style}, ${digits}) = ${s}`);
      expect(s.length).toBeGreaterThan(0);
    }
  });

  it('formatNumber agrees with Intl.NumberFormat (en-US) on seeded random values, halves and near-zeros', () => {
    // Intl is the independent reference for rounding, zero trimming, grouping and the sign of zero.
    const intl = (x: number, options: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat('en-US', { signDisplay: 'negative', ...options }).format(x).replace('-', MINUS);
    const rng = createRng('intl');
    const values = [0.125, -0.125, 2.5, -2.5, 1.005, 999.95, 999_999.5, 0.00015, -0.00004, -0, 12_345.675];
    for (let t = 0; t < 3000; t++)
      values.push((rng.next() < 0.5 ? -1 : 1) * rng.next() * 10 ** rng.int(-5, 7));
    for (const x of values) {
      const fixed = rng.int(0, 8);
      expect(formatNumber(x, { style: 'fixed', digits: fixed }), `${x} fixed ${fixed}`).toBe(
        intl(x, { minimumFractionDigits: fixed, maximumFractionDigits: fixed }),
      );
      const digits = rng.int(1, 12);
      const auto = formatNumber(x, { digits });
      if (!auto.includes('×'))
        expect(auto, `${x} auto ${digits}`).toBe(intl(x, { maximumSignificantDigits: digits }));
    }
  });

  it("formatNumber(x) in 'auto' style round-trips to x within its digits", () => {
    const rng = createRng('roundtrip');
    for (let t = 0; t < 1000; t++) {
      const x = rng.normal(0, 1) * 10 ** rng.int(-3, 5);
      const s = formatNumber(x, { digits: 6 });
      if (s.includes('×')) continue;
      const back = Number(s.replace(MINUS, '-').replaceAll(',', ''));
      expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-6);
    }
  });
});

describe('formatInteger', () => {
  it('formatInteger(16777216) is "16,777,216" and small integers are not grouped', () => {
    expect(formatInteger(16777216)).toBe('16,777,216');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(1000)).toBe('1,000');
    expect(formatInteger(148)).toBe('148');
  });

  it('formatInteger rounds, uses the minus sign, and never prints −0', () => {
    expect(formatInteger(-1234.4)).toBe(`${MINUS}1,234`);
    expect(formatInteger(2.5)).toBe('3');
    expect(formatInteger(-0.4)).toBe('0');
    expect(formatInteger(-0)).toBe('0');
  });

  it('formatInteger prints all digits of huge integers', () => {
    expect(formatInteger(2 ** 64)).toBe('18,446,744,073,709,551,616');
    expect(formatInteger(1e21)).toBe('1,000,000,000,000,000,000,000');
  });

  it("formatInteger(NaN or ±Infinity) returns '—', '∞' or '−∞'", () => {
    expect(formatInteger(Number.NaN)).toBe('—');
    expect(formatInteger(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatInteger(Number.NEGATIVE_INFINITY)).toBe(`${MINUS}∞`);
  });
});

describe('superscript', () => {
  it('writes integers in superscript digits with a superscript minus, rounding non-integers', () => {
    expect([0, 3, 10, -12, 2.6, -0.4].map(superscript)).toEqual(['⁰', '³', '¹⁰', '⁻¹²', '³', '⁰']);
  });

  it('round-trips every integer in [-300, 300] back through a digit map', () => {
    const back: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4' };
    Object.assign(back, { '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' });
    for (let n = -300; n <= 300; n++) {
      const text = superscript(n);
      expect(Number([...text].map((c) => back[c]).join(''))).toBe(n);
    }
  });
});
