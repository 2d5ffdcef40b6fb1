/**
 * The operation counts behind timing the fast Monarch product against the dense one: n² multiply-adds for a
 * dense n × n matrix times a vector, 2m³ = 2n^{1.5} for P(L(P(Rx))), so a predicted speed-up of √n/2, and the
 * count curves scaled through a measured time to draw beside measurements.
 */
import { monarchParameterCount } from './monarch';

/** The orders m (n = m²) the matvec timing offers: n = 16, 64, 256, 1024, 4096, 16384. */
export const MATVEC_TIMING_ORDERS = [4, 8, 16, 32, 64, 128] as const;

/**
 * The largest n whose dense n × n matrix is built and timed: 4096 (8n² bytes = 128 MiB). The next size,
 * 16384, would need 2 GiB for M alone, more than a browser tab should ask for; there only the fast product
 * (33.5 MB of factors) is timed.
 */
export const DENSE_MATVEC_MAX_N = 4096;

/** What one size costs; see {@link matvecCounts}. */
export interface MatvecCounts {
  m: number;
  n: number;
  /** Multiply-adds of a dense matvec, n². */
  dense: number;
  /** Multiply-adds of P(L(P(Rx))), 2m³ = 2n^{1.5} (one per parameter). */
  monarch: number;
  /** dense ÷ monarch = √n/2 = m/2: the speed-up the counts predict. */
  speedup: number;
  /** Bytes of the dense matrix (Float64, 8n²) and of the two factors (Float64, 16m³). */
  denseBytes: number;
  monarchBytes: number;
}

/**
 * The multiply-adds and bytes of a dense and a Monarch matvec of size n = m², and the predicted speed-up
 * n² / 2n^{1.5} = √n/2. Throws RangeError unless m is a positive safe integer.
 *
 * @example
 * matvecCounts(32); // { m: 32, n: 1024, dense: 1048576, monarch: 65536, speedup: 16, denseBytes: 8388608, monarchBytes: 524288 }
 */
export function matvecCounts(m: number): MatvecCounts {
  if (!Number.isSafeInteger(m) || m < 1)
    throw new RangeError(`matvecCounts: m must be a positive integer, got ${m}`);
  const n = m * m;
  const monarch = monarchParameterCount(m);
  return {
    m,
    n,
    dense: n * n,
    monarch,
    speedup: (n * n) / monarch,
    denseBytes: 8 * n * n,
    monarchBytes: 8 * monarch,
  };
}

/** One measured time per product: size n and milliseconds. */
export interface MatvecTiming {
  n: number;
  ms: number;
}

/**
 * The count curve of one product (`'dense'`: n², `'monarch'`: 2n^{1.5}) in milliseconds, scaled to pass
 * through the timing at the largest n (at small n a call's fixed costs dominate, so the largest size is the
 * fairest anchor), at every size of `counts`. Empty when no timing has a positive finite time at an n of
 * `counts`.
 *
 * @example
 * // The dense product took 1 ms at n = 1024: n² predicts 1/16 ms at 256 and 16 ms at 4096.
 * countsThrough([matvecCounts(16), matvecCounts(32), matvecCounts(64)], [{ n: 1024, ms: 1 }], 'dense');
 * // [{ n: 256, ms: 0.0625 }, { n: 1024, ms: 1 }, { n: 4096, ms: 16 }]
 */
export function countsThrough(
  counts: readonly MatvecCounts[],
  timings: readonly MatvecTiming[],
  product: 'dense' | 'monarch',
): MatvecTiming[] {
  let anchor: { timing: MatvecTiming; count: MatvecCounts } | undefined;
  for (const t of timings) {
    const c = counts.find((c) => c.n === t.n);
    if (c && t.ms > 0 && Number.isFinite(t.ms) && (!anchor || t.n > anchor.timing.n))
      anchor = { timing: t, count: c };
  }
  if (!anchor) return [];
  const scale = anchor.timing.ms / anchor.count[product];
  return counts.map((c) => ({ n: c.n, ms: scale * c[product] }));
}
