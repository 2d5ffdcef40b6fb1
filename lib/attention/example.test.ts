import { describe, expect, it } from 'vitest';
import { toRows } from '../linalg';
import { ATTENTION_EXAMPLE, exampleAttentionWeights, resolveQKV } from './example';
import { attentionMask } from './mask';
import { randomQKV } from './randomQKV';

const base = { n: 4, d: 2, seed: 9, Q: [], K: [], V: [] };

describe('resolveQKV', () => {
  it('resolveQKV without edits gives randomQKV(n, d, seed)', () => {
    const r = resolveQKV(base);
    const s = randomQKV(4, 2, 9);
    expect([r.Q, r.K, r.V]).toEqual([s.Q, s.K, s.V]);
    expect(r.edited).toEqual({ Q: false, K: false, V: false });
    expect(r.notices).toEqual([]);
  });

  it('resolveQKV uses an edited matrix of shape n×d and keeps the others seeded', () => {
    const Q = [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ];
    const r = resolveQKV({ ...base, Q });
    expect(toRows(r.Q)).toEqual(Q);
    expect(r.K).toEqual(randomQKV(4, 2, 9).K);
    expect(r.edited).toEqual({ Q: true, K: false, V: false });
  });

  it('resolveQKV ignores an edit of the wrong shape with a notice naming both shapes', () => {
    const r = resolveQKV({ ...base, V: [[1, 2, 3]] });
    expect(r.V).toEqual(randomQKV(4, 2, 9).V);
    expect(r.edited.V).toBe(false);
    expect(r.notices).toEqual([
      'V: the edited matrix is 1×3, but n = 4 and d = 2 need 4×2; using the V drawn from seed 9.',
    ]);
  });
});

describe('exampleAttentionWeights', () => {
  it('gives n rows that sum to 1 with exact zeros where the example’s mask forbids a key', () => {
    const W = exampleAttentionWeights();
    const { n, pattern, k, causal } = ATTENTION_EXAMPLE;
    const mask = attentionMask(pattern, n, { k, causal });
    expect([W.rows, W.cols]).toEqual([n, n]);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        const w = W.data[i * n + j];
        if (!mask.data[i * n + j]) expect(w).toBe(0);
        else expect(w).toBeGreaterThan(0);
        sum += w;
      }
      expect(sum).toBeCloseTo(1, 12);
    }
  });
});
