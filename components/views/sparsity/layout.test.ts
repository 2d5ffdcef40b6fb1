import { describe, expect, it } from 'vitest';
import { measures, type SparsityMeasure } from '@/lib/sparsity';
import { directionLabel, groupMeasures } from './layout';

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
    const odd = { ...measures[0], id: 'odd', source: 'elsewhere' } as unknown as SparsityMeasure;
    const withOdd = groupMeasures([...measures, odd]);
    expect(withOdd.at(-1)).toEqual({ label: 'Other measures', measures: [odd] });
  });
});

describe('directionLabel', () => {
  it('directionLabel gives ↓ for lower-is-sparser and ↑ for higher', () => {
    expect(directionLabel('lower')).toEqual({ arrow: '↓', text: 'lower = sparser' });
    expect(directionLabel('higher').arrow).toBe('↑');
  });
});
