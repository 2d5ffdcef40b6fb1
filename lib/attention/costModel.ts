/**
 * The cost model of the cost race: what dense attention (with and without the mask) and the sparse kernel
 * should cost at each sequence length n before anything is timed — pairs visited and bytes of score storage —
 * and what the timings say afterwards: theory curves through the first measurement and the exponents of
 * power laws fitted to the largest sizes.
 */

import { logLogSlope } from '../stats';
import { expectedNnz } from './counts';
import { attentionMemory } from './memory';
import type { MaskKind } from './options';
import { attentionRowLengths } from './rowLists';

/** The kernels raced: dense `attention` with the mask, dense without a mask, and `sparseAttention`. */
export type RaceMethod = 'dense' | 'unmasked' | 'sparse';

/** Every {@link RaceMethod}, in the order a race times them at each n. */
export const RACE_METHODS: readonly RaceMethod[] = ['dense', 'unmasked', 'sparse'];

/**
 * The window / stride the race uses at length n: k = round(√n), at least 1, so the sparse patterns keep
 * O(n√n) pairs.
 *
 * @example
 * raceK(64);   // 8
 * raceK(2048); // 45
 */
export function raceK(n: number): number {
  return Math.max(1, Math.round(Math.sqrt(n)));
}

/**
 * Bytes of score storage of one call of a raced kernel ({@link attentionMemory}): dense with the mask 17n²,
 * dense without it 16n², sparse 8·longest + 4(n + 1) + 4·nnz.
 *
 * @example
 * raceBytes('dense', 10, 27, 3);  // 1700
 * raceBytes('sparse', 10, 27, 3); // 24 + 44 + 108 = 176
 */
export function raceBytes(method: RaceMethod, n: number, nnz: number, longest: number): number {
  return method === 'sparse'
    ? attentionMemory('sparse', n, nnz, { longestRow: longest }).total
    : attentionMemory('dense', n, nnz, { masked: method === 'dense' }).total;
}

/** What the model predicts at one n; see {@link raceCost}. */
export interface RaceCost {
  n: number;
  /** The window / stride used ({@link raceK} unless given). */
  k: number;
  /** Allowed pairs, the sparse kernel's work. */
  nnz: number;
  /** n²/nnz: the speed-up of the sparse kernel over dense + mask that the pair counts predict. */
  speedup: number;
  /** Bytes of score storage of dense + mask and of the sparse kernel. */
  denseBytes: number;
  sparseBytes: number;
}

/**
 * The race's theory at length n: k, the pair count nnz in closed form ({@link expectedNnz}), the predicted
 * speed-up n²/nnz and both kernels' bytes ({@link raceBytes}; the sparse kernel's longest row comes from the
 * pattern's row lists). Validates like `attentionMask` (RangeError on a bad kind, n or k).
 *
 * @example
 * raceCost('sparse', 64); // { n: 64, k: 8, nnz: 1352, speedup: 3.03, denseBytes: 69632, sparseBytes: … }
 */
export function raceCost(
  kind: MaskKind,
  n: number,
  options: { causal?: boolean; k?: number } = {},
): RaceCost {
  const k = options.k ?? raceK(n);
  const causal = options.causal ?? false;
  const nnz = expectedNnz(kind, n, { k, causal });
  const longest = attentionRowLengths(kind, n, { k, causal }).reduce((m, l) => Math.max(m, l), 0);
  return {
    n,
    k,
    nnz,
    speedup: (n * n) / nnz,
    denseBytes: raceBytes('dense', n, nnz, longest),
    sparseBytes: raceBytes('sparse', n, nnz, longest),
  };
}

/** One timed call: kernel, length and the median time in milliseconds. */
export interface RaceTiming {
  n: number;
  method: RaceMethod;
  ms: number;
}

/**
 * The theory curve of `method` through its first (smallest n) timing: time ∝ n² for the dense kernels and
 * ∝ nnz for the sparse one, scaled so it passes through that measurement, at every n of `costs`.
 * Empty when the method has no timing with a positive finite time at an n of `costs`.
 *
 * @example
 * // Dense + mask took 1 ms at n = 64: the n² law predicts 4 ms at 128.
 * theoryThrough([raceCost('sparse', 64), raceCost('sparse', 128)], [{ n: 64, method: 'dense', ms: 1 }], 'dense');
 * // [{ n: 64, ms: 1 }, { n: 128, ms: 4 }]
 */
export function theoryThrough(
  costs: readonly RaceCost[],
  timings: readonly RaceTiming[],
  method: RaceMethod,
): { n: number; ms: number }[] {
  const count = (c: RaceCost) => (method === 'sparse' ? c.nnz : c.n * c.n);
  let first: RaceTiming | undefined;
  for (const t of timings) if (t.method === method && (!first || t.n < first.n)) first = t;
  const anchor = first && costs.find((c) => c.n === first.n);
  if (!first || !anchor || !(first.ms > 0) || !Number.isFinite(first.ms)) return [];
  const scale = first.ms / count(anchor);
  return costs.map((c) => ({ n: c.n, ms: scale * count(c) }));
}

/** Fitted exponents p of time ∝ nᵖ for each kernel, and of nnz ∝ nᵖ; see {@link raceExponents}. */
export type RaceExponents = Record<RaceMethod | 'nnz', number>;

/**
 * The exponents of power laws fitted ({@link logLogSlope}) to each kernel's timings at its largest `tail`
 * sizes (default 3: at small n fixed per-call costs flatten the curves), and to nnz over the largest `tail`
 * sizes of `costs`. NaN for a kernel with fewer than two usable timings.
 *
 * @example
 * // Times 1, 4, 16 ms at n = 64, 128, 256: dense grows as n².
 * raceExponents(denseTimings, costs).dense; // 2
 */
export function raceExponents(
  timings: readonly RaceTiming[],
  costs: readonly RaceCost[],
  tail = 3,
): RaceExponents {
  const largest = <T extends { n: number }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => a.n - b.n).slice(-tail);
  const slopeOf = (method: RaceMethod) => {
    const s = largest(timings.filter((t) => t.method === method));
    return logLogSlope(
      s.map((t) => t.n),
      s.map((t) => t.ms),
    );
  };
  const c = largest(costs);
  return {
    dense: slopeOf('dense'),
    unmasked: slopeOf('unmasked'),
    sparse: slopeOf('sparse'),
    nnz: logLogSlope(
      c.map((r) => r.n),
      c.map((r) => r.nnz),
    ),
  };
}

/**
 * Whether a finished race looks disturbed by other programs: from n = 1024 on (`largestN`, the largest n
 * timed by both dense + mask and the sparse kernel) a quiet machine gives dense exponents in (1.7, 2.4) and
 * a sparse exponent within 0.35 of nnz's. False below n = 1024, where per-call costs still bend the curves.
 *
 * @example
 * raceLooksDisturbed({ dense: 2.02, unmasked: 1.98, sparse: 1.5, nnz: 1.45 }, 2048); // false
 * raceLooksDisturbed({ dense: 1.2, unmasked: 1.98, sparse: 1.5, nnz: 1.45 }, 2048);  // true
 */
export function raceLooksDisturbed(exponents: RaceExponents, largestN: number): boolean {
  if (!(largestN >= 1024)) return false;
  const nearSquare = (p: number) => p > 1.7 && p < 2.4;
  return !(
    nearSquare(exponents.dense) &&
    nearSquare(exponents.unmasked) &&
    Math.abs(exponents.sparse - exponents.nnz) < 0.35
  );
}
