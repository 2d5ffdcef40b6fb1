/**
 * Principal components of a few word vectors, for drawing them on a page: the selected rows centred on their
 * own mean and projected onto their own leading directions (not the whole vocabulary's, whose first singular
 * directions mostly follow word frequency).
 */
import type { Matrix } from '../linalg/matrix';
import { svd } from '../linalg/svd';

/** What {@link principalProjection} returns. */
export interface PrincipalProjection {
  /** rows×k coordinates: row i's centred vector projected on the k leading principal directions. */
  readonly coords: Matrix;
  /** Share of the rows' total variance (squared distance to their mean) along each direction, in [0, 1]. */
  readonly explained: Float64Array;
}

/**
 * PCA of the rows of X (n points in d dimensions) to k dimensions: with X̄ the rows centred on their mean and
 * X̄ = U·Σ·Vᵀ, the coordinates are U_k·Σ_k = X̄·V_k, and direction j explains σⱼ² / Σ σ². Each direction's
 * sign is fixed so that its coordinate of largest magnitude is positive (ties within rounding: the first), so the picture does
 * not flip when the data barely changes. Directions beyond the rank of X̄ (n ≤ k, identical rows) give zero
 * coordinates and explain 0; zero rows or no rows give an n×k zero matrix.
 * Throws RangeError for k not an integer ≥ 1 and for non-finite entries (from svd).
 * @example
 * principalProjection(fromRows([[0, 0], [2, 0], [4, 0]]), 1).coords; // [[2], [0], [−2]] (row 0 wins the tie for the sign)
 */
export function principalProjection(X: Matrix, k: number): PrincipalProjection {
  if (!Number.isSafeInteger(k) || k < 1)
    throw new RangeError(`principalProjection: k must be an integer ≥ 1, got ${k}`);
  const { rows: n, cols: d } = X;
  const coords = new Float64Array(n * k);
  const explained = new Float64Array(k);
  if (n === 0 || d === 0) return { coords: { rows: n, cols: k, data: coords }, explained };
  const centred = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += X.data[i * d + j] as number;
    mean /= n;
    for (let i = 0; i < n; i++) centred[i * d + j] = (X.data[i * d + j] as number) - mean;
  }
  const f = svd({ rows: n, cols: d, data: centred });
  let total = 0;
  for (const s of f.S) total += s * s;
  const r = f.S.length;
  for (let j = 0; j < Math.min(k, r); j++) {
    const s = f.S[j] as number;
    // Directions the centred rows do not span stay exact zeros, not rounding noise with a random sign.
    if (!(s * s > total * 1e-24)) continue;
    let top = 0;
    for (let i = 0; i < n; i++) {
      const v = (f.U.data[i * r + j] as number) * s;
      coords[i * k + j] = v;
      top = Math.max(top, Math.abs(v));
    }
    // The first coordinate within rounding of the largest magnitude decides the sign.
    let lead = 0;
    while (Math.abs(coords[lead * k + j] as number) < top * (1 - 1e-9)) lead += 1;
    if ((coords[lead * k + j] as number) < 0) for (let i = 0; i < n; i++) coords[i * k + j] *= -1;
    explained[j] = (s * s) / total;
  }
  return { coords: { rows: n, cols: k, data: coords }, explained };
}
