import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { expectClose, RATIO_MEASURE_IDS } from '@/lib/testing';
import fixtures from './fixtures.json';
import {
  energyEntropy,
  energyEntropyPrime,
  gaussianEntropy,
  gini,
  hoyer,
  kappa4,
  l0,
  l0Eps,
  l2OverL1,
  negL1,
  negLog,
  negLp,
  negLpMinus,
  negTanh,
  pqMean,
  renyiEntropy,
  s0,
  s1p,
  shannonEntropy,
  sStar,
  sStarBounds,
  uTheta,
} from './measures';
import { getMeasure, measures } from './registry';

// Su Jianlin, "如何度量数据的稀疏程度？", kexue.fm/archives/9595 (2023-05-05), via
// /work/shared/reference/original-posts.md §2.
describe("the post's worked values", () => {
  it('s0, s1p, sStar and gini reproduce the values for [1,0,0,0], [1,1,1,1] and [1,2,3,4]', () => {
    const cases: [number[], number, number, number, number][] = [
      [[1, 0, 0, 0], 0.25, 0.25, 0.5, 0.75],
      [[1, 1, 1, 1], 1, 0.5, 1, 0],
      [[1, 2, 3, 4], 0.625, 0.456435, 0.912871, 0.25],
    ];
    for (const [x, e0, e12, eStar, eGini] of cases) {
      // The post prints six decimals: agree to half a unit of the last one.
      expectClose(s0(x), e0, { rtol: 0, atol: 5e-7 });
      expectClose(s1p(x, 2), e12, { rtol: 0, atol: 5e-7 });
      expectClose(sStar(x, 1, 2), eStar, { rtol: 0, atol: 5e-7 });
      expectClose(gini(x), eGini, { rtol: 0, atol: 5e-7 });
    }
  });

  it('sStar([2,3,4,5]) = 0.95258 > sStar([1,2,3,4]), and Robin Hood [1,2,3,4] → [1.5,2,3,3.5] gives 0.95346', () => {
    expectClose(sStar([2, 3, 4, 5]), 0.95258, { rtol: 5e-6 });
    expect(sStar([2, 3, 4, 5])).toBeGreaterThan(sStar([1, 2, 3, 4]));
    expectClose(sStar([1.5, 2, 3, 3.5]), 0.95346, { rtol: 5e-6 });
  });

  it('sStar(x∘x) = sStar(x) while s1p(x∘x, 2) = 2^{−1/2}·s1p(x, 2), and sStar(3x) = sStar(x) (seeded)', () => {
    const rng = createRng('cloning');
    for (let t = 0; t < 100; t++) {
      const x = Array.from({ length: rng.int(1, 30) }, () => rng.normal());
      const xx = [...x, ...x];
      expectClose(sStar(xx), sStar(x), { rtol: 1e-12 });
      expectClose(s1p(xx), s1p(x) / Math.SQRT2, { rtol: 1e-12 });
      expectClose(sStar(x.map((v) => 3 * v)), sStar(x), { rtol: 1e-12 });
    }
  });

  it('sStar(p, 1, q) = exp(−(q−1)/q·(log n − H_q)) for probability vectors (the Rényi identity, seeded)', () => {
    const rng = createRng('renyi-identity');
    for (let t = 0; t < 100; t++) {
      const n = rng.int(2, 40);
      const w = Array.from({ length: n }, () => Math.exp(2 * rng.normal()));
      const sum = w.reduce((a, b) => a + b, 0);
      const prob = w.map((v) => v / sum);
      for (const q of [1.5, 2, 3, 5]) {
        const h = renyiEntropy(prob, q);
        expectClose(sStar(prob, 1, q), Math.exp((-(q - 1) / q) * (Math.log(n) - h)), { rtol: 1e-10 });
      }
    }
  });

  it('sStar(x, 1, 2) = 1/√(1 + Var|x|/(E|x|)²), the statistical form (with the square root the Chinese page drops)', () => {
    const rng = createRng('statistical');
    for (let t = 0; t < 50; t++) {
      const x = Array.from({ length: rng.int(2, 20) }, () => rng.normal());
      const a = x.map(Math.abs);
      const mean = a.reduce((s, v) => s + v, 0) / a.length;
      const variance = a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length;
      expectClose(sStar(x), 1 / Math.sqrt(1 + variance / mean ** 2), { rtol: 1e-12 });
    }
  });
});

