import { describe, expect, it } from 'vitest';
import { csrFromTriplets } from '../linalg/csr';
import { csrGet, csrHas, decodeWordMatrix, weightCounts } from './asset';
import { buildWordMatrix } from './buildMatrix.mjs';

const asset = () => buildWordMatrix('神兽 120\n魔兽 130\n魔术 200\n神术 3\n', { threshold: 100 });

describe('decodeWordMatrix', () => {
  it('decodeWordMatrix(asset) rebuilds the CSR counts from the delta-encoded rows', () => {
    const m = decodeWordMatrix(asset());
    expect(m.rows).toEqual(['魔', '神']);
    expect(m.cols).toEqual(['兽', '术']);
    expect(Array.from(m.seen.indices)).toEqual([0, 1, 0]);
    expect(Array.from(m.seen.values)).toEqual([130, 200, 120]);
    expect(csrGet(m.below, 1, 1)).toBe(3);
    expect(m.threshold).toBe(100);
  });

  it('decodeWordMatrix refuses a wrong format, a column out of range and disagreeing lengths', () => {
    expect(() => decodeWordMatrix(null)).toThrow(/new-words asset: not an object/);
    expect(() => decodeWordMatrix({ ...asset(), format: 'x' })).toThrow(/format is x/);
    const a = asset();
    a.seen.delta[1] = 5;
    expect(() => decodeWordMatrix(a)).toThrow(/bad column 5 in row 0/);
    const b = asset();
    b.seen.counts.pop();
    expect(() => decodeWordMatrix(b)).toThrow(/does not describe/);
    const c = asset();
    c.seen.delta[1] = 0; // a repeated column
    expect(() => decodeWordMatrix(c)).toThrow(/bad column/);
    expect(() =>
      decodeWordMatrix({ ...asset(), seen: { indptr: [0, 1], delta: [-1], counts: [1] } }),
    ).toThrow(/seen.delta holds -1/);
  });
});

describe('weightCounts and csrGet', () => {
  it('weightCounts maps counts to 1, log(1 + c) or c and keeps the pattern', () => {
    const A = csrFromTriplets(1, 3, [0, 0], [0, 2], [1, 99]);
    expect(Array.from(weightCounts(A, 'binary').values)).toEqual([1, 1]);
    expect(Array.from(weightCounts(A, 'log').values)).toEqual([Math.log(2), Math.log(100)]);
    expect(Array.from(weightCounts(A, 'count').values)).toEqual([1, 99]);
    expect(weightCounts(A, 'log').indices).toBe(A.indices);
  });

  it('csrGet finds stored entries by binary search and gives 0 elsewhere, also outside the shape', () => {
    const A = csrFromTriplets(2, 50, [0, 0, 0, 1], [3, 17, 40, 0], [1, 2, 3, 4]);
    expect([csrGet(A, 0, 3), csrGet(A, 0, 17), csrGet(A, 0, 40), csrGet(A, 1, 0)]).toEqual([1, 2, 3, 4]);
    expect([
      csrGet(A, 0, 4),
      csrGet(A, 1, 49),
      csrGet(A, 2, 0),
      csrGet(A, -1, 0),
      csrGet(A, 0, Number.NaN),
    ]).toEqual([0, 0, 0, 0, 0]);
  });

  it('csrHas tells a stored entry from an empty one, a stored 0 included, and is false outside the shape', () => {
    const A = csrFromTriplets(2, 50, [0, 0, 1], [3, 40, 0], [1, 0, 4]);
    for (const [i, j] of [
      [0, 3],
      [0, 40],
      [1, 0],
    ])
      expect(csrHas(A, i, j), `(${i}, ${j})`).toBe(true);
    expect(csrGet(A, 0, 40)).toBe(0);
    for (const [i, j] of [
      [0, 4],
      [1, 49],
      [2, 0],
      [-1, 3],
      [0, Number.NaN],
    ])
      expect(csrHas(A, i, j), `(${i}, ${j})`).toBe(false);
    // The rare-word matrix of the fixture: 神术 (count 3) is stored, 神兽 is a kept word, not a rare one.
    const m = decodeWordMatrix(asset());
    expect(csrHas(m.below, 1, 1)).toBe(true);
    expect(csrHas(m.below, 1, 0)).toBe(false);
  });
});
