import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { expectClose } from '@/lib/testing';
import { logRatio, lpNorm, MIN_NORMAL, magnitudes, meanScaledPower, powerMean, ratioPower } from './norms';

describe('magnitudes', () => {
  it('magnitudes(x) takes |x|, reads NaN as 0 and ±Infinity as the largest finite magnitude', () => {
    expect(Array.from(magnitudes([-2, Number.NaN, Number.POSITIVE_INFINITY, 1]))).toEqual([2, 0, 2, 1]);
    expect(Array.from(magnitudes([Number.NEGATIVE_INFINITY, 0]))).toEqual([1, 0]);
    expect(Array.from(magnitudes([]))).toEqual([]);
  });
});

describe('lpNorm', () => {
  it('lpNorm(x, p) gives the textbook values for p = 1, 2, ∞, ½ and the nonzero count for p = 0', () => {
    expect(lpNorm([3, -4], 2)).toBe(5);
    expect(lpNorm([3, -4], 1)).toBe(7);
    expect(lpNorm([3, -4], Number.POSITIVE_INFINITY)).toBe(4);
    expectClose(lpNorm([1, 4], 0.5), 9);
    expect(lpNorm([1, 0, 2], 0)).toBe(2);
    expectClose(lpNorm([1, 2], -1), 2 / 3);
    expect(lpNorm([1, 0], -1)).toBe(0);
  });

  it('lpNorm(x, p) does not overflow or underflow at 1e±200 and 1e±300', () => {
    expectClose(lpNorm([1e200, 1e200], 2), Math.SQRT2 * 1e200);
    expectClose(lpNorm([1e-200, 1e-200], 2), Math.SQRT2 * 1e-200);
    expectClose(lpNorm([1e300, -1e300, 1e300], 3), 3 ** (1 / 3) * 1e300);
    expectClose(lpNorm([1e-300, 1e-300], 4), 2 ** 0.25 * 1e-300);
  });

  it('lpNorm matches the direct formula on seeded random vectors and is non-increasing in p', () => {
    const rng = createRng('lpNorm');
    for (let t = 0; t < 200; t++) {
      const n = rng.int(1, 20);
      const x = Array.from({ length: n }, () => rng.normal());
      const p = 0.2 + 6 * rng.next();
      const direct = x.reduce((s, v) => s + Math.abs(v) ** p, 0) ** (1 / p);
      expectClose(lpNorm(x, p), direct, { rtol: 1e-12 });
      expect(lpNorm(x, p + 0.5)).toBeLessThanOrEqual(lpNorm(x, p) * (1 + 1e-12));
    }
  });

  it('lpNorm gives 0 for the empty vector, the zero vector and NaN p', () => {
    expect(lpNorm([], 2)).toBe(0);
    expect(lpNorm([0, 0], 2)).toBe(0);
    expect(lpNorm([1, 2], Number.NaN)).toBe(0);
  });
});

describe('powerMean', () => {
  it('powerMean(x, p) gives the arithmetic, geometric, harmonic, max and min means', () => {
    expect(powerMean([1, 4], 1)).toBe(2.5);
    expectClose(powerMean([1, 4], 0), 2);
    expectClose(powerMean([1, 4], -1), 1.6);
    expect(powerMean([1, 4], Number.POSITIVE_INFINITY)).toBe(4);
    expect(powerMean([1, 4], Number.NEGATIVE_INFINITY)).toBe(1);
    expect(powerMean([0, 4], 0)).toBe(0);
    expect(powerMean([0, 4], -2)).toBe(0);
  });

  it('powerMean is continuous at p = 0 and non-decreasing in p on seeded random vectors', () => {
    const rng = createRng('powerMean');
    for (let t = 0; t < 100; t++) {
      const x = Array.from({ length: rng.int(1, 12) }, () => 0.01 + rng.next());
      expectClose(powerMean(x, 1e-7), powerMean(x, 0), { rtol: 1e-5 });
      let last = 0;
      for (const p of [-3, -1, -0.1, 0, 0.1, 1, 2, 5]) {
        const m = powerMean(x, p);
        expect(m).toBeGreaterThanOrEqual(last * (1 - 1e-12));
        last = m;
      }
    }
  });

  it('powerMean(x, p) = n^{−1/p}·lpNorm(x, p) and survives 1e300 entries', () => {
    expectClose(powerMean([1, 2, 3], 2), lpNorm([1, 2, 3], 2) / Math.sqrt(3));
    expectClose(powerMean([1e300, 1e300], 2), 1e300);
    expect(powerMean([], 2)).toBe(0);
  });
});

describe('logRatio, ratioPower and meanScaledPower', () => {
  it('logRatio(c, m) is log(c/m), also where c/m underflows', () => {
    expect(logRatio(1, Math.E)).toBe(-1);
    // 1e−300/1e300 is 0 in doubles; its log is −600·log 10.
    expectClose(logRatio(1e-300, 1e300), -600 * Math.LN10, { rtol: 1e-14 });
    expectClose(logRatio(5e-324, 1), Math.log(5e-324), { rtol: 1e-15 });
  });

  it('ratioPower(c, m, p) is (c/m)^p, also where c/m or the power is below 2^−1022', () => {
    expect(ratioPower(3, 4, 2)).toBe(0.5625);
    expect(ratioPower(0, 4, 0.5)).toBe(0);
    // (1e−300/1e300)^0.1 = 1e−60, though 1e−300/1e300 underflows.
    expectClose(ratioPower(1e-300, 1e300, 0.1), 1e-60, { rtol: 1e-12 });
    // 2^−1073 / 2^−1070 = 1/8 exactly, from two subnormals.
    expect(ratioPower(2 ** -1073, 2 ** -1070, 1 / 3)).toBeCloseTo(0.5, 15);
    // (2^−600)^2 = 2^−1200 underflows to 0 in doubles; the power is 0 as well, not NaN.
    expect(ratioPower(2 ** -600, 1, 2)).toBe(0);
    expect(ratioPower(2 ** -520, 1, 2)).toBe(2 ** -1040);
    expect(ratioPower(2 ** -520, 1, 2) < MIN_NORMAL).toBe(true);
  });

  it('meanScaledPower(c, m, p) lies in [1/n, 1] and is scale-free down to the subnormals', () => {
    expect(meanScaledPower([1, 2, 3, 4], 4, 1)).toBe(0.625);
    const x = [1, 2, 3, 4].map((v) => v * 2 ** -1070);
    expect(meanScaledPower(x, 4 * 2 ** -1070, 1)).toBe(0.625);
    expect(meanScaledPower([0, 0, 1e-300], 1e-300, 2)).toBeCloseTo(1 / 3, 15);
  });
});
