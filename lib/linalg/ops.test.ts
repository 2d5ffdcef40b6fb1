import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { add, hadamard, scale, sub } from './elementwise';
import { matmul, matvec } from './matmul';
import { fromFunction, fromRows, identity, matrix, toRows, zeros } from './matrix';
import { frobeniusNorm, maxAbs } from './norms';
import { randomMatrix } from './randomMatrix';
import { rowSums } from './rowSums';
import { transpose } from './transpose';

describe('matmul', () => {
  it('matmul(A, B) matches a hand-computed 2×3 · 3×2 product', () => {
    const A = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const B = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    // 1·7+2·9+3·11 = 58, 1·8+2·10+3·12 = 64, 4·7+5·9+6·11 = 139, 4·8+5·10+6·12 = 154
    expect(toRows(matmul(A, B))).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('matmul(A, B) throws an Error naming both shapes when they do not align', () => {
    expect(() => matmul(zeros(2, 3), zeros(2, 3))).toThrow('matmul: shapes 2×3 and 2×3 do not align');
  });

  it('matvec(A, x) is matmul(A, x as a column) on seeded inputs, and handles empty shapes', () => {
    const rng = createRng('matvec');
    for (const [m, n] of [
      [1, 1],
      [3, 5],
      [7, 2],
    ] as const) {
      const A = randomMatrix(m, n, rng);
      const x = randomMatrix(n, 1, rng);
      expectClose(matvec(A, x.data), matmul(A, x).data, { rtol: 1e-14, atol: 1e-15 });
    }
    expect([
      ...matvec(
        fromRows([
          [1, 2],
          [3, 4],
        ]),
        [1, 1],
      ),
    ]).toEqual([3, 7]);
    expect([...matvec(zeros(2, 0), [])]).toEqual([0, 0]);
    expect(() => matvec(zeros(2, 3), [1, 2])).toThrow('matvec: a vector of length 2 for a 2×3 matrix');
  });

  it('matmul(A, I) = A and matmul(I, A) = A on seeded random matrices', () => {
    const rng = createRng('identity');
    for (const [m, n] of [
      [1, 1],
      [3, 5],
      [7, 2],
    ] as const) {
      const A = randomMatrix(m, n, rng);
      expectClose(matmul(A, identity(n)), A, { rtol: 0, atol: 0 });
      expectClose(matmul(identity(m), A), A, { rtol: 0, atol: 0 });
    }
  });

  it('matmul is associative and (AB)ᵀ = BᵀAᵀ on seeded random matrices', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 10; trial++) {
      const [m, k, p, n] = [rng.int(1, 6), rng.int(1, 6), rng.int(1, 6), rng.int(1, 6)];
      const A = randomMatrix(m, k, rng);
      const B = randomMatrix(k, p, rng);
      const C = randomMatrix(p, n, rng);
      expectClose(matmul(matmul(A, B), C), matmul(A, matmul(B, C)), { rtol: 1e-12, atol: 1e-12 });
      expectClose(transpose(matmul(A, B)), matmul(transpose(B), transpose(A)), { rtol: 1e-14, atol: 0 });
    }
  });

  it('matmul(A, B) equals the textbook triple loop for inner sizes 0–9 (unrolled and remainder paths)', () => {
    const rng = createRng('naive');
    for (let k = 0; k <= 9; k++) {
      const m = rng.int(1, 5);
      const n = rng.int(1, 5);
      const A = randomMatrix(m, k, rng);
      const B = randomMatrix(k, n, rng);
      const expected = fromFunction(m, n, (i, j) => {
        let s = 0;
        for (let p = 0; p < k; p++) s += (A.data[i * k + p] as number) * (B.data[p * n + j] as number);
        return s;
      });
      expectClose(matmul(A, B), expected, { rtol: 1e-13, atol: 1e-14 });
    }
  });

  it('matmul with zero-size dimensions gives the right empty or zero shapes', () => {
    expect(matmul(zeros(0, 3), zeros(3, 4))).toMatchObject({ rows: 0, cols: 4 });
    expect(matmul(zeros(2, 3), zeros(3, 0))).toMatchObject({ rows: 2, cols: 0 });
    const Z = matmul(zeros(2, 0), zeros(0, 3));
    expect(toRows(Z)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('transpose', () => {
  it('transpose(A) swaps indices and shapes, including n×0', () => {
    expect(toRows(transpose(fromRows([[1, 2, 3]])))).toEqual([[1], [2], [3]]);
    expect(transpose(zeros(0, 3))).toMatchObject({ rows: 3, cols: 0 });
  });

  it('transpose(transpose(A)) = A on a seeded random matrix', () => {
    const A = randomMatrix(5, 7, createRng(1));
    expectClose(transpose(transpose(A)), A, { rtol: 0, atol: 0 });
  });
});

describe('elementwise', () => {
  const A = fromRows([
    [1, 2],
    [3, 4],
  ]);
  const B = fromRows([
    [10, 20],
    [30, 40],
  ]);

  it('add, sub, hadamard and scale compute entrywise results', () => {
    expect(toRows(add(A, B))).toEqual([
      [11, 22],
      [33, 44],
    ]);
    expect(toRows(sub(A, B))).toEqual([
      [-9, -18],
      [-27, -36],
    ]);
    expect(toRows(hadamard(A, B))).toEqual([
      [10, 40],
      [90, 160],
    ]);
    expect(toRows(scale(A, -0.5))).toEqual([
      [-0.5, -1],
      [-1.5, -2],
    ]);
  });

  it('add, sub and hadamard throw naming both shapes when shapes differ', () => {
    expect(() => add(A, zeros(2, 3))).toThrow('add: shapes 2×2 and 2×3 differ');
    expect(() => sub(zeros(3, 2), A)).toThrow('sub: shapes 3×2 and 2×2 differ');
    expect(() => hadamard(zeros(1, 4), zeros(4, 1))).toThrow('hadamard: shapes 1×4 and 4×1 differ');
  });

  it('elementwise operations return new matrices and accept 0×n', () => {
    const C = add(A, B);
    expect(C.data).not.toBe(A.data);
    expect(A.data[0]).toBe(1);
    expect(add(zeros(0, 3), zeros(0, 3))).toMatchObject({ rows: 0, cols: 3 });
    expect(scale(zeros(0, 3), 2).data.length).toBe(0);
  });

  it('sub(add(A, B), B) = A on seeded random matrices', () => {
    const rng = createRng('addsub');
    const X = randomMatrix(4, 6, rng);
    const Y = randomMatrix(4, 6, rng);
    expectClose(sub(add(X, Y), Y), X, { rtol: 1e-14, atol: 1e-15 });
  });
});

describe('norms and sums', () => {
  it('frobeniusNorm([[3, 4]]) = 5 and maxAbs picks the largest magnitude', () => {
    expect(frobeniusNorm(fromRows([[3, 4]]))).toBe(5);
    expect(
      maxAbs(
        fromRows([
          [1, -5],
          [3, 2],
        ]),
      ),
    ).toBe(5);
  });

  it('frobeniusNorm does not overflow or underflow for extreme magnitudes', () => {
    expectClose(frobeniusNorm(fromRows([[3e200, 4e200]])), 5e200);
    expectClose(frobeniusNorm(fromRows([[3e-200, 4e-200]])), 5e-200, { rtol: 1e-14, atol: 0 });
  });

  it('frobeniusNorm and maxAbs of an empty or zero matrix are 0', () => {
    expect(frobeniusNorm(zeros(0, 3))).toBe(0);
    expect(maxAbs(zeros(0, 0))).toBe(0);
    expect(frobeniusNorm(zeros(2, 2))).toBe(0);
  });

  it('frobeniusNorm and maxAbs propagate NaN and infinity', () => {
    expect(maxAbs(fromRows([[1, Number.NaN, 2]]))).toBeNaN();
    expect(frobeniusNorm(fromRows([[Number.NaN, Number.POSITIVE_INFINITY]]))).toBeNaN();
    expect(frobeniusNorm(fromRows([[1, Number.NEGATIVE_INFINITY]]))).toBe(Number.POSITIVE_INFINITY);
  });

  it('frobeniusNorm(A)² = trace(AᵀA) on a seeded random matrix', () => {
    const A = randomMatrix(6, 4, createRng(8));
    const G = matmul(transpose(A), A);
    let trace = 0;
    for (let i = 0; i < 4; i++) trace += G.data[i * 4 + i] as number;
    expectClose(frobeniusNorm(A) ** 2, trace, { rtol: 1e-13 });
  });

  it('rowSums(A) sums each row; an m×0 matrix gives zeros', () => {
    expect(
      Array.from(
        rowSums(
          fromRows([
            [1, 2],
            [3, 4],
          ]),
        ),
      ),
    ).toEqual([3, 7]);
    expect(Array.from(rowSums(zeros(2, 0)))).toEqual([0, 0]);
    expect(rowSums(zeros(0, 2)).length).toBe(0);
  });
});

describe('randomMatrix', () => {
  it('randomMatrix(rows, cols, rng) is reproducible from the seed', () => {
    expect(randomMatrix(3, 4, createRng(5)).data).toEqual(randomMatrix(3, 4, createRng(5)).data);
    expect(randomMatrix(3, 4, createRng(5)).data).not.toEqual(randomMatrix(3, 4, createRng(6)).data);
  });

  it("randomMatrix(…, { distribution: 'uniform', low, high }) stays in [low, high)", () => {
    const M = randomMatrix(100, 100, createRng('u'), { distribution: 'uniform', low: -2, high: 3 });
    expect(Math.min(...M.data)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...M.data)).toBeLessThan(3);
    const mean = M.data.reduce((s, x) => s + x, 0) / M.data.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.1);
  });

  it("randomMatrix(…, { distribution: 'normal', mean, sd }) has that mean and spread", () => {
    const M = randomMatrix(200, 100, createRng('n'), { mean: 3, sd: 0.5 });
    const n = M.data.length;
    const mean = M.data.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(M.data.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(mean - 3)).toBeLessThan(0.02);
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.02);
  });

  it('randomMatrix with zero size consumes nothing and an unknown distribution throws RangeError', () => {
    expect(randomMatrix(0, 10, createRng(1)).data.length).toBe(0);
    expect(() => randomMatrix(2, 2, createRng(1), { distribution: 'cauchy' as 'normal' })).toThrow(
      RangeError,
    );
    expect(() => randomMatrix(-1, 2, createRng(1))).toThrow(RangeError);
  });

  it('matrix and fromFunction agree on row-major layout', () => {
    const f = (i: number, j: number) => i * 3 + j;
    expect(fromFunction(2, 3, f).data).toEqual(matrix(2, 3, [0, 1, 2, 3, 4, 5]).data);
  });
});
