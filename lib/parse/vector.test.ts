import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { roundTo } from './number';
import { formatVectorText, parseVectorText } from './vector';

const limits = { minLength: 2, maxLength: 5, min: -1, max: 1 };

describe('parseVectorText', () => {
  it('parseVectorText reads commas, spaces, semicolons, brackets and the typeset minus', () => {
    expect(parseVectorText('0.1, 0.5, 1', limits)).toEqual({ ok: true, values: [0.1, 0.5, 1] });
    expect(parseVectorText('[1 0  −0.5]', limits)).toEqual({ ok: true, values: [1, 0, -0.5] });
    expect(parseVectorText(' 1;2e-1 ', limits)).toEqual({ ok: true, values: [1, 0.2] });
  });
  it('parseVectorText names the first bad entry, an empty entry, a value out of range and a bad count', () => {
    expect(parseVectorText('1, abc, 2', limits)).toEqual({
      ok: false,
      message: 'Entry 2: “abc” is not a number.',
    });
    expect(parseVectorText('1,,0', limits)).toEqual({ ok: false, message: 'Entry 2 is empty.' });
    expect(parseVectorText('0.5, 2', limits)).toEqual({
      ok: false,
      message: 'Entry 2: 2 is outside [-1, 1].',
    });
    expect(parseVectorText('1', limits)).toEqual({ ok: false, message: '1 entry: the vector needs 2–5.' });
    expect(parseVectorText('', limits).ok).toBe(false);
    expect(parseVectorText('NaN, 1', limits).ok).toBe(false);
  });
  it('formatVectorText then parseVectorText round-trips seeded vectors exactly', () => {
    const rng = createRng('vector-text');
    for (let t = 0; t < 100; t++) {
      const x = Array.from({ length: rng.int(2, 5) }, () => Number((rng.next() * 2 - 1).toFixed(6)));
      expect(parseVectorText(formatVectorText(x), limits)).toEqual({
        ok: true,
        values: x.map((v) => v || 0),
      });
    }
  });
});

describe('rounding a vector to the decimals a URL keeps', () => {
  it('x.map((v) => roundTo(v, d)) keeps d decimals and writes −0 as 0', () => {
    expect([0.1234567, -0.0000001, 1 / 3].map((v) => roundTo(v, 6))).toEqual([0.123457, 0, 0.333333]);
    expect(Object.is(roundTo(-1e-9, 3), 0)).toBe(true);
  });
});
