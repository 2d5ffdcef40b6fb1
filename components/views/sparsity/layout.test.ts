import { describe, expect, it } from 'vitest';
import { getMeasure, measures, type SparsityMeasure } from '@/lib/sparsity';
import { boundsFraction, demandedChange, directionLabel, groupMeasures, measureParams } from './layout';

const need = (id: string): SparsityMeasure => {
  const m = getMeasure(id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
};

describe('groupMeasures', () => {
  it('groupMeasures(measures) keeps every measure exactly once, in registry order within groups', () => {
    const groups = groupMeasures(measures);
    const ids = groups.flatMap((g) => g.measures.map((m) => m.id));
    expect([...ids].sort()).toEqual(measures.map((m) => m.id).sort());
    for (const g of groups) {
      const order = g.measures.map((m) => measures.indexOf(m));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
  it('groupMeasures puts the post’s measures first and entropies last, and an unknown source in "Other"', () => {
    const groups = groupMeasures(measures);
    expect(groups[0].label).toBe('The post’s measures');
    expect(groups[0].measures.map((m) => m.id)).toEqual(expect.arrayContaining(['s0', 's1p', 'sStar']));
    const odd = { ...need('s0'), id: 'odd', source: 'elsewhere' } as unknown as SparsityMeasure;
    const withOdd = groupMeasures([...measures, odd]);
    expect(withOdd.at(-1)).toEqual({ label: 'Other measures', measures: [odd] });
  });
});

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

describe('directionLabel and demandedChange', () => {
  it('directionLabel gives ↓ for lower-is-sparser and ↑ for higher', () => {
    expect(directionLabel('lower')).toEqual({ arrow: '↓', text: 'lower = sparser' });
    expect(directionLabel('higher').arrow).toBe('↑');
  });
  it('demandedChange turns a criterion’s demand into the way the value must move', () => {
    expect(demandedChange('more-sparse', 'lower').symbol).toBe('↓');
    expect(demandedChange('more-sparse', 'higher').symbol).toBe('↑');
    expect(demandedChange('less-sparse', 'lower').symbol).toBe('↑');
    expect(demandedChange('less-sparse', 'higher').symbol).toBe('↓');
    expect(demandedChange('same', 'lower')).toEqual({ symbol: '=', text: 'must stay the same' });
  });
});
