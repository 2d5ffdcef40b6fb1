/**
 * The Lorenz curve of |x|, the picture behind the Gini index: sort the magnitudes in ascending order
 * c₁ ≤ … ≤ c_N and plot the share of the total held by the smallest k entries, L(k/N) = (c₁ + … + c_k)/‖c‖₁,
 * for k = 0…N. A constant vector gives the diagonal L(t) = t; a one-hot vector stays at 0 until the last
 * entry. Hurley & Rickard's Gini index is one minus twice the area under this piecewise-linear curve:
 * G = 1 − Σₖ (L((k−1)/N) + L(k/N))/N = 1 − 2Σₖ (cₖ/‖c‖₁)(N − k + ½)/N.
 *
 * Returns N + 1 points { t: k/N, share: L(k/N) } from (0, 0) to (1, 1). The zero vector and a vector with a
 * non-finite entry give the diagonal (the least-sparse curve), so nothing divides by 0; the empty vector gives
 * the two end points [(0, 0), (1, 1)].
 *
 * @example lorenzCurve([1, 0, 0, 0]).map((p) => p.share) // [0, 0, 0, 0, 1]
 */
export function lorenzCurve(x: ArrayLike<number>): { t: number; share: number }[] {
  const n = x.length;
  const c = Array.from(x, (v) => Math.abs(v)).sort((a, b) => a - b);
  const total = c.reduce((a, b) => a + b, 0);
  if (n === 0)
    return [
      { t: 0, share: 0 },
      { t: 1, share: 1 },
    ];
  const degenerate = !(total > 0) || !Number.isFinite(total);
  const out = [{ t: 0, share: 0 }];
  let run = 0;
  for (let k = 1; k <= n; k++) {
    run += c[k - 1];
    out.push({ t: k / n, share: degenerate ? k / n : k === n ? 1 : run / total });
  }
  return out;
}
