import { describe, expect, it } from 'vitest';
import { spearman } from '../stats';
import type { Embeddings } from './neighbours';
import { ANALOGY_CATEGORIES, analogyItems, SIMILARITY_PAIRS, scoreProbes, synonymPrecision } from './probes';

const table = (rows: number[][]): Embeddings => ({
  count: rows.length,
  dim: rows[0]?.length ?? 1,
  data: Float64Array.from(rows.flat()),
});

// Two toy spaces over the same words. A: male/female on the first two axes, a topic axis per pair, every row of
// norm √2, so b̂ − â + ĉ points exactly at d for every question. E: pairs at chosen angles for the similarity test.
const A = table([
  [1, 0, 1, 0, 0],
  [0, 1, 1, 0, 0],
  [1, 0, 0, 1, 0],
  [0, 1, 0, 1, 0],
  [1, 0, 0, 0, 1],
  [0, 1, 0, 0, 1],
  [-1, -1, -1, -1, -1],
]);
const words = ['man', 'woman', 'king', 'queen', 'boy', 'girl', 'x'];
const E = table([
  [1, 0, 0],
  [1, 1, 0],
  [0, 0, 1],
  [0, 1, 1],
  [1, 0, 0.2],
  [1, 1, 0.2],
  [-1, -1, -1],
]);
const gender = [
  {
    id: 'g',
    label: 'male : female',
    pairs: [
      ['man', 'woman'],
      ['king', 'queen'],
      ['boy', 'girl'],
    ] as const,
  },
];

describe('analogyItems', () => {
  it('analogyItems(categories) pairs every pair with every other pair of its category, in both orders', () => {
    const items = analogyItems(gender);
    expect(items).toHaveLength(6);
    expect(items[0]).toEqual({ category: 'g', a: 'man', b: 'woman', c: 'king', d: 'queen' });
    expect(items.some((q) => q.a === q.c)).toBe(false);
    expect(analogyItems([{ id: 'one', label: 'one', pairs: [['a', 'b']] }])).toEqual([]);
  });

  it('the shipped probe list has n(n − 1) questions per category and no repeated pair', () => {
    const n = ANALOGY_CATEGORIES.reduce((s, c) => s + c.pairs.length * (c.pairs.length - 1), 0);
    expect(analogyItems()).toHaveLength(n);
    const seen = new Set(SIMILARITY_PAIRS.map((p) => [p.a, p.b].sort().join(' ')));
    expect(seen.size).toBe(SIMILARITY_PAIRS.length);
    for (const g of [0, 1, 2, 3])
      expect(SIMILARITY_PAIRS.filter((p) => p.grade === g).length).toBeGreaterThan(10);
  });
});

describe('scoreProbes', () => {
  it('scoreProbes(E, words) answers every question of a space built for them, at @1 and @k', () => {
    const s = scoreProbes(A, words, { k: 2, categories: gender, pairs: [] });
    expect(s.analogies.map((a) => [a.category, a.total, a.covered])).toEqual([
      ['g', 6, 6],
      ['all', 6, 6],
    ]);
    // Every question's answer is exact (cosine 1), so first.
    expect(s.analogies[0]?.at1).toBe(1);
    expect(s.analogies[0]?.atK).toBe(1);
    expect(s.similarity.spearman).toBeNaN();
  });

  it('scoreProbes counts questions with unknown words in total but not in the accuracies', () => {
    const cats = [
      {
        id: 'g',
        label: 'g',
        pairs: [
          ['man', 'woman'],
          ['king', 'queen'],
          ['prince', 'princess'],
        ] as const,
      },
    ];
    const s = scoreProbes(A, words, { k: 1, categories: cats, pairs: [] });
    expect(s.analogies[0]).toMatchObject({ total: 6, covered: 2, at1: 1, atK: 1 });
    const none = scoreProbes(E, words, {
      categories: [
        {
          id: 'z',
          label: 'z',
          pairs: [
            ['zz', 'yy'],
            ['ww', 'vv'],
          ],
        },
      ],
    });
    expect(none.analogies[0]?.at1).toBeNaN();
  });

  it('scoreProbes gives each pair its cosine and ρ as spearman of grades and cosines over covered pairs', () => {
    const pairs = [
      { a: 'man', b: 'boy', grade: 3 },
      { a: 'man', b: 'woman', grade: 2 },
      { a: 'king', b: 'man', grade: 1 },
      { a: 'man', b: 'x', grade: 0 },
      { a: 'man', b: 'nobody', grade: 0 },
    ] as const;
    const s = scoreProbes(E, words, { categories: [], pairs });
    expect(s.similarity.total).toBe(5);
    expect(s.similarity.covered).toBe(4);
    expect(s.similarity.cosines[1]).toBeCloseTo(1 / Math.SQRT2, 12);
    expect(s.similarity.cosines[2]).toBe(0);
    expect(s.similarity.cosines[4]).toBeNaN();
    expect(s.similarity.spearman).toBeCloseTo(spearman([3, 2, 1, 0], s.similarity.cosines.slice(0, 4)), 12);
    expect(s.similarity.spearman).toBe(1);
    expect(s.similarity.meanByGrade[2]).toBeCloseTo(1 / Math.SQRT2, 12);
  });

  it('scoreProbes throws for words that do not match the table and for a bad k', () => {
    expect(() => scoreProbes(E, words.slice(1))).toThrow('6 words for a table of 7 rows');
    expect(() => scoreProbes(E, words, { k: 0 })).toThrow('k must be an integer ≥ 1');
  });
});

describe('synonymPrecision', () => {
  it('synonymPrecision(E, sets, k) is the mean share of synonyms among each word’s k nearest rows', () => {
    // In E (above), man's nearest is boy (cosine 0.98), then woman; king's nearest are queen, then boy.
    const s1 = synonymPrecision(E, [[0, 4]], 1); // man ~ boy
    expect(s1).toEqual({ words: 2, precision: 1, hitRate: 1 });
    const s2 = synonymPrecision(E, [[0, 2]], 1); // man ~ king: neither is the other's nearest
    expect(s2).toEqual({ words: 2, precision: 0, hitRate: 0 });
    const s3 = synonymPrecision(
      E,
      [
        [0, 4],
        [2, 3],
      ],
      2,
    ); // precision@2: one of two neighbours each
    expect(s3.words).toBe(4);
    expect(s3.precision).toBeCloseTo(0.5, 12);
    expect(s3.hitRate).toBe(1);
  });

  it('synonymPrecision is NaN without sets and throws for a row outside the table or a bad k', () => {
    expect(synonymPrecision(E, [], 3).precision).toBeNaN();
    expect(synonymPrecision(E, [[1]], 3).words).toBe(0);
    expect(() => synonymPrecision(E, [[0, 9]], 3)).toThrow('no row 9');
    expect(() => synonymPrecision(E, [[0, 1]], 0)).toThrow('k must be an integer ≥ 1');
  });
});
