import { describe, expect, it } from 'vitest';
import { expectedNnz } from '@/lib/attention';
import { bestSparseK } from './sparse-attention.live';

describe('bestSparseK(n)', () => {
  it('finds the exact minimiser of the sparse pair count', () => {
    for (const n of [4, 16, 64, 100, 256, 1024]) {
      const k = bestSparseK(n);
      const best = expectedNnz('sparse', n, { k });
      for (let j = 1; j < n; j++) expect(expectedNnz('sparse', n, { k: j })).toBeGreaterThanOrEqual(best);
    }
  });

  it('sits near √(n/2), not √n (reference values recomputed in Python for this article)', () => {
    expect([16, 64, 256, 1024, 4096].map(bestSparseK)).toEqual([3, 6, 12, 23, 46]);
    expect(expectedNnz('sparse', 1024, { k: 23 })).toBe(90146);
    expect(expectedNnz('sparse', 1024, { k: 32 })).toBe(95264);
  });
});
