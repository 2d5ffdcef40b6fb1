import { describe, expect, it } from 'vitest';
import { matmul, matvec } from '../linalg';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  blockDiagonalMatrix,
  blockDiagonalMatvec,
  monarchBlock,
  monarchEntryPath,
  monarchMatrix,
  monarchMatvec,
  monarchPermutation,
  monarchProductCheck,
  monarchStages,
  permutationMatrix,
  randomMonarch,
  withMonarchBlock,
} from './index';

const entry = (A: { cols: number; data: Float64Array }, [r, c]: readonly [number, number]) =>
  A.data[r * A.cols + c] as number;

describe('monarchEntryPath', () => {
  it('monarchEntryPath(2, 1, 2) is L[1](0, 1)·R[1](1, 0) (worked by hand from M(a·m+i, b·m+j))', () => {
    const path = monarchEntryPath(2, 1, 2);
    expect(path).toMatchObject({ a: 0, i: 1, b: 1, j: 0, lIndex: 5, rIndex: 6 });
    expect(path.left).toEqual([1, 2]);
    expect(path.l).toEqual([2, 3]);
    expect(path.middle).toEqual([3, 3]);
    expect(path.r).toEqual([3, 2]);
  });

  it('monarchEntryPath(m, row, col) names the one non-zero term of P·L·P·R for every entry, m = 1..5', () => {
    for (let m = 1; m <= 5; m++) {
      const { L, R } = randomMonarch(m, createRng(`path-${m}`));
      const n = m * m;
      const P = permutationMatrix(monarchPermutation(m));
      const Ld = blockDiagonalMatrix(m, m, L);
      const Rd = blockDiagonalMatrix(m, m, R);
      const M = monarchMatrix(L, R);
      for (let row = 0; row < n; row++) {
        for (let col = 0; col < n; col++) {
          const p = monarchEntryPath(m, row, col);
          expect(entry(P, p.left)).toBe(1);
          expect(entry(P, p.middle)).toBe(1);
          expect(entry(Ld, p.l)).toBe(L[p.lIndex]);
          expect(entry(Rd, p.r)).toBe(R[p.rIndex]);
          expect(p.left[1]).toBe(p.l[0]);
          expect(p.l[1]).toBe(p.middle[0]);
          expect(p.middle[1]).toBe(p.r[0]);
          expect(entry(M, [row, col])).toBe((L[p.lIndex] as number) * (R[p.rIndex] as number));
        }
      }
    }
  });

  it('monarchEntryPath throws a RangeError naming the index out of range', () => {
    expect(() => monarchEntryPath(3, 9, 0)).toThrow(/row must be an integer in \[0, 9\), got 9/);
    expect(() => monarchEntryPath(3, 0, -1)).toThrow(/col/);
    expect(() => monarchEntryPath(0, 0, 0)).toThrow(/positive integer/);
    expect(() => monarchEntryPath(2, 0.5, 0)).toThrow(RangeError);
  });
});

describe('monarchStages', () => {
  it('monarchStages(I, I, x) only shuffles: x, x, P·x, P·x, x (m = 2)', () => {
    const I = [1, 0, 0, 1, 1, 0, 0, 1];
    const s = monarchStages(I, I, [0, 1, 2, 3]).map((v) => Array.from(v));
    expect(s).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 2, 1, 3],
      [0, 2, 1, 3],
      [0, 1, 2, 3],
    ]);
  });

  it('monarchStages(L, R, x) multiplies the dense factors one at a time and ends at monarchMatvec, m = 1..8', () => {
    for (let m = 1; m <= 8; m++) {
      const rng = createRng(`stages-${m}`);
      const { L, R } = randomMonarch(m, rng);
      const x = Array.from({ length: m * m }, () => rng.normal());
      const P = permutationMatrix(monarchPermutation(m));
      const [x0, rx, prx, lprx, mx] = monarchStages(L, R, x);
      expectClose(x0, x);
      expectClose(rx, matvec(blockDiagonalMatrix(m, m, R), x), { atol: 1e-12 });
      expectClose(prx, matvec(P, rx as Float64Array));
      expectClose(lprx, matvec(blockDiagonalMatrix(m, m, L), prx as Float64Array), { atol: 1e-12 });
      expectClose(mx, monarchMatvec(L, R, x), { atol: 1e-12 });
    }
  });

  it('monarchStages rejects x of the wrong length and non-finite factors', () => {
    expect(() => monarchStages([1], [1], [1, 2])).toThrow(/x has length 2, but M is 1×1/);
    expect(() => monarchStages([Number.NaN], [1], [1])).toThrow(/finite/);
  });
});

