import { describe, expect, it } from 'vitest';
import { expectedNnz } from './counts';
import { attentionMemory } from './memory';
import { attentionRowLists } from './rowLists';

describe('attentionMemory', () => {
  it("attentionMemory('dense', n, nnz) is 8n² scores + 8n² weights + n² mask bytes, whatever nnz is", () => {
    for (const nnz of [0, 100, 4096 * 4096]) {
      expect(attentionMemory('dense', 4096, nnz)).toEqual({
        scores: 134217728,
        weights: 134217728,
        index: 16777216,
        total: 285212672,
      });
    }
    expect(attentionMemory('dense', 3, 2, { masked: false })).toEqual({
      scores: 72,
      weights: 72,
      index: 0,
      total: 144,
    });
    expect(attentionMemory('dense', 2, 6, { m: 5 }).total).toBe(17 * 10);
  });

  it("attentionMemory('sparse', n, nnz, { longestRow }) counts one row of scores and the CSR index arrays", () => {
    // n = 16, k = 4 sparse: 148 pairs (the post's count), longest row 4 + 1 + 4 local plus 1 or 2 atrous keys.
    const lists = attentionRowLists('sparse', 16, { k: 4 });
    let longest = 0;
    for (let i = 0; i < 16; i++) longest = Math.max(longest, lists.indptr[i + 1] - lists.indptr[i]);
    const mem = attentionMemory('sparse', 16, 148, { longestRow: longest });
    expect(mem).toEqual({
      scores: 8 * longest,
      weights: 0,
      index: lists.indptr.byteLength + lists.indices.byteLength,
      total: 8 * longest + 4 * 17 + 4 * 148,
    });
  });

  it('attentionMemory grows as n² dense and as nnz sparse: at n = 4096, k = 64 the sparse kernel needs ~1% of dense', () => {
    const nnz = expectedNnz('sparse', 4096, { k: 64 });
    const dense = attentionMemory('dense', 4096, nnz).total;
    const sparse = attentionMemory('sparse', 4096, nnz, { longestRow: 190 }).total;
    expect(sparse).toBe(8 * 190 + 4 * 4097 + 4 * nnz);
    expect(dense / sparse).toBeGreaterThan(90);
    expect(dense / sparse).toBeLessThan(95);
  });

  it('attentionMemory defaults longestRow to min(m, nnz), an upper bound', () => {
    expect(attentionMemory('sparse', 10, 3).scores).toBe(24);
    expect(attentionMemory('sparse', 10, 50).scores).toBe(80);
  });

  it('attentionMemory of n = 0 is 0 bytes dense and 4 bytes (indptr [0]) sparse', () => {
    expect(attentionMemory('dense', 0, 0).total).toBe(0);
    expect(attentionMemory('sparse', 0, 0)).toEqual({ scores: 0, weights: 0, index: 4, total: 4 });
  });

  it('attentionMemory throws RangeError on impossible counts or an unknown kernel', () => {
    expect(() => attentionMemory('dense', -1, 0)).toThrow(RangeError);
    expect(() => attentionMemory('dense', 2.5, 0)).toThrow(/n must be an integer/);
    expect(() => attentionMemory('sparse', 4, 17)).toThrow(/nnz must be an integer in \[0, 16\]/);
    expect(() => attentionMemory('sparse', 4, 8, { longestRow: 5 })).toThrow(/longestRow/);
    expect(() => attentionMemory('dense', 4, 8, { m: Number.NaN })).toThrow(/m must be/);
    expect(() => attentionMemory('banana' as never, 4, 8)).toThrow(/kernel must be/);
  });
});
