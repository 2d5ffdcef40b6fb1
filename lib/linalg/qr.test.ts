import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { matmul } from './matmul';
import { fromFunction, fromRows, type Matrix, zeros } from './matrix';
import { qr } from './qr';
import { randomMatrix } from './randomMatrix';
import { transpose } from './transpose';

function identityLike(n: number): Matrix {
  return fromFunction(n, n, (i, j) => (i === j ? 1 : 0));
}

function expectValidQr(A: Matrix): void {
  const { Q, R } = qr(A);
  const r = Math.min(A.rows, A.cols);
  expect([Q.rows, Q.cols, R.rows, R.cols]).toEqual([A.rows, r, r, A.cols]);
  expectClose(matmul(Q, R), A, { atol: 1e-12 });
  expectClose(matmul(transpose(Q), Q), identityLike(r), { atol: 1e-13 });
  for (let i = 0; i < r; i++) {
    expect(R.data[i * R.cols + i]).toBeGreaterThanOrEqual(0);
    for (let j = 0; j < Math.min(i, R.cols); j++) expect(R.data[i * R.cols + j]).toBe(0);
  }
}

describe('qr', () => {
  it('qr([[3, 1], [4, 2]]) gives R = [[5, 2.2], [0, 0.4]] and Q = [[0.6, −0.8], [0.8, 0.6]]', () => {
    // Hand computation: ‖(3, 4)‖ = 5; q₁ = (0.6, 0.8); r₁₂ = q₁·(1, 2) = 2.2; (1, 2) − 2.2·q₁ = (−0.32, 0.24).
    const { Q, R } = qr(
      fromRows([
        [3, 1],
        [4, 2],
      ]),
    );
    expectClose(R, [
      [5, 2.2],
      [0, 0.4],
    ]);
    expectClose(Q, [
      [0.6, -0.8],
      [0.8, 0.6],
    ]);
  });

  it('qr(A) rebuilds A with orthonormal Q and upper triangular R (Rⱼⱼ ≥ 0) on seeded random shapes', () => {
    const rng = createRng('qr-shapes');
    for (const [m, n] of [
      [1, 1],
      [1, 5],
      [5, 1],
      [4, 4],
      [12, 5],
      [5, 12],
      [30, 30],
    ] as const) {
      expectValidQr(randomMatrix(m, n, rng));
    }
  });

  it('qr(A) keeps Q orthonormal for rank-deficient and zero matrices', () => {
    const rng = createRng('qr-rank');
    const B = randomMatrix(6, 2, rng);
    const A = fromFunction(6, 4, (i, j) => B.data[i * 2 + (j % 2)] as number); // columns repeat: rank 2
    expectValidQr(A);
    const { Q, R } = qr(zeros(4, 3));
    expectClose(
      Q,
      fromFunction(4, 3, (i, j) => (i === j ? 1 : 0)),
      { rtol: 0, atol: 0 },
    );
    expect(Array.from(R.data)).toEqual(new Array(9).fill(0));
  });

  it('qr(A) of a zero-size matrix gives Q m×0 and R 0×n', () => {
    const { Q, R } = qr(zeros(3, 0));
    expect([Q.rows, Q.cols, R.rows, R.cols]).toEqual([3, 0, 0, 0]);
    const f = qr(zeros(0, 2));
    expect([f.Q.rows, f.Q.cols, f.R.rows, f.R.cols]).toEqual([0, 0, 0, 2]);
  });
});