describe('measure definitions', () => {
  it('pqMean(x, 1, 2) = −sStar(x, 1, 2) and pqMean(x, p, q) = −sStar(x, p, q) (seeded)', () => {
    const rng = createRng('pq');
    for (let t = 0; t < 50; t++) {
      const x = Array.from({ length: rng.int(1, 20) }, () => rng.normal());
      expect(pqMean(x, 1, 2)).toBe(-sStar(x, 1, 2));
      expect(pqMean(x, 0.5, 3)).toBe(-sStar(x, 0.5, 3));
    }
  });

  it('sStar(x, q, p) with q > p swaps the exponents, q = p gives 1, p = Infinity gives s0', () => {
    const x = [1, 2, 3, 4];
    expect(sStar(x, 2, 1)).toBe(sStar(x, 1, 2));
    expect(sStar(x, 2, 2)).toBe(1);
    expectClose(sStar(x, 1, Number.POSITIVE_INFINITY), s0(x));
    expectClose(s1p(x, Number.POSITIVE_INFINITY), s0(x));
    expect(sStar(x, Number.NaN, -1)).toBe(sStar(x, 1, 2));
  });

  it('hoyer is the affine image (√n − √n·S*)/(√n − 1) of sStar at fixed n', () => {
    const rng = createRng('hoyer');
    for (let t = 0; t < 50; t++) {
      const n = rng.int(2, 30);
      const x = Array.from({ length: n }, () => rng.normal());
      const r = Math.sqrt(n);
      expectClose(hoyer(x), (r - r * sStar(x)) / (r - 1), { rtol: 1e-10, atol: 1e-14 });
    }
  });

  it('renyiEntropy(p, α) gives Shannon at α = 1, −log max at ∞, log #nonzero at 0, and falls with α', () => {
    const p = [0.5, 0.25, 0.25, 0];
    expectClose(renyiEntropy(p, 1), shannonEntropy(p));
    expectClose(shannonEntropy(p), 1.5 * Math.LN2);
    expectClose(renyiEntropy(p, Number.POSITIVE_INFINITY), Math.LN2);
    expectClose(renyiEntropy(p, 0), Math.log(3));
    expectClose(renyiEntropy(p, 2), -Math.log(0.25 + 0.0625 + 0.0625));
    let last = Number.POSITIVE_INFINITY;
    for (const a of [0, 0.5, 0.999, 1, 1.001, 2, 5, 50]) {
      const h = renyiEntropy(p, a);
      expect(h).toBeLessThanOrEqual(last + 1e-12);
      last = h;
    }
  });

  it('the Hurley & Rickard measures give their formulas on small vectors', () => {
    expect(l0([1, 0, 0, 2])).toBe(2);
    expect(l0Eps([0.001, 0.5, -0.002], 0.01)).toBe(2);
    expect(negL1([1, -2, 3])).toBe(-6);
    expectClose(negLp([1, 4], 0.5), -9);
    expectClose(l2OverL1([3, 4]), 5 / 7);
    expectClose(negTanh([1, 0]), -Math.tanh(1));
    expectClose(negTanh([1, 2], 2, 0.5), -(Math.tanh(Math.SQRT2) + Math.tanh(2)));
    expectClose(negLog([1, 0]), -Math.LN2);
    expect(kappa4([1, 1])).toBe(0.5);
    expect(uTheta([0, 0, 0, 1], 0.5)).toBe(1);
    expectClose(uTheta([1, 2, 3, 4], 0.5), 2 / 3);
    expectClose(uTheta([1, 2, 4, 8, 16, 32, 64, 128, 256, 512], 0.3), 1 - 3 / 511);
    expectClose(negLpMinus([1, 2, 0], -1), -1.5);
    expectClose(gaussianEntropy([1, 0.5]), 2 * Math.LN2);
    expectClose(energyEntropy([1, 1]), Math.LN2);
    expectClose(energyEntropy([3, 4]), -(0.36 * Math.log(0.36) + 0.64 * Math.log(0.64)));
    expectClose(energyEntropyPrime([0.5, 0.5]), Math.LN2);
  });
});

describe('fixtures.json (NumPy recomputation, scripts/fixtures/sparsity.py)', () => {
  it('every registry measure agrees with the independent NumPy values to 1e-10 relative', () => {
    const seen = new Set<string>();
    for (const c of fixtures.cases) {
      const m = getMeasure(c.measure);
      expect(m, c.measure).not.toBeUndefined();
      seen.add(c.measure);
      const params = c.params as Record<string, number>;
      fixtures.vectors.forEach((x, i) => {
        const got = m?.compute(x, params) ?? Number.NaN;
        const want = c.values[i] as number;
        const ok = Math.abs(got - want) <= 1e-10 * Math.abs(want) + 1e-13;
        expect(ok, `${c.measure} ${JSON.stringify(params)} on [${x}]: ${got} vs ${want}`).toBe(true);
      });
    }
    expect([...seen].sort()).toEqual(measures.map((m) => m.id).sort());
  });
});

