import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { expectClose } from '@/lib/testing';
import { randomVector, VECTOR_FAMILIES } from './experiment';
import {
  boundsFraction,
  getMeasure,
  measureParams,
  measures,
  type SparsityMeasure,
  sparsityScore,
} from './registry';

const IDS = [
  's0',
  's1p',
  'sStar',
  'gini',
  'hoyer',
  'shannon',
  'renyi',
  'l0',
  'l0eps',
  'negL1',
  'negLp',
  'l2l1',
  'negTanh',
  'negLog',
  'kappa4',
  'uTheta',
  'negLpMinus',
  'hg',
  'hs',
  'hsPrime',
  'pqMean',
];

const oneHot = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
const constant = (n: number) => new Array(n).fill(1);

describe('measures (registry)', () => {
  it('lists exactly the 21 measure ids of the spec, each once, with valid parameter specs', () => {
    expect(measures.map((m) => m.id).sort()).toEqual([...IDS].sort());
    for (const m of measures) {
      for (const p of m.params) {
        expect(p.min <= p.default && p.default <= p.max, `${m.id}.${p.id}`).toBe(true);
        expect(p.step).toBeGreaterThan(0);
      }
    }
  });

  it('getMeasure(id) finds every measure and returns undefined for an unknown id', () => {
    for (const id of IDS) expect(getMeasure(id)?.id).toBe(id);
    expect(getMeasure('nope')).toBeUndefined();
  });

  it('sparsityScore(m, v) negates lower-is-sparser measures only', () => {
    expect(sparsityScore(getMeasure('sStar') as never, 0.5)).toBe(-0.5);
    expect(sparsityScore(getMeasure('gini') as never, 0.5)).toBe(0.5);
  });

  it('compute(x, params) passes parameters and falls back to defaults', () => {
    const m = getMeasure('sStar');
    expect(m?.compute([1, 2, 3, 4])).toBe(m?.compute([1, 2, 3, 4], { q: 1, p: 2 }));
    expect(m?.compute([1, 2, 3, 4], { q: 0.5, p: 4 })).not.toBe(m?.compute([1, 2, 3, 4]));
  });

  it('bounds(n) are attained: dense by a constant vector, sparse by a one-hot vector (n = 1…40)', () => {
    for (const m of measures) {
      for (let n = 1; n <= 40; n++) {
        const b = m.bounds(n);
        if (!b) continue;
        if (m.id === 'l0eps') {
          // ε-counting: all entries above ε give 0, all within ε give n.
          expect(m.compute(constant(n))).toBe(b.dense);
          expect(m.compute(constant(n).map(() => 0.001))).toBe(b.sparse);
          continue;
        }
        expectClose(m.compute(constant(n)), b.dense, { rtol: 1e-12, atol: 1e-14 });
        expectClose(m.compute(oneHot(n)), b.sparse, { rtol: 1e-12, atol: 1e-14 });
      }
    }
  });

  it('bounds with parameters are attained too (sStar q, p; pqMean; s1p p; uTheta θ)', () => {
    for (const [id, params] of [
      ['sStar', { q: 0.5, p: 3 }],
      ['sStar', { q: 3, p: 0.5 }],
      ['pqMean', { p: 0.3, q: 6 }],
      ['s1p', { p: 5 }],
      ['uTheta', { theta: 0.25 }],
    ] as const) {
      const m = getMeasure(id);
      for (const n of [2, 3, 7, 16]) {
        const b = m?.bounds(n, params);
        expectClose(m?.compute(constant(n), params), b?.dense as number, { atol: 1e-14 });
        expectClose(m?.compute(oneHot(n), params), b?.sparse as number, { atol: 1e-14 });
      }
    }
  });

  it('bounds(n) are never exceeded on seeded random vectors of every family', () => {
    const rng = createRng('bounds');
    for (let t = 0; t < 400; t++) {
      const family = VECTOR_FAMILIES[t % VECTOR_FAMILIES.length] as (typeof VECTOR_FAMILIES)[number];
      const n = rng.int(1, 40);
      const x = randomVector(rng, family, n);
      for (const m of measures) {
        const b = m.bounds(n);
        if (!b) continue;
        const v = sparsityScore(m, m.compute(x));
        const lo = sparsityScore(m, b.dense);
        const hi = sparsityScore(m, b.sparse);
        expect(
          v >= Math.min(lo, hi) - 1e-12 && v <= Math.max(lo, hi) + 1e-12,
          `${m.id} on n=${n}: ${v}`,
        ).toBe(true);
      }
    }
  });
});

