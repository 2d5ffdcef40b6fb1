import { describe, expect, it } from 'vitest';
import {
  clampToStep,
  decimalPlaces,
  formatEditable,
  nudge,
  parseNumber,
  quoteInput,
  roundTo,
  validateNumber,
} from './number';

// Small seeded generator (mulberry32) so random checks are reproducible.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseNumber', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['-1.5e-3', -0.0015],
    ['+2', 2],
    ['.5', 0.5],
    ['5.', 5],
    ['-.25', -0.25],
    ['1E3', 1000],
    ['1e+3', 1000],
    ['  7  ', 7],
    ['\t3.25\n', 3.25],
    ['\u22122.5', -2.5],
    ['\u22121e\u22122', -0.01],
    ['\uFF0D4', -4],
    ['007', 7],
    ['1.7976931348623157e308', Number.MAX_VALUE],
    ['5e-324', 5e-324],
  ])('parseNumber(%j) gives %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '1,2',
    '1.2.3',
    'NaN',
    'nan',
    'Infinity',
    '-Infinity',
    '∞',
    '1e400',
    '-1e400',
    '0x10',
    '0b1',
    '1_000',
    '1e',
    'e5',
    '1e5.5',
    '--1',
    '+-1',
    '.',
    '-',
    '+',
    '1 2',
    '12abc',
    'abc',
    '½',
    '1,',
    ',5',
    '١٢',
  ])('parseNumber(%j) rejects it with null', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('parseNumber(text, { allowInfinity }) accepts infinities and overflow', () => {
    expect(parseNumber('Infinity', { allowInfinity: true })).toBe(Infinity);
    expect(parseNumber('-infinity', { allowInfinity: true })).toBe(-Infinity);
    expect(parseNumber('−∞', { allowInfinity: true })).toBe(-Infinity);
    expect(parseNumber('1e400', { allowInfinity: true })).toBe(Infinity);
    expect(parseNumber('NaN', { allowInfinity: true })).toBeNull();
  });

  it('parseNumber(text, { decimalComma }) reads one comma as the decimal point', () => {
    expect(parseNumber('1,5', { decimalComma: true })).toBe(1.5);
    expect(parseNumber('-0,25', { decimalComma: true })).toBe(-0.25);
    expect(parseNumber(',5', { decimalComma: true })).toBe(0.5);
    expect(parseNumber('1,2,3', { decimalComma: true })).toBeNull();
    expect(parseNumber('1.5', { decimalComma: true })).toBe(1.5);
  });

  it('parseNumber("-0") gives +0 so it formats as "0"', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });

  it('parseNumber(String(x)) returns x exactly for seeded random doubles', () => {
    const r = rng(7);
    for (let i = 0; i < 2000; i++) {
      const x = (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
      expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x);
      expect(parseNumber(String(x).replace('-', '\u2212'))).toBe(x === 0 ? 0 : x);
    }
  });

  it('parseNumber(non-string) gives null instead of throwing', () => {
    expect(parseNumber(undefined as unknown as string)).toBeNull();
    expect(parseNumber(3 as unknown as string)).toBeNull();
  });
});

describe('decimalPlaces and roundTo', () => {
  it.each([
    [0, 0],
    [1500, 0],
    [0.1, 1],
    [0.25, 2],
    [-0.125, 3],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
    [NaN, 0],
    [Infinity, 0],
  ])('decimalPlaces(%d) is %d', (x, expected) => {
    expect(decimalPlaces(x)).toBe(expected);
  });

  it('roundTo(0.1 + 0.2, 1) removes float drift', () => {
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(roundTo(-1e-12, 3)).toBe(0);
    expect(Object.is(roundTo(-1e-12, 3), 0)).toBe(true);
    expect(roundTo(1e22, 2)).toBe(1e22);
    expect(roundTo(NaN, 2)).toBeNaN();
  });
});

describe('clampToStep', () => {
  it('clampToStep(0.30000000000000004, 0, 1, 0.1) gives exactly 0.3', () => {
    expect(clampToStep(0.1 + 0.2, 0, 1, 0.1)).toBe(0.3);
  });

  it.each([
    // value, min, max, step, expected
    [7, 0, 10, 5, 5],
    [7.5, 0, 10, 5, 10],
    [12, 1, 10, 4, 9],
    [-3, 0, 10, 1, 0],
    [30, 0, 10, 1, 10],
    [0.55, 0, 1, 0.1, 0.6],
    [0.449, 0, 1, 0.1, 0.4],
    [2.26, 0.01, 5, 0.25, 2.26],
    [2.3, 0.01, 5, 0.25, 2.26],
    [-0.7, -1, 1, 0.5, -0.5],
    [0.7, -1, 1, 0.5, 0.5],
    [1, 0, 1, 0.3, 0.9],
    [5, 0, 10, 0, 5],
    [5.123, 0, 10, -1, 5.123],
    [5.123, 0, 10, NaN, 5.123],
    [3, 5, 1, 1, 5],
    [0.000123, 0, 0.001, 0.0001, 0.0001],
  ])('clampToStep(%d, %d, %d, %d) gives %d', (value, min, max, step, expected) => {
    expect(clampToStep(value, min, max, step)).toBe(expected);
  });

  it('clampToStep(NaN, …) gives min and infinities give the nearest end on the grid', () => {
    expect(clampToStep(NaN, 2, 9, 1)).toBe(2);
    expect(clampToStep(Infinity, 0, 1, 0.3)).toBe(0.9);
    expect(clampToStep(-Infinity, -2, 3, 1)).toBe(-2);
  });

  it('clampToStep(…, -Infinity, max, step) clamps without snapping', () => {
    expect(clampToStep(2.5, -Infinity, 10, 1)).toBe(2.5);
    expect(clampToStep(20, -Infinity, 10, 1)).toBe(10);
  });

  it('clampToStep gives on-grid, in-range, drift-free values for seeded random inputs', () => {
    const r = rng(11);
    const steps = [1, 0.1, 0.01, 0.05, 0.25, 2, 5, 0.001, 1e-6];
    for (let i = 0; i < 5000; i++) {
      const step = steps[Math.floor(r() * steps.length)];
      const min = roundTo((r() - 0.5) * 100, decimalPlaces(step));
      const max = roundTo(min + r() * 50 * step * 10, decimalPlaces(step));
      const value = (r() - 0.5) * 400;
      const v = clampToStep(value, min, max, step);
      expect(v).toBeGreaterThanOrEqual(min);
      expect(v).toBeLessThanOrEqual(max);
      const k = (v - min) / step;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
      // No float noise: the value has no more decimals than the step and min.
      expect(decimalPlaces(v)).toBeLessThanOrEqual(Math.max(decimalPlaces(step), decimalPlaces(min)));
      // Idempotent.
      expect(clampToStep(v, min, max, step)).toBe(v);
    }
  });

  it('clampToStep picks the nearest grid point when the value lies inside the range', () => {
    const r = rng(5);
    for (let i = 0; i < 1000; i++) {
      const step = 0.5;
      const v0 = r() * 10;
      const v = clampToStep(v0, 0, 10, step);
      expect(Math.abs(v - v0)).toBeLessThanOrEqual(step / 2 + 1e-12);
    }
  });
});

