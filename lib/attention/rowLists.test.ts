import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { maskToRowLists } from './attention';
import { expectedNnz } from './counts';
import { attentionMask, MASK_KINDS } from './mask';
import { attentionRowLengths, attentionRowLists, longestRow } from './rowLists';

describe('attentionRowLists', () => {
  it("attentionRowLists('local', 4, { k: 1 }) lists the tridiagonal band row by row", () => {
    const { rows, cols, indptr, indices } = attentionRowLists('local', 4, { k: 1 });
    expect([rows, cols]).toEqual([4, 4]);
    expect(Array.from(indptr)).toEqual([0, 2, 5, 8, 10]);
    expect(Array.from(indices)).toEqual([0, 1, 0, 1, 2, 1, 2, 3, 2, 3]);
  });

  it("attentionRowLists('sparse', 16, { k: 4 }) has the post's 148 pairs; row 8 is local 4…12 plus atrous 0 (and 16 is out)", () => {
    // Su (kexue.fm/archives/6853): n = 16, k = 4 gives 148 allowed pairs for the sparse pattern.
    const lists = attentionRowLists('sparse', 16, { k: 4 });
    expect(lists.indices.length).toBe(148);
    const row8 = Array.from(lists.indices.subarray(lists.indptr[8], lists.indptr[9]));
    expect(row8).toEqual([0, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("attentionRowLists('fixed', 10, { k: 4, c: 2 }) gives row 9 the summary columns 2, 3, 6, 7 and its own block 8, 9", () => {
    const lists = attentionRowLists('fixed', 10, { k: 4, c: 2 });
    expect(Array.from(lists.indices.subarray(lists.indptr[9], lists.indptr[10]))).toEqual([2, 3, 6, 7, 8, 9]);
  });

  it('attentionRowLists equals maskToRowLists(attentionMask(…)) for every kind, causal flag and many (n, k, c)', () => {
    const rng = createRng('row-lists');
    const cases: [number, number, number][] = [
      [1, 1, 1],
      [2, 1, 1],
      [7, 3, 2],
      [16, 4, 1],
      [16, 16, 16],
      [33, 40, 3],
      [64, 8, 8],
    ];
    for (let t = 0; t < 40; t++) {
      const n = rng.int(1, 90);
      const k = rng.int(1, 20);
      cases.push([n, k, rng.int(1, k)]);
    }
    for (const kind of MASK_KINDS) {
      for (const [n, k, c] of cases) {
        for (const causal of [false, true]) {
          const options = { k, c, causal };
          const expected = maskToRowLists(attentionMask(kind, n, options));
          const actual = attentionRowLists(kind, n, options);
          const where = `${kind} n=${n} k=${k} c=${c} causal=${causal}`;
          expect(Array.from(actual.indptr), where).toEqual(Array.from(expected.indptr));
          expect(Array.from(actual.indices), where).toEqual(Array.from(expected.indices));
        }
      }
    }
  });

  it('attentionRowLists accepts local k = 0 (the diagonal) and k ≥ n', () => {
    expect(Array.from(attentionRowLists('local', 3, { k: 0 }).indices)).toEqual([0, 1, 2]);
    expect(attentionRowLists('sparse', 5, { k: 9 }).indices.length).toBe(25);
    expect(Array.from(attentionRowLists('atrous', 3, { k: 9 }).indices)).toEqual([0, 1, 2]);
  });

  it('attentionRowLists at n = 4096 has exactly expectedNnz pairs, far fewer than n²', () => {
    const lists = attentionRowLists('sparse', 4096, { k: 64 });
    expect(lists.indices.length).toBe(expectedNnz('sparse', 4096, { k: 64 }));
    expect(lists.indices.length).toBe(774208);
    expect(lists.indptr[4096]).toBe(774208);
  });

  it('attentionRowLists of n = 0 is indptr [0] with no indices', () => {
    const lists = attentionRowLists('sparse', 0, { k: 3 });
    expect(Array.from(lists.indptr)).toEqual([0]);
    expect(lists.indices.length).toBe(0);
  });

  it('attentionRowLists validates like attentionMask (RangeError)', () => {
    expect(() => attentionRowLists('atrous', 8, { k: 0 })).toThrow(RangeError);
    expect(() => attentionRowLists('fixed', 8, { k: 2, c: 3 })).toThrow(RangeError);
    expect(() => attentionRowLists('local', -1)).toThrow(RangeError);
    expect(() => attentionRowLists('banana' as never, 8)).toThrow(/unknown kind/);
  });
});

describe('longestRow', () => {
  it('longestRow(lists) is the most keys of any query: local band 2k + 1, sparse 190 at n = 4096, k = 64', () => {
    expect(longestRow(attentionRowLists('local', 5, { k: 1 }))).toBe(3);
    expect(longestRow(attentionRowLists('local', 100, { k: 7 }))).toBe(15);
    // Row 2048: local 1984…2112 (129 keys) plus the atrous keys 0, 64, …, 4032 outside it (63 − 2 = 61).
    expect(longestRow(attentionRowLists('sparse', 4096, { k: 64 }))).toBe(190);
    expect(longestRow(attentionRowLists('full', 0))).toBe(0);
  });
});

describe('attentionRowLengths', () => {
  it("attentionRowLengths('local', 4, { k: 1 }) is [2, 3, 3, 2] and causal 'full' counts 1 … n", () => {
    expect(Array.from(attentionRowLengths('local', 4, { k: 1 }))).toEqual([2, 3, 3, 2]);
    expect(Array.from(attentionRowLengths('full', 3, { causal: true }))).toEqual([1, 2, 3]);
  });

  it('attentionRowLengths equals the row lengths of attentionRowLists for every kind, causal flag and seeded (n, k, c)', () => {
    const rng = createRng('row-lengths');
    const cases: [number, number, number][] = [
      [1, 1, 1],
      [16, 4, 1],
      [16, 16, 16],
      [33, 40, 3],
    ];
    for (let t = 0; t < 30; t++) {
      const k = rng.int(1, 20);
      cases.push([rng.int(1, 90), k, rng.int(1, k)]);
    }
    for (const kind of MASK_KINDS) {
      for (const [n, k, c] of cases) {
        for (const causal of [false, true]) {
          const options = { k, c, causal };
          const { indptr } = attentionRowLists(kind, n, options);
          const expected = Array.from(
            { length: n },
            (_, i) => (indptr[i + 1] as number) - (indptr[i] as number),
          );
          expect(Array.from(attentionRowLengths(kind, n, options)), `${kind} n=${n} k=${k} c=${c}`).toEqual(
            expected,
          );
        }
      }
    }
  });

  it('attentionRowLengths of n = 0 is empty; the longest sparse row at n = 4096, k = 64 is 190; bad options throw', () => {
    expect(attentionRowLengths('sparse', 0, { k: 3 }).length).toBe(0);
    expect(Math.max(...attentionRowLengths('sparse', 4096, { k: 64 }))).toBe(190);
    expect(() => attentionRowLengths('atrous', 8, { k: 0 })).toThrow(RangeError);
  });
});
