// The parameter rules of the sparsity measures and the range of S*_{q,p}, in a module of their own so that an
// article's live numbers (content/measuring-sparsity.live.ts) load without the measures themselves.

/** `x` if it is a number satisfying `ok`, else `fallback` (how every measure treats a bad parameter). */
export function param(x: number | undefined, fallback: number, ok: (v: number) => boolean): number {
  return x !== undefined && !Number.isNaN(x) && ok(x) ? x : fallback;
}

/** Whether a parameter is positive (p and q of the power means). */
export const positive = (v: number) => v > 0;

/**
 * The range of S*_{q,p} over non-zero vectors of length n: `dense` = 1 (constant vectors), `sparse` =
 * n^{1/p − 1/q} (one-hot vectors). Same parameter rules as `sStar` (swap if q > p; defaults for bad values);
 * n below 1 counts as 1.
 *
 * @example
 * sStarBounds(64, 1, 2); // { dense: 1, sparse: 0.125 }
 */
export function sStarBounds(n: number, q = 1, p = 2): { dense: number; sparse: number } {
  let lo = param(q, 1, positive);
  let hi = param(p, 2, positive);
  if (lo > hi) [lo, hi] = [hi, lo];
  const len = n >= 1 ? Math.floor(n) : 1;
  return { dense: 1, sparse: len ** (1 / hi - 1 / lo) };
}
