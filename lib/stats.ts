/**
 * Small summaries of measurements: the median of samples and the slope of a power law on log–log axes.
 */

/**
 * The median of a list: the middle value after sorting, or the mean of the two middle values for an
 * even count. NaN for an empty list; a NaN entry gives NaN. The input is not modified.
 *
 * @example
 * median([3, 1, 2]);    // 2
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(xs: ArrayLike<number>): number {
  const s = Array.from(xs);
  if (s.length === 0 || s.some(Number.isNaN)) return Number.NaN;
  s.sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

/**
 * The exponent p of the least-squares power law y ≈ c·xᵖ: the slope of the line fitted to (ln x, ln y).
 *
 * Pairs where x or y is not finite and > 0 are left out (they have no logarithm). NaN when fewer than two
 * pairs remain or all remaining x are equal. Throws Error when xs and ys differ in length.
 *
 * @example
 * logLogSlope([64, 128, 256], [1, 4, 16]);  // 2 (y ∝ x²)
 * logLogSlope([1, 10], [5, 5]);             // 0
 */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length) {
    throw new Error(`logLogSlope: ${xs.length} x values but ${ys.length} y values`);
  }
  const lx: number[] = [];
  const ly: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)) {
      lx.push(Math.log(x));
      ly.push(Math.log(y));
    }
  }
  const m = lx.length;
  if (m < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < m; i++) {
    mx += lx[i] as number;
    my += ly[i] as number;
  }
  mx /= m;
  my /= m;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < m; i++) {
    const dx = (lx[i] as number) - mx;
    sxy += dx * ((ly[i] as number) - my);
    sxx += dx * dx;
  }
  return sxx === 0 ? Number.NaN : sxy / sxx;
}
