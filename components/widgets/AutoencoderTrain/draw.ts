/** The axes of the autoencoder-train plots: a log axis that fits curves falling over many decades. */

/**
 * A log-axis domain [lo, hi] around the positive finite `values`, padded by `pad` on both sides and never
 * below `floor` (values under it are drawn at the floor). With no usable value, [floor, 1]; with a single
 * value (or a span under a factor 10), a decade around it.
 *
 * @example logDomain([0.47, 3.2], 1e-12) // ≈ [0.47 / 1.5, 3.2 · 1.5]
 */
export function logDomain(values: readonly number[], floor: number, pad = 1.5): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    const c = Math.max(v, floor);
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (!(hi > 0)) return [floor, Math.max(1, floor * 10)];
  lo /= pad;
  hi *= pad;
  if (hi / lo < 10) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / Math.sqrt(10);
    hi = mid * Math.sqrt(10);
  }
  return [Math.max(lo, floor), hi];
}
