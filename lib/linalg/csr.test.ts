import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  csrFromTriplets,
  csrSquaredNorm,
  csrSubmatrix,
  csrTimesDense,
  csrToDense,
  csrTransposeTimesDense,
  denseToCsr,
} from './csr';
import { matmul } from './matmul';
import { fromRows, type Matrix, toRows } from './matrix';
import { randomMatrix } from './randomMatrix';
import { transpose } from './transpose';

/** A seeded sparse matrix: each entry nonzero with probability `density`. */
function randomSparse(m: number, n: number, density: number, seed: number): Matrix {
  const rng = createRng(seed);
  const data = new Float64Array(m * n);
  for (let q = 0; q < data.length; q++) if (rng.next() < density) data[q] = rng.normal();
  return { rows: m, cols: n, data };
}

describe('csr', () => {
  it('csrFromTriplets(2, 3, …) sorts entries by row and column and sums duplicates', () => {
    const A = csrFromTriplets(2, 3, [1, 0, 1, 1], [0, 2, 0, 2], [1, 5, 2, 4]);
    expect(Array.from(A.indptr)).toEqual([0, 1, 3]);
    expect(Array.from(A.indices)).toEqual([2, 0, 2]);
    expect(toRows(csrToDense(A))).toEqual([
      [0, 0, 5],
      [3, 0, 4],
    ]);
  });

  it('csrToDense(A, rows, cols) copies the top-left block and rejects blocks that do not fit', () => {
    const D = randomMatrix(7, 5, createRng('block'));
    D.data.forEach((v, q) => {
      if (v < 0.3) D.data[q] = 0;
    });
    const block = csrToDense(denseToCsr(D), 4, 3);
    expect(toRows(block)).toEqual(
      toRows(D)
        .slice(0, 4)
        .map((row) => row.slice(0, 3)),
    );
    expect(csrToDense(denseToCsr(D), 0, 5).data).toHaveLength(0);
    expect(() => csrToDense(denseToCsr(D), 8, 5)).toThrow('rows = 8 does not fit in 7×5');
    expect(() => csrToDense(denseToCsr(D), 2, 1.5)).toThrow(RangeError);
  });

  it('csrFromTriplets rejects an index outside the shape and arrays of different lengths', () => {
    expect(() => csrFromTriplets(2, 2, [2], [0], [1])).toThrow(/\(2, 0\) is outside 2×2/);
    expect(() => csrFromTriplets(2, 2, [0], [0, 1], [1])).toThrow(RangeError);
  });

  it('csrFromTriplets with no triplets and denseToCsr of a zero-size matrix give valid empty matrices', () => {
    const A = csrFromTriplets(3, 2, [], [], []);
    expect(Array.from(A.indptr)).toEqual([0, 0, 0, 0]);
    expect(csrToDense(A).data).toEqual(new Float64Array(6));
    const E = denseToCsr({ rows: 0, cols: 4, data: new Float64Array(0) });
    expect(Array.from(E.indptr)).toEqual([0]);
    expect(csrTimesDense(E, randomMatrix(4, 3, createRng(1))).rows).toBe(0);
  });

  it('denseToCsr then csrToDense gives back the dense matrix on seeded sparse inputs', () => {
    for (let seed = 0; seed < 10; seed++) {
      const D = randomSparse(7 + seed, 5 + 2 * seed, 0.2, seed);
      expect(csrToDense(denseToCsr(D)).data).toEqual(D.data);
    }
  });

  it('csrTimesDense and csrTransposeTimesDense equal the dense products on seeded inputs', () => {
    for (let seed = 0; seed < 20; seed++) {
      const m = 1 + (seed % 9);
      const n = 1 + ((seed * 7) % 11);
      const D = randomSparse(m, n, 0.3, seed);
      const A = denseToCsr(D);
      const X = randomMatrix(n, 4, createRng(100 + seed));
      const Y = randomMatrix(m, 3, createRng(200 + seed));
      expectClose(csrTimesDense(A, X), matmul(D, X), { rtol: 1e-12, atol: 1e-12 });
      expectClose(csrTransposeTimesDense(A, Y), matmul(transpose(D), Y), { rtol: 1e-12, atol: 1e-12 });
    }
  });

  it('csrTimesDense names both shapes when they do not fit', () => {
    const A = denseToCsr(fromRows([[1, 2]]));
    expect(() => csrTimesDense(A, fromRows([[1]]))).toThrow(/1×2.*1×1/);
    expect(() => csrTransposeTimesDense(A, fromRows([[1], [2]]))).toThrow(/1×2.*2×1/);
  });

  it('csrSquaredNorm is Σ values², stays finite near 1e200 and keeps NaN and ∞ visible', () => {
    expect(csrSquaredNorm(csrFromTriplets(1, 2, [0, 0], [0, 1], [3, 4]))).toBe(25);
    expect(csrSquaredNorm(csrFromTriplets(2, 2, [], [], []))).toBe(0);
    expectClose(csrSquaredNorm(csrFromTriplets(1, 2, [0, 0], [0, 1], [3e100, 4e100])), 25e200, {
      rtol: 1e-14,
    });
    expect(csrSquaredNorm(csrFromTriplets(1, 2, [0, 0], [0, 1], [1, Number.NaN]))).toBeNaN();
    expect(csrSquaredNorm(csrFromTriplets(1, 1, [0], [0], [Number.NEGATIVE_INFINITY]))).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('csrSubmatrix(A, rows, cols) equals the dense entries, in the order given, and marks stored entries', () => {
    // Hand example: a stored 0 is stored; an absent entry is not.
    const A = csrFromTriplets(3, 3, [0, 1, 2], [2, 1, 0], [5, 0, 7]);
    const block = csrSubmatrix(A, [2, 0, 1], [0, 2, 1]);
    expect(toRows(block.values)).toEqual([
      [7, 0, 0],
      [0, 5, 0],
      [0, 0, 0],
    ]);
    expect(Array.from(block.stored)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    // Seeded: any rows and columns (repeats included) agree with the dense matrix.
    const rng = createRng(7);
    for (let trial = 0; trial < 5; trial++) {
      const D = randomSparse(9, 11, 0.3, trial);
      const S = denseToCsr(D);
      const rows = Array.from({ length: 6 }, () => Math.floor(rng.next() * 9));
      const cols = Array.from({ length: 7 }, () => Math.floor(rng.next() * 11));
      const got = csrSubmatrix(S, rows, cols);
      rows.forEach((i, a) => {
        cols.forEach((j, b) => {
          const v = D.data[i * 11 + j] as number;
          expect(got.values.data[a * 7 + b]).toBe(v);
          expect(got.stored[a * 7 + b]).toBe(v !== 0 ? 1 : 0);
        });
      });
    }
  });

  it('csrSubmatrix gives an empty block for empty lists and rejects an index outside the matrix', () => {
    const A = csrFromTriplets(2, 2, [0], [1], [3]);
    expect(csrSubmatrix(A, [], [0, 1]).values.rows).toBe(0);
    expect(csrSubmatrix(A, [1], []).stored.length).toBe(0);
    expect(() => csrSubmatrix(A, [2], [0])).toThrow('row 2 is outside 2×2');
    expect(() => csrSubmatrix(A, [0], [-1])).toThrow('column -1 is outside 2×2');
  });
});