describe('nudge', () => {
  it('nudge(0.2, 0.1) gives exactly 0.3 and clamps at the bounds', () => {
    expect(nudge(0.2, 0.1)).toBe(0.3);
    expect(nudge(0.95, 0.1, { max: 1 })).toBe(1);
    expect(nudge(5, -10, { min: 0 })).toBe(0);
    expect(nudge(1.23, 1)).toBe(2.23);
  });

  it('nudge(NaN, delta) starts from min when given, else 0', () => {
    expect(nudge(NaN, 1, { min: 3 })).toBe(4);
    expect(nudge(NaN, 1)).toBe(1);
  });

  it('nudge repeated ten times by 0.1 from 0 gives exactly 1', () => {
    let v = 0;
    for (let i = 0; i < 10; i++) v = nudge(v, 0.1);
    expect(v).toBe(1);
  });
});

describe('validateNumber', () => {
  it('validateNumber gives the number for valid text', () => {
    expect(validateNumber(' 2.5 ', { min: 0, max: 3 })).toEqual({ ok: true, value: 2.5 });
    expect(validateNumber('−1', {})).toEqual({ ok: true, value: -1 });
    expect(validateNumber('4', { integer: true })).toEqual({ ok: true, value: 4 });
  });

  it.each([
    ['', {}, 'enter a number'],
    ['abc', {}, '“abc” is not a number'],
    ['1,5', {}, '“1,5” is not a number'],
    ['1.5', { integer: true }, 'must be a whole number'],
    ['-1', { min: 0 }, 'must be at least 0'],
    ['1.01', { max: 1 }, 'must be at most 1'],
    ['0.3', { min: 0.1 + 0.2 + 0.01 }, 'must be at least 0.31'],
  ] as const)('validateNumber(%j, %j) explains %j', (text, c, message) => {
    expect(validateNumber(text, c)).toEqual({ ok: false, message });
  });

  it('validateNumber(text, { decimalComma }) accepts 1,5', () => {
    expect(validateNumber('1,5', { decimalComma: true })).toEqual({ ok: true, value: 1.5 });
  });

  it('quoteInput shortens long text with an ellipsis', () => {
    expect(quoteInput('x'.repeat(100))).toBe(`“${'x'.repeat(23)}…”`);
    expect(quoteInput('  ab ')).toBe('“ab”');
  });
});

describe('formatEditable', () => {
  it.each([
    [0.1 + 0.2, undefined, '0.3'],
    [NaN, undefined, '—'],
    [Infinity, undefined, '—'],
    [-Infinity, 3, '—'],
    [-0, undefined, '0'],
    [1 / 3, 3, '0.333'],
    [2 / 3, 3, '0.667'],
    [0.5, 3, '0.5'],
    [2, 3, '2'],
    [-2.5, 0, '-3'],
    [1234.5678, 2, '1234.57'],
    [-0.0001, 3, '-1e-4'],
    [0.0000123, 3, '1.23e-5'],
    [-0.0004, 2, '-4e-4'],
    [1e22, 3, '1e+22'],
    [123456789, undefined, '123456789'],
    [-1e-10, 12, '-0.0000000001'],
  ])('formatEditable(%d, { digits: %j }) gives %j', (value, digits, expected) => {
    expect(formatEditable(value, { digits })).toBe(expected);
  });

  it('formatEditable(NaN, { missing }) uses the given placeholder', () => {
    expect(formatEditable(NaN, { missing: '' })).toBe('');
    expect(formatEditable('x' as unknown as number)).toBe('—');
  });

  it('formatEditable output parses back to the rounded value for seeded random inputs', () => {
    const r = rng(3);
    for (let i = 0; i < 2000; i++) {
      const x = (r() - 0.5) * 10 ** Math.floor(r() * 12 - 6);
      const digits = Math.floor(r() * 6);
      const text = formatEditable(x, { digits });
      const back = parseNumber(text);
      expect(back).not.toBeNull();
      expect(Math.abs((back as number) - x)).toBeLessThanOrEqual(
        Math.max(0.5 * 10 ** -digits + 1e-15, Math.abs(x) * 10 ** -Math.max(digits - 1, 0)),
      );
    }
  });
});