const need = (id: string): SparsityMeasure => {
  const m = getMeasure(id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
};

describe('measureParams', () => {
  it('measureParams(sStar, {p, q}) takes both sliders', () => {
    expect(measureParams(need('sStar'), { p: 3, q: 0.5 })).toEqual({
      values: { q: 0.5, p: 3 },
      driven: ['q', 'p'],
    });
  });
  it('measureParams(renyi) follows p as α, and −ℓₚ takes p only inside its range (0, 1)', () => {
    expect(measureParams(need('renyi'), { p: 4, q: 1 }).values).toEqual({ alpha: 4 });
    const inside = measureParams(need('negLp'), { p: 0.4, q: 1 });
    expect(inside).toEqual({ values: { p: 0.4 }, driven: ['p'] });
    const outside = measureParams(need('negLp'), { p: 2, q: 1 });
    expect(outside.driven).toEqual([]);
    expect(outside.values.p).toBe(need('negLp').params[0].default);
  });
  it('measureParams keeps the defaults of measures the sliders do not drive (pq-mean, tanh)', () => {
    for (const id of ['pqMean', 'negTanh', 'uTheta']) {
      const m = need(id);
      const r = measureParams(m, { p: 5, q: 3 });
      expect(r.driven).toEqual([]);
      expect(r.values).toEqual(Object.fromEntries(m.params.map((p) => [p.id, p.default])));
    }
  });
});

describe('boundsFraction', () => {
  it('boundsFraction places a value between dense (0) and sparse (1) either way round', () => {
    expect(boundsFraction(0.75, { dense: 1, sparse: 0.5 })).toBe(0.5);
    expect(boundsFraction(0.75, { dense: 0, sparse: 1 })).toBe(0.75);
  });
  it('boundsFraction clamps rounding overshoot and gives NaN without usable bounds', () => {
    expect(boundsFraction(1 + 1e-12, { dense: 0, sparse: 1 })).toBe(1);
    expect(boundsFraction(-1e-12, { dense: 0, sparse: 1 })).toBe(0);
    expect(boundsFraction(1, null)).toBeNaN();
    expect(boundsFraction(1, { dense: 1, sparse: 1 })).toBeNaN();
    expect(boundsFraction(Number.NaN, { dense: 0, sparse: 1 })).toBeNaN();
  });
  it('boundsFraction of lib values: one-hot at 1, constant at 0 for every bounded measure (n = 6)', () => {
    const oneHot = [1, 0, 0, 0, 0, 0];
    const flat = [1, 1, 1, 1, 1, 1];
    let checked = 0;
    for (const m of measures) {
      const b = m.bounds(6);
      // ℓ₀^ε's most-sparse value n belongs to vectors with every entry ≤ ε, not to one-hot: checked below.
      if (!b || b.dense === b.sparse || m.id === 'l0eps') continue;
      checked++;
      expect(boundsFraction(m.compute(oneHot), b), m.id).toBeCloseTo(1, 9);
      expect(boundsFraction(m.compute(flat), b), m.id).toBeCloseTo(0, 9);
    }
    expect(checked).toBeGreaterThan(10);
    const eps = need('l0eps');
    expect(boundsFraction(eps.compute([0.001, 0, 0, 0, 0, 0]), eps.bounds(6))).toBe(1);
  });
});
