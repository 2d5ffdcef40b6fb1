import type { Matrix } from './matrix';

/**
 * The largest absolute entry, max |Aᵢⱼ|; 0 for a zero-size matrix, NaN if any entry is NaN.
 *
 * @example
 * maxAbs(fromRows([[1, -5], [3, 2]])); // 5
 */
export function maxAbs(A: Matrix): number {
  const a = A.data;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i] as number);
    if (v > m) m = v;
    else if (Number.isNaN(v)) return Number.NaN;
  }
  return m;
}

/**
 * The Frobenius norm ‖A‖_F = √(Σ Aᵢⱼ²), computed as max·√(Σ (Aᵢⱼ/max)²) so squares neither overflow nor underflow.
 *
 * 0 for a zero-size or zero matrix; NaN if any entry is NaN; ∞ if any entry is infinite (and none is NaN).
 *
 * @example
 * frobeniusNorm(fromRows([[3, 4]])); // 5
 * frobeniusNorm(fromRows([[3e200, 4e200]])); // 5e200, not Infinity
 */
export function frobeniusNorm(A: Matrix): number {
  const m = maxAbs(A);
  if (m === 0 || !Number.isFinite(m)) return m;
  const a = A.data;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = (a[i] as number) / m;
    s += v * v;
  }
  return m * Math.sqrt(s);
}
