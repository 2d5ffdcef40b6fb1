/**
 * Principal angles between the column spaces of two matrices (Björck & Golub 1973).
 */
import { matmul } from './matmul';
import { type Matrix, shapeOf } from './matrix';
import { qr } from './qr';
import { svd } from './svd';
import { transpose } from './transpose';

/**
 * The principal angles 0 ≤ θ₁ ≤ … ≤ θ_p ≤ π/2 (radians, ascending) between the column spaces of A (n×a)
 * and B (n×b), p = min(a, b, n).
 *
 * Both are orthonormalised by QR (Q_A, Q_B); cos θᵢ are the singular values of Q_AᵀQ_B, clamped to [0, 1].
 * Because acos loses half the digits near 0, angles whose cosine exceeds √½ are taken instead from
 * asin of the singular values of Q_B − Q_A·Q_AᵀQ_B (Knyazev & Argentati 2002), so angles near zero come out
 * near 1e-15 rather than 1e-8. The columns are assumed linearly independent: for a rank-deficient input,
 * QR completes the basis with arbitrary orthonormal directions. Throws Error naming both shapes when the
 * row counts differ; empty inputs give an empty array; non-finite entries throw RangeError (from svd).
 *
 * @example
 * principalAngles(fromRows([[1], [0]]), fromRows([[1], [1]])); // Float64Array [π/4]
 * principalAngles(Dt, topKRightSingularVectors); // → 0 as a linear autoencoder converges
 */
export function principalAngles(A: Matrix, B: Matrix): Float64Array {
  if (A.rows !== B.rows) {
    throw new Error(`principalAngles: shapes ${shapeOf(A)} and ${shapeOf(B)} need the same number of rows`);
  }
  let Qa = qr(A).Q;
  let Qb = qr(B).Q;
  // Let Qb be the smaller subspace: its p directions each get an angle to span(Qa).
  if (Qb.cols > Qa.cols) [Qa, Qb] = [Qb, Qa];
  const p = Qb.cols;
  if (p === 0) return new Float64Array(0);
  const C = matmul(transpose(Qa), Qb); // a×p
  const cos = svd(C).S; // descending: angles ascending
  const P = matmul(Qa, C);
  const D = new Float64Array(Qb.data.length);
  for (let q = 0; q < D.length; q++) D[q] = (Qb.data[q] as number) - (P.data[q] as number);
  const sin = svd({ rows: Qb.rows, cols: p, data: D }).S; // descending: angles descending
  const angles = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    const c = Math.min(1, Math.max(0, cos[i] as number));
    const s = Math.min(1, Math.max(0, sin[p - 1 - i] as number));
    angles[i] = c * c > 0.5 ? Math.asin(s) : Math.acos(c);
  }
  // Rounding can swap neighbours by an ulp across the cos/sin switch; keep the promised order.
  return angles.sort();
}
