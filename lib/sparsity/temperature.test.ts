import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  logSpace,
  renyiIdentity,
  renyiIdentityCurve,
  seededLogits,
  softmaxAtTemperature,
  sStarFromRenyi,
  temperaturePath,
} from './temperature';

const INF = Number.POSITIVE_INFINITY;

describe('softmaxAtTemperature', () => {
  it('softmaxAtTemperature(z, T) matches exp(zᵢ/T)/Σexp(zⱼ/T) computed directly', () => {
    // Direct formula on small logits (no overflow): an independent recomputation.
    const z = [0.3, -1.2, 2, 0.7];
    for (const T of [0.25, 1, 3.5]) {
      const e = z.map((v) => Math.exp(v / T));
      const s = e.reduce((a, b) => a + b, 0);
      expectClose(
        softmaxAtTemperature(z, T),
        e.map((v) => v / s),
        { rtol: 1e-14 },
      );
    }
    expectClose(softmaxAtTemperature([0, Math.log(3)], 1), [0.25, 0.75], { rtol: 1e-15 });
  });

  it('softmaxAtTemperature(z, 0) is one-hot at the maximum, shared equally on ties', () => {
    expect(Array.from(softmaxAtTemperature([1, 5, 2], 0))).toEqual([0, 1, 0]);
    expect(Array.from(softmaxAtTemperature([1, 2, 2], 0))).toEqual([0, 0.5, 0.5]);
    expect(Array.from(softmaxAtTemperature([-7, -7, -7, -9], 0))).toEqual([1 / 3, 1 / 3, 1 / 3, 0]);
  });

  it('softmaxAtTemperature(z, Infinity) is uniform, and huge T approaches it', () => {
    expect(Array.from(softmaxAtTemperature([1, 2, 30], INF))).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expectClose(softmaxAtTemperature([1, 2, 30], 1e12), [1 / 3, 1 / 3, 1 / 3], { rtol: 1e-9 });
  });

  it('softmaxAtTemperature(z, tiny T) neither overflows nor loses the maximum, even for negative logits', () => {
    expect(Array.from(softmaxAtTemperature([-1000, -1001], 1e-300))).toEqual([1, 0]);
    expect(Array.from(softmaxAtTemperature([1000, 999], 1e-300))).toEqual([1, 0]);
    expect(Array.from(softmaxAtTemperature([3, 3 - 1e-9], 1e-12))).toEqual([1, 0]);
  });

  it('softmaxAtTemperature sums to 1 and keeps the logits’ order on seeded random inputs', () => {
    const rng = createRng('temperature-order');
    for (let trial = 0; trial < 30; trial++) {
      const n = rng.int(1, 60);
      const z = Array.from({ length: n }, () => rng.normal(0, 4));
      const T = Math.exp(rng.normal(0, 2));
      const w = softmaxAtTemperature(z, T);
      expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++)
          if ((z[i] as number) > (z[j] as number)) expect(w[i]).toBeGreaterThanOrEqual(w[j] as number);
      }
    }
  });

  it('softmaxAtTemperature handles empty, NaN and bad temperatures as documented', () => {
    expect(softmaxAtTemperature([], 1)).toHaveLength(0);
    expect(Array.from(softmaxAtTemperature([1, Number.NaN], 1)).every(Number.isNaN)).toBe(true);
    expect(() => softmaxAtTemperature([1], -1)).toThrow(RangeError);
    expect(() => softmaxAtTemperature([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('logSpace', () => {
  it('logSpace(0.01, 100, 5) gives the powers of ten, ends exact', () => {
    const xs = logSpace(0.01, 100, 5);
    expectClose(xs, [0.01, 0.1, 1, 10, 100], { rtol: 1e-14 });
    expect(xs[0]).toBe(0.01);
    expect(xs[4]).toBe(100);
  });

  it('logSpace has constant ratios, and handles counts 0 and 1 and bad bounds', () => {
    const xs = logSpace(0.02, 50, 300);
    for (let k = 1; k < 299; k++) expectClose(xs[k + 1] / xs[k], xs[1] / xs[0], { rtol: 1e-12 });
    expect(logSpace(1, 2, 0)).toHaveLength(0);
    expect(Array.from(logSpace(3, 9, 1))).toEqual([3]);
    expect(() => logSpace(0, 1, 3)).toThrow(RangeError);
    expect(() => logSpace(1, INF, 3)).toThrow(RangeError);
    expect(() => logSpace(1, 2, 2.5)).toThrow(RangeError);
  });
});

describe('seededLogits', () => {
  it('seededLogits(n, seed, spread) is reproducible and scales with the spread', () => {
    const a = seededLogits(16, 7, 1);
    expect(Array.from(seededLogits(16, 7, 1))).toEqual(Array.from(a));
    expectClose(
      seededLogits(16, 7, 3),
      Array.from(a, (v) => 3 * v),
      { rtol: 1e-15 },
    );
    expect(Array.from(seededLogits(16, 8, 1))).not.toEqual(Array.from(a));
    // Same draws as createRng(seed).normal(0, spread) in order.
    const rng = createRng(7);
    expectClose(
      a,
      Array.from({ length: 16 }, () => rng.normal(0, 1)),
      { rtol: 0, atol: 0 },
    );
  });

  it('seededLogits(n, seed, spread, k) ties exactly the k largest at the maximum and leaves the rest', () => {
    const base = seededLogits(20, 3, 2);
    const tied = seededLogits(20, 3, 2, 4);
    const max = Math.max(...base);
    const order = Array.from(base.keys()).sort((i, j) => base[j] - base[i]);
    for (let r = 0; r < 20; r++) {
      const i = order[r];
      expect(tied[i]).toBe(r < 4 ? max : base[i]);
    }
    expect(Array.from(seededLogits(3, 1, 1, 99)).every((v, _, all) => v === all[0])).toBe(true);
    expect(seededLogits(0, 1, 1)).toHaveLength(0);
    expect(() => seededLogits(-1, 1, 1)).toThrow(RangeError);
    expect(() => seededLogits(3, 1, -1)).toThrow(RangeError);
  });
});

describe('renyiIdentity', () => {
  it('renyiIdentity(one-hot, p) gives S* = n^{(1−p)/p} and H_p = 0 on both sides', () => {
    // Reference from the post: S*₁,₂([1,0,0,0]) = 0.5.
    const c = renyiIdentity([1, 0, 0, 0], 2);
    expectClose(c.sStar, 0.5, { rtol: 1e-15 });
    expectClose(c.predicted, 0.5, { rtol: 1e-15 });
    expect(Math.abs(c.renyi)).toBe(0);
    for (const p of [1.5, 3, 8]) {
      const d = renyiIdentity([0, 0, 1, 0, 0], p);
      expectClose(d.sStar, 5 ** ((1 - p) / p), { rtol: 1e-14 });
      expectClose(d.predicted, 5 ** ((1 - p) / p), { rtol: 1e-14 });
    }
  });

  it('renyiIdentity(uniform, p) gives S* = 1 and H_p = log n', () => {
    const c = renyiIdentity([0.25, 0.25, 0.25, 0.25], 3);
    expectClose(c.sStar, 1, { rtol: 1e-15 });
    expectClose(c.renyi, Math.log(4), { rtol: 1e-14 });
    expectClose(c.predicted, 1, { rtol: 1e-14 });
  });

  it('renyiIdentity(x, p) has both sides equal on seeded random vectors, normalised or not', () => {
    const rng = createRng('renyi-identity');
    for (let trial = 0; trial < 60; trial++) {
      const n = rng.int(2, 200);
      const x = Array.from({ length: n }, () => rng.next() ** 3);
      const p = 1 + 7 * rng.next() + 1e-3;
      const c = renyiIdentity(x, p);
      expect(Math.abs(c.difference)).toBeLessThan(1e-12);
      expectClose(c.predicted, c.sStar, { rtol: 1e-12 });
      // Scaling x changes neither side.
      expectClose(
        renyiIdentity(
          x.map((v) => 5 * v),
          p,
        ).sStar,
        c.sStar,
        { rtol: 1e-13 },
      );
    }
  });

  it('renyiIdentity(x, p) holds for p < 1 too: the left side is M₁/Mₚ ≥ 1, not its reciprocal', () => {
    // One-hot of length 4 at p = ½: n^{1/p−1} = 4, H_½ = 0, right side exp(−(−1)·log 4) = 4.
    const c = renyiIdentity([1, 0, 0, 0], 0.5);
    expectClose(c.sStar, 4, { rtol: 1e-14 });
    expectClose(c.predicted, 4, { rtol: 1e-14 });
    // x = [2, 1, 1] at p = ½ by hand: x/Σx = [½, ¼, ¼], Σ√xᵢ = (√2 + 2)/2, H_½ = 2·log Σ√xᵢ,
    // left side 3^{1}·‖x‖₁/‖x‖_½ = 3/(Σ√xᵢ)² for the normalised x.
    const sum = (Math.SQRT2 + 2) / 2;
    const d = renyiIdentity([2, 1, 1], 0.5);
    expectClose(d.renyi, 2 * Math.log(sum), { rtol: 1e-14 });
    expectClose(d.sStar, 3 / sum ** 2, { rtol: 1e-14 });
    const rng = createRng('renyi-identity-below-1');
    for (let trial = 0; trial < 40; trial++) {
      const x = Array.from({ length: rng.int(2, 100) }, () => rng.next() ** 2);
      const e = renyiIdentity(x, 0.05 + 0.9 * rng.next());
      expect(e.sStar).toBeGreaterThanOrEqual(1);
      expectClose(e.predicted, e.sStar, { rtol: 1e-12 });
    }
  });

  it('renyiIdentity([2, 1, 1], 2) matches a hand computation', () => {
    // x = [1/2, 1/4, 1/4]: Σx² = 3/8, H₂ = log(8/3); S*₁,₂ = ‖x‖₁/(√3‖x‖₂) = 1/(√3·√(3/8)) = √8/3.
    const c = renyiIdentity([2, 1, 1], 2);
    expectClose(c.renyi, Math.log(8 / 3), { rtol: 1e-14 });
    expectClose(c.sStar, Math.sqrt(8) / 3, { rtol: 1e-14 });
    expectClose(c.predicted, Math.sqrt(8) / 3, { rtol: 1e-14 });
  });
});

describe('sStarFromRenyi', () => {
  it('sStarFromRenyi(H, n, p) runs from n^{(1−p)/p} at H = 0 to 1 at H = log n', () => {
    expectClose(sStarFromRenyi(0, 4, 2), 0.5, { rtol: 1e-15 });
    expectClose(sStarFromRenyi(Math.log(4), 4, 2), 1, { rtol: 1e-15 });
    expectClose(sStarFromRenyi(0, 32, 3), 32 ** (-2 / 3), { rtol: 1e-14 });
    // log S* is linear in H with slope (p − 1)/p.
    const slope = Math.log(sStarFromRenyi(1, 10, 4) / sStarFromRenyi(0.5, 10, 4)) / 0.5;
    expectClose(slope, 3 / 4, { rtol: 1e-13 });
    expect(sStarFromRenyi(0, 0, 2)).toBe(1);
  });
});

describe('temperaturePath', () => {
  it('temperaturePath runs from near one-hot to near uniform and the identity holds everywhere', () => {
    const n = 32;
    const z = seededLogits(n, 1, 2);
    const path = temperaturePath(z, logSpace(1e-3, 1e4, 300), 2);
    expect(path.sStar).toHaveLength(300);
    expect(path.maxAbsDifference).toBeLessThan(1e-12);
    expect(path.argMaxDifference).toBeGreaterThanOrEqual(0);
    expectClose(path.sStar[0], n ** (-1 / 2), { rtol: 1e-6 });
    expect(path.renyi[0]).toBeLessThan(1e-6);
    expectClose(path.sStar[299], 1, { rtol: 1e-6 });
    expectClose(path.renyi[299], Math.log(n), { rtol: 1e-6 });
    // Hotter is never sparser: S* and H_p rise along the path (softmax with temperature is majorisation-monotone).
    for (let k = 1; k < 300; k++) {
      expect(path.sStar[k]).toBeGreaterThanOrEqual(path.sStar[k - 1] - 1e-14);
      expect(path.renyi[k]).toBeGreaterThanOrEqual(path.renyi[k - 1] - 1e-12);
    }
  });

  it('temperaturePath at the exact limits T = 0 and ∞ with k tied maxima gives S* = (k/n)^{(p−1)/p}, H_p = log k', () => {
    const n = 10;
    const k = 3;
    const p = 2.5;
    const path = temperaturePath(seededLogits(n, 4, 1.5, k), [0, INF], p);
    expectClose(path.sStar[0], (k / n) ** ((p - 1) / p), { rtol: 1e-14 });
    expectClose(path.renyi[0], Math.log(k), { rtol: 1e-14 });
    expectClose(path.sStar[1], 1, { rtol: 1e-14 });
    expectClose(path.renyi[1], Math.log(n), { rtol: 1e-14 });
    expect(path.maxAbsDifference).toBeLessThan(1e-14);
  });

  it('temperaturePath records the largest |difference| and its index, and an empty path gives 0 and −1', () => {
    const path = temperaturePath(seededLogits(8, 2, 3), logSpace(0.1, 10, 7), 4);
    const diffs = Array.from(path.difference, Math.abs);
    expect(path.maxAbsDifference).toBe(Math.max(...diffs));
    expect(diffs[path.argMaxDifference]).toBe(path.maxAbsDifference);
    const empty = temperaturePath([1, 2], [], 2);
    expect(empty.maxAbsDifference).toBe(0);
    expect(empty.argMaxDifference).toBe(-1);
  });
});

describe('renyiIdentityCurve', () => {
  it('renyiIdentityCurve(n, p, k) runs from (0, n^{(1−p)/p}) to (log n, 1) in k equal steps of H', () => {
    const { h, s } = renyiIdentityCurve(4, 2, 2);
    expectClose(Array.from(h), [0, Math.LN2, Math.log(4)]);
    expectClose(Array.from(s), [0.5, Math.SQRT1_2, 1]);
    const c = renyiIdentityCurve(32, 3, 120);
    expect(c.h).toHaveLength(121);
    expectClose(c.s[0] as number, 32 ** (-2 / 3));
    expectClose(c.s[120] as number, 1);
    for (let i = 1; i <= 120; i++) expect(c.s[i] as number).toBeGreaterThan(c.s[i - 1] as number);
  });

  it('every softmax on the path lies on the curve: renyiIdentity’s two sides agree', () => {
    const z = seededLogits(16, 3, 2);
    for (const T of [0.05, 0.5, 5]) {
      const check = renyiIdentity(softmaxAtTemperature(z, T), 2.5);
      expectClose(check.sStar, sStarFromRenyi(check.renyi, 16, 2.5), { rtol: 1e-12 });
    }
  });

  it('renyiIdentityCurve gives the single point (0, 1) for n < 1', () => {
    const { h, s } = renyiIdentityCurve(0, 2, 10);
    expect(Array.from(h)).toEqual([0]);
    expect(Array.from(s)).toEqual([1]);
  });
});