describe('edges', () => {
  const ratioIds = RATIO_MEASURE_IDS;

  it('the zero vector gives every ratio measure its constant-vector (least sparse) value', () => {
    for (const id of ratioIds) {
      const m = getMeasure(id);
      if (!m) throw new Error(id);
      for (const n of [1, 2, 5])
        expectClose(m.compute(new Array(n).fill(0)), m.compute(new Array(n).fill(7)), { atol: 1e-15 });
    }
  });

  it('the empty vector gives ratio measures their n = 1 value and sums and counts 0', () => {
    for (const id of ratioIds) {
      const m = getMeasure(id);
      if (!m) throw new Error(id);
      expect(m.compute([]), id).toBe(m.compute([5]));
    }
    expect(s1p([])).toBe(1);
    expect(sStar([])).toBe(1);
    expect(gini([])).toBe(0);
    expect(shannonEntropy([])).toBe(0);
    for (const f of [l0, negL1, negLp, negTanh, negLog, negLpMinus, gaussianEntropy, energyEntropyPrime]) {
      expect(f([])).toBe(0);
    }
    expect(l0([0, 0])).toBe(2);
    expect(shannonEntropy([0, 0, 0])).toBeCloseTo(Math.log(3), 14);
    expect(s1p([0, 0, 0, 0])).toBe(0.5);
  });

  it('n = 1: every ratio measure takes its single-value value', () => {
    expect(s0([-3])).toBe(1);
    expect(s1p([-3])).toBe(1);
    expect(sStar([-3])).toBe(1);
    expect(gini([-3])).toBe(0);
    expect(hoyer([-3])).toBe(0);
    expect(kappa4([-3])).toBe(1);
    expect(l2OverL1([-3])).toBe(1);
    expect(uTheta([-3])).toBe(0);
    expect(shannonEntropy([-3])).toBe(0);
  });

  it('NaN entries count as 0 and ±Infinity as the largest finite magnitude, and no measure returns NaN', () => {
    expect(sStar([1, Number.NaN, 0, 0])).toBe(sStar([1, 0, 0, 0]));
    expect(gini([Number.POSITIVE_INFINITY, 1, 2])).toBe(gini([2, 1, 2]));
    expect(l0([Number.NaN, 1])).toBe(1);
    expectClose(s0([Number.NEGATIVE_INFINITY, 0, 0]), 1 / 3);
    for (const m of measures) {
      for (const x of [
        [Number.NaN],
        [Number.NaN, Number.POSITIVE_INFINITY],
        [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 0],
        [1, Number.NaN, -2],
      ]) {
        expect(Number.isNaN(m.compute(x)), `${m.id} on [${x}]`).toBe(false);
      }
    }
  });

  it('1e-300 and 1e300 magnitudes give ratio measures finite values equal to those of the rescaled vector', () => {
    const base = [1, 2, 0, 3, 0.5];
    for (const id of ratioIds) {
      const m = getMeasure(id);
      if (!m) throw new Error(id);
      for (const s of [1e-300, 1e300]) {
        const v = m.compute(base.map((b) => b * s));
        expect(Number.isFinite(v), `${id} at ${s}`).toBe(true);
        expectClose(v, m.compute(base), { rtol: 1e-12, atol: 1e-15 });
      }
    }
  });

  it('at 1e±300 the sums are finite where the true value is, and ±Infinity (never NaN) where it is not', () => {
    const big = [1e300, -1e300];
    expect(negL1(big)).toBe(-2e300);
    expectClose(negLog(big), -2 * (600 * Math.LN10), { rtol: 1e-12 });
    expectClose(gaussianEntropy(big), -2 * 2 * 300 * Math.LN10, { rtol: 1e-12 });
    expectClose(negLp(big, 0.5), -4e300);
    expect(energyEntropyPrime(big)).toBe(Number.NEGATIVE_INFINITY);
    expect(negLpMinus([1e-300], -2)).toBe(Number.NEGATIVE_INFINITY);
    expectClose(negLpMinus([1e-300, 1], -1), -(1e300 + 1));
  });
});

describe('sStarBounds', () => {
  it('sStarBounds(n, q, p) is attained by one-hot and constant vectors', () => {
    for (const [n, q, p] of [
      [64, 1, 2],
      [5, 0.5, 3],
      [17, 1, 8],
    ]) {
      const oneHot = Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
      const b = sStarBounds(n, q, p);
      expect(b.dense).toBe(1);
      expect(b.sparse).toBeCloseTo(sStar(oneHot, q, p), 12);
      expect(sStar(new Array(n).fill(0.3), q, p)).toBeCloseTo(b.dense, 12);
    }
  });

  it('sStarBounds follows sStar’s parameter rules: swapped orders, bad values, n below 1', () => {
    expect(sStarBounds(64, 1, 2).sparse).toBe(0.125);
    expect(sStarBounds(64, 2, 1)).toEqual(sStarBounds(64, 1, 2));
    expect(sStarBounds(64, Number.NaN, -1)).toEqual(sStarBounds(64, 1, 2));
    expect(sStarBounds(0, 1, 2)).toEqual({ dense: 1, sparse: 1 });
  });
});

describe('renyiEntropy signs', () => {
  it('renyiEntropy(oneHot, α) is +0 for every order (never −0)', () => {
    for (const a of [0, 0.5, 1, 2, 7, Number.POSITIVE_INFINITY]) {
      expect(Object.is(renyiEntropy([0, 1, 0], a), 0)).toBe(true);
    }
  });
});
