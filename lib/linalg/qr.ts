/**
 * The thin QR decomposition by Householder reflections.
 *
 * A is held column by column so each reflection walks contiguous memory; Q is accumulated from the
 * reflections, so its columns are orthonormal to rounding whatever the rank of A.
 */
import type { Matrix } from './matrix';

/** A thin QR decomposition A = Q·R of an m×n matrix, with r = min(m, n). */
export interface Qr {
  /** m×r with orthonormal columns. */
  readonly Q: Matrix;
  /** r×n upper triangular (upper trapezoidal when n > m), with Rⱼⱼ ≥ 0. */
  readonly R: Matrix;
}

/**
 * The thin QR decomposition A = Q·R: Q is m×r with QᵀQ = I, R is r×n upper triangular, r = min(m, n).
 *
 * Householder reflections (LAPACK's dgeqrf and dorgqr), then column j of Q and row j of R flipped together so
 * that Rⱼⱼ ≥ 0; for A of full column rank (m ≥ n) this makes the factorisation unique. When a column of A
 * depends on the earlier ones, Rⱼⱼ = 0 and Q's column j is an arbitrary unit vector orthogonal to the others,
 * so Q always has orthonormal columns (the zero matrix gives the first r columns of the identity).
 * A zero-size matrix gives Q m×0 and R 0×n. Non-finite entries propagate (no check is made).
 *
 * @example
 * const { Q, R } = qr(fromRows([[3, 1], [4, 2]]));
 * toRows(R); // [[5, 2.2], [0, 0.4]]: Q·R rebuilds A and QᵀQ = I
 */
export function qr(A: Matrix): Qr {
  const { rows: m, cols: n } = A;
  const r = Math.min(m, n);
  const a = A.data;
  // W: A column by column (n×m row-major).
  const W = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) W[j * m + i] = a[i * n + j] as number;
  const tau = new Float64Array(r);
  for (let k = 0; k < r; k++) {
    const ck = k * m;
    const alpha = W[ck + k] as number;
    let scale = 0;
    for (let i = k + 1; i < m; i++) scale = Math.max(scale, Math.abs(W[ck + i] as number));
    if (scale === 0) continue; // already a multiple of e_k: H = I
    let ss = 0;
    for (let i = k + 1; i < m; i++) {
      const v = (W[ck + i] as number) / scale;
      ss += v * v;
    }
    const xnorm = scale * Math.sqrt(ss);
    const norm = Math.hypot(alpha, xnorm); // robust to overflow, and called only r times
    const beta = alpha >= 0 ? -norm : norm;
    const denom = alpha - beta;
    for (let i = k + 1; i < m; i++) W[ck + i] = (W[ck + i] as number) / denom;
    const t = (beta - alpha) / beta;
    tau[k] = t;
    W[ck + k] = beta;
    for (let j = k + 1; j < n; j++) {
      const cj = j * m;
      let s = W[cj + k] as number;
      for (let i = k + 1; i < m; i++) s += (W[ck + i] as number) * (W[cj + i] as number);
      s *= t;
      W[cj + k] = (W[cj + k] as number) - s;
      for (let i = k + 1; i < m; i++) W[cj + i] = (W[cj + i] as number) - s * (W[ck + i] as number);
    }
  }
  // Q's columns as rows of Qt (r×m), accumulated backwards from the first r columns of the identity.
  const Qt = new Float64Array(r * m);
  for (let j = 0; j < r; j++) Qt[j * m + j] = 1;
  for (let k = r - 1; k >= 0; k--) {
    const t = tau[k] as number;
    if (t === 0) continue;
    const ck = k * m;
    for (let j = k; j < r; j++) {
      const qj = j * m;
      let s = Qt[qj + k] as number;
      for (let i = k + 1; i < m; i++) s += (W[ck + i] as number) * (Qt[qj + i] as number);
      s *= t;
      Qt[qj + k] = (Qt[qj + k] as number) - s;
      for (let i = k + 1; i < m; i++) Qt[qj + i] = (Qt[qj + i] as number) - s * (W[ck + i] as number);
    }
  }
  const R = new Float64Array(r * n);
  for (let i = 0; i < r; i++) for (let j = i; j < n; j++) R[i * n + j] = W[j * m + i] as number;
  // Rⱼⱼ ≥ 0: flip row j of R with column j of Q.
  for (let j = 0; j < r; j++) {
    if ((R[j * n + j] as number) < 0) {
      for (let c = j; c < n; c++) R[j * n + c] = -(R[j * n + c] as number);
      for (let i = 0; i < m; i++) Qt[j * m + i] = -(Qt[j * m + i] as number);
    }
  }
  const Q = new Float64Array(m * r);
  for (let j = 0; j < r; j++) for (let i = 0; i < m; i++) Q[i * r + j] = Qt[j * m + i] as number;
  return { Q: { rows: m, cols: r, data: Q }, R: { rows: r, cols: n, data: R } };
}