describe('blockDiagonalMatvec', () => {
  it('blockDiagonalMatvec(blocks, side, B, x) equals the dense block-diagonal matrix times x', () => {
    const rng = createRng('bd');
    for (const [blocks, side] of [
      [1, 1],
      [3, 2],
      [2, 5],
    ] as const) {
      const B = Array.from({ length: blocks * side * side }, () => rng.normal());
      const x = Array.from({ length: blocks * side }, () => rng.normal());
      expectClose(blockDiagonalMatvec(blocks, side, B, x), matvec(blockDiagonalMatrix(blocks, side, B), x), {
        atol: 1e-12,
      });
    }
  });
});

describe('monarchProductCheck', () => {
  it('monarchProductCheck(L, R, x) agrees with P·L·P·R multiplied out densely, to rounding, m = 2..8', () => {
    for (let m = 2; m <= 8; m++) {
      const rng = createRng(`check-${m}`);
      const { L, R } = randomMonarch(m, rng);
      const x = Array.from({ length: m * m }, (_, k) => k);
      const check = monarchProductCheck(L, R, x);
      const P = permutationMatrix(monarchPermutation(m));
      const M = matmul(matmul(P, blockDiagonalMatrix(m, m, L)), matmul(P, blockDiagonalMatrix(m, m, R)));
      expectClose(check.dense, matvec(M, x), { atol: 1e-10 });
      expectClose(check.fast, check.dense, { atol: 1e-10 });
      expect(check.maxDifference).toBeLessThan(1e-10);
    }
  });

  it('monarchProductCheck reports the largest difference, 0 for exact small integers', () => {
    const L = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(monarchProductCheck(L, L, [0, 1, 2, 3]).maxDifference).toBe(0);
  });
});

describe('monarchBlock and withMonarchBlock', () => {
  const F = [1, 2, 3, 4, 5, 6, 7, 8];

  it('monarchBlock(F, 2, b) reads block b row by row', () => {
    expect(monarchBlock(F, 2, 0)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(monarchBlock(F, 2, 1)).toEqual([
      [5, 6],
      [7, 8],
    ]);
  });

  it('withMonarchBlock(F, m, b, rows) replaces block b only and leaves F alone; monarchBlock reads it back', () => {
    const G = withMonarchBlock(F, 2, 1, [
      [0, -1],
      [2.5, 9],
    ]);
    expect(Array.from(G)).toEqual([1, 2, 3, 4, 0, -1, 2.5, 9]);
    expect(F).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const { R } = randomMonarch(4, createRng('blocks'));
    const rows = monarchBlock(R, 4, 2);
    expect(Array.from(withMonarchBlock(R, 4, 2, rows))).toEqual(Array.from(R));
  });

  it('an edited entry of R moves only the entries of M it multiplies (column block b, row offset i)', () => {
    const m = 3;
    const { L, R } = randomMonarch(m, createRng('edit'));
    const rows = monarchBlock(R, m, 1);
    (rows[2] as number[])[0] = 5;
    const before = monarchMatrix(L, R);
    const after = monarchMatrix(L, withMonarchBlock(R, m, 1, rows));
    for (let row = 0; row < m * m; row++) {
      for (let col = 0; col < m * m; col++) {
        const p = monarchEntryPath(m, row, col);
        const changed = entry(before, [row, col]) !== entry(after, [row, col]);
        expect(changed).toBe(p.rIndex === 1 * m * m + 2 * m + 0 && (L[p.lIndex] as number) !== 0);
      }
    }
  });

  it('withMonarchBlock throws for a block of the wrong shape, a bad index or a non-finite entry', () => {
    expect(() => withMonarchBlock(F, 2, 0, [[1, 2, 3]])).toThrow(/is 2×2, got 1×3$/);
    expect(() => withMonarchBlock(F, 2, 0, [])).toThrow(/got 0×0$/);
    expect(() =>
      withMonarchBlock(F, 2, 2, [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(/block must be an integer in \[0, 2\), got 2/);
    expect(() => withMonarchBlock(F, 3, 0, [[1]])).toThrow(/holds m³ numbers, got 8/);
    expect(() =>
      withMonarchBlock(F, 2, 0, [
        [1, Number.NaN],
        [3, 4],
      ]),
    ).toThrow(/entry \(0, 1\) is NaN/);
    expect(() => monarchBlock(F, 2, -1)).toThrow(RangeError);
  });
});
