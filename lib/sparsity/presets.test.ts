import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  gaussianNoiseVector,
  oneHotVector,
  powerLawVector,
  scaleToMax,
  scaleToSum,
  softmaxLogitsVector,
  uniformVector,
} from './presets';

describe('oneHotVector', () => {
  it('oneHotVector(4) puts a single 1 first', () => {
    expect(oneHotVector(4)).toEqual([1, 0, 0, 0]);
    expect(oneHotVector(3, 2)).toEqual([0, 0, 1]);
  });
  it('oneHotVector(n, index) gives zeros for an index outside the vector and [] for n = 0', () => {
    expect(oneHotVector(3, 5)).toEqual([0, 0, 0]);
    expect(oneHotVector(3, -1)).toEqual([0, 0, 0]);
    expect(oneHotVector(0)).toEqual([]);
  });
  it('oneHotVector(-1) and oneHotVector(1.5) throw RangeError', () => {
    expect(() => oneHotVector(-1)).toThrow(RangeError);
    expect(() => oneHotVector(1.5)).toThrow(RangeError);
  });
});

describe('uniformVector', () => {
  it('uniformVector(n, c) repeats c n times', () => {
    expect(uniformVector(3)).toEqual([1, 1, 1]);
    expect(uniformVector(2, 0.25)).toEqual([0.25, 0.25]);
    expect(uniformVector(0)).toEqual([]);
  });
});

describe('powerLawVector', () => {
  it('powerLawVector(4, 1) is the harmonic sequence 1/k', () => {
    expectClose(powerLawVector(4, 1), [1, 1 / 2, 1 / 3, 1 / 4], { rtol: 1e-15 });
  });
  it('powerLawVector(n, 0) is uniform and powerLawVector(n, 2) is 1/k²', () => {
    expect(powerLawVector(5, 0)).toEqual([1, 1, 1, 1, 1]);
    expectClose(powerLawVector(3, 2), [1, 1 / 4, 1 / 9], { rtol: 1e-15 });
  });
  it('powerLawVector(n, s) decreases strictly for every s > 0 (seeded s and n)', () => {
    const rng = createRng('power-law-test');
    for (let t = 0; t < 50; t++) {
      const n = rng.int(2, 64);
      const s = 0.05 + rng.next() * 5;
      const x = powerLawVector(n, s);
      for (let k = 1; k < n; k++) expect(x[k]).toBeLessThan(x[k - 1]);
      expect(x[0]).toBe(1);
    }
  });
  it('powerLawVector(n, Infinity) throws RangeError', () => {
    expect(() => powerLawVector(3, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('gaussianNoiseVector', () => {
  it('gaussianNoiseVector(n, seed) is the same for the same seed and differs for another seed', () => {
    expect(gaussianNoiseVector(16, 7)).toEqual(gaussianNoiseVector(16, 7));
    expect(gaussianNoiseVector(16, 7)).not.toEqual(gaussianNoiseVector(16, 8));
  });
  it('gaussianNoiseVector(n, seed) has a prefix that does not depend on n', () => {
    expect(gaussianNoiseVector(20, 3).slice(0, 5)).toEqual(gaussianNoiseVector(5, 3));
  });
  it('gaussianNoiseVector(n, seed, sd, limit) stays inside [−limit, limit] and has sample sd near sd', () => {
    const x = gaussianNoiseVector(4000, 11, 0.4, 1);
    for (const v of x) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeGreaterThan(0.37);
    expect(sd).toBeLessThan(0.43);
    const clamped = gaussianNoiseVector(200, 1, 5, 0.5);
    expect(Math.max(...clamped.map(Math.abs))).toBe(0.5);
  });
  it('gaussianNoiseVector rejects a negative sd and a non-positive limit', () => {
    expect(() => gaussianNoiseVector(3, 1, -1)).toThrow(RangeError);
    expect(() => gaussianNoiseVector(3, 1, 1, 0)).toThrow(RangeError);
  });
});

describe('softmaxLogitsVector', () => {
  it('softmaxLogitsVector(n, seed, T) is a probability vector with positive entries (seeded n, T)', () => {
    const rng = createRng('softmax-logits-test');
    for (let t = 0; t < 40; t++) {
      const n = rng.int(2, 64);
      const T = 0.2 + rng.next() * 5;
      const p = softmaxLogitsVector(n, t, T);
      expect(p).toHaveLength(n);
      expectClose(
        p.reduce((a, b) => a + b, 0),
        1,
        { rtol: 1e-12 },
      );
      for (const v of p) expect(v).toBeGreaterThan(0);
    }
  });
  it('softmaxLogitsVector keeps the order of the logits across temperatures (one path)', () => {
    const a = softmaxLogitsVector(10, 5, 0.5);
    const b = softmaxLogitsVector(10, 5, 3);
    const order = (x: number[]) => x.map((_, i) => i).sort((i, j) => x[j] - x[i]);
    expect(order(a)).toEqual(order(b));
  });
  it('softmaxLogitsVector tends to one-hot for small T and to uniform 1/n for large T', () => {
    const cold = softmaxLogitsVector(8, 2, 0.005);
    expect(Math.max(...cold)).toBeGreaterThan(0.999);
    const hot = softmaxLogitsVector(8, 2, 1e6);
    expectClose(hot, new Array(8).fill(1 / 8), { rtol: 1e-5 });
  });
  it('softmaxLogitsVector(n, seed, 1) equals the softmax of the seeded normal draws (reference)', () => {
    const rng = createRng('softmax-logits:3');
    const z = Array.from({ length: 5 }, () => rng.normal());
    const e = z.map((v) => Math.exp(v));
    const s = e.reduce((a, b) => a + b, 0);
    expectClose(
      softmaxLogitsVector(5, 3, 1),
      e.map((v) => v / s),
      { rtol: 1e-14 },
    );
  });
  it('softmaxLogitsVector rejects T ≤ 0 and non-finite T', () => {
    expect(() => softmaxLogitsVector(3, 1, 0)).toThrow(RangeError);
    expect(() => softmaxLogitsVector(3, 1, Number.NaN)).toThrow(RangeError);
  });
});

describe('scaleToMax and scaleToSum', () => {
  it('scaleToMax(x) divides by max|x| and keeps signs', () => {
    expect(scaleToMax([2, -4, 1])).toEqual([0.5, -1, 0.25]);
  });
  it('scaleToSum(x) divides by Σ|x|', () => {
    expect(scaleToSum([1, -3])).toEqual([0.25, -0.75]);
  });
  it('scaleToMax and scaleToSum leave the zero, empty and non-finite vectors unchanged', () => {
    expect(scaleToMax([0, 0])).toEqual([0, 0]);
    expect(scaleToSum([])).toEqual([]);
    expect(scaleToMax([1, Number.POSITIVE_INFINITY])).toEqual([1, Number.POSITIVE_INFINITY]);
    expect(scaleToSum([1, Number.NaN])).toEqual([1, Number.NaN]);
  });
});
