/**
 * Sensitivity of a decoding decision to one input: set one candidate's image probability while the rest of
 * its column scales, and find where along a parameter's range the winning reading changes.
 */

/**
 * Sets candidate `index` of a column of image probabilities to `value` and scales the others proportionally
 * so the column keeps its total: wₖ ← wₖ·(T − v)/(T − wᵢ) for k ≠ i, with T = Σ w (or `total`).
 *
 * Why: the post's columns do not sum to 1 (0.87838 + 0.12148 + 0.00012 = 0.99998; the rest belongs to
 * candidates it dropped), so renormalising would change its numbers; keeping the total leaves them intact.
 * Edges: `value` is clamped to [0, T]; when the other candidates are all 0, the remainder T − v is shared
 * equally among them; a one-candidate column becomes [T]. A total above 1 is not checked here. Throws
 * RangeError for an index outside the column or a non-finite value.
 *
 * @example
 * rescaleColumn([0.87838, 0.12148, 0.00012], 1, 0.5); // [0.49992…, 0.5, 0.0000683…], still sums to 0.99998
 */
export function rescaleColumn(
  probs: readonly number[],
  index: number,
  value: number,
  total: number = probs.reduce((s, w) => s + w, 0),
): number[] {
  if (!Number.isInteger(index) || index < 0 || index >= probs.length) {
    throw new RangeError(`rescaleColumn: index ${index} outside a column of ${probs.length}`);
  }
  if (!Number.isFinite(value) || !Number.isFinite(total)) {
    throw new RangeError(`rescaleColumn: value ${value} and total ${total} must be finite`);
  }
  const t = Math.max(0, total);
  const v = Math.min(t, Math.max(0, value));
  if (probs.length === 1) return [t];
  const rest = t - v;
  const othersSum = probs.reduce((s, w, k) => (k === index ? s : s + Math.max(0, w)), 0);
  return probs.map((w, k) => {
    if (k === index) return v;
    if (othersSum > 0) return (Math.max(0, w) / othersSum) * rest;
    return rest / (probs.length - 1);
  });
}

/** A stretch of a parameter's range over which the decision stays the same. */
export interface DecisionSegment {
  /** Start and end of the stretch (the ends of the range, or a located change point). */
  from: number;
  to: number;
  /** The decision there (for example the winning reading "电视"). */
  winner: string;
}

/** Options of {@link decisionSegments}. */
export interface DecisionOptions {
  /** Evenly spaced probes across the range before bisection (default 256, at least 2). */
  samples?: number;
  /** Spacing of the probes and of the bisection: 'linear' (default) or 'log' (needs 0 < lo). */
  scale?: 'linear' | 'log';
  /** Bisection stops when the bracket is narrower than tol·max(1, |x|), or tol·x on a log scale (default 1e-12). */
  tol?: number;
}

/**
 * Splits [lo, hi] into stretches where `decide(x)` is constant: the range is probed at `samples` points
 * (evenly, or evenly in log x), and each change between neighbouring probes is located by bisection, so
 * `segments[k].to === segments[k + 1].from` is the change point to within `tol` (the last x with the old
 * decision). Example: the winning two-character reading as the image probability W(视) moves over [0, T]
 * gives [{from: 0, to: 0.0113…, winner: '电柳'}, {from: 0.0113…, to: T, winner: '电视'}].
 *
 * Edges: a change that happens and reverts between two neighbouring probes is not seen (use more samples);
 * lo = hi gives one segment; lo > hi or a log scale with lo ≤ 0 throws RangeError.
 *
 * @example
 * decisionSegments((x) => (x < 0.3 ? 'a' : 'b'), 0, 1); // [{from 0, to ≈0.3, 'a'}, {from ≈0.3, to 1, 'b'}]
 */
export function decisionSegments(
  decide: (x: number) => string,
  lo: number,
  hi: number,
  options: DecisionOptions = {},
): DecisionSegment[] {
  const { samples = 256, scale = 'linear', tol = 1e-12 } = options;
  if (!(Number.isFinite(lo) && Number.isFinite(hi)) || lo > hi) {
    throw new RangeError(`decisionSegments: bad range [${lo}, ${hi}]`);
  }
  if (scale === 'log' && !(lo > 0))
    throw new RangeError(`decisionSegments: a log scale needs lo > 0, got ${lo}`);
  if (lo === hi) return [{ from: lo, to: hi, winner: decide(lo) }];
  const n = Math.max(2, Math.floor(samples));
  const toU = (x: number) => (scale === 'log' ? Math.log(x) : x);
  const fromU = (u: number) => (scale === 'log' ? Math.exp(u) : u);
  const u0 = toU(lo);
  const u1 = toU(hi);
  const at = (k: number) => (k === 0 ? lo : k === n - 1 ? hi : fromU(u0 + ((u1 - u0) * k) / (n - 1)));

  const segments: DecisionSegment[] = [];
  let start = lo;
  let prevX = lo;
  let prev = decide(lo);
  for (let k = 1; k < n; k++) {
    const x = at(k);
    const d = decide(x);
    if (d !== prev) {
      // Invariant: decide(a) === prev, decide(b) !== prev.
      let a = prevX;
      let b = x;
      const width = (x: number) => tol * (scale === 'log' ? x : Math.max(1, Math.abs(x)));
      for (let it = 0; it < 200 && b - a > width(a); it++) {
        const mid = scale === 'log' && a > 0 ? Math.sqrt(a * b) : (a + b) / 2;
        if (mid <= a || mid >= b) break;
        if (decide(mid) === prev) a = mid;
        else b = mid;
      }
      segments.push({ from: start, to: a, winner: prev });
      start = a;
      prev = decide(b);
      // A third decision could sit between b and x; the next comparison from b catches it.
      prevX = b;
      if (prev !== d) {
        k--;
        continue;
      }
    }
    prevX = x;
  }
  segments.push({ from: start, to: hi, winner: prev });
  return segments;
}
