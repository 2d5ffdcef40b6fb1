/**
 * What the Viterbi stepper shows at step k of 2n: steps 1..n fill the columns of the dynamic programme one by
 * one, steps n+1..2n walk the backtrace from the last position to the first. Pure, tested in Node.
 */
import { latticeWork, PATH_COUNT_CAP } from '@/lib/viterbi';

/** The stepper's state at one step. */
export interface StepState {
  /** Columns of the DP table filled so far (0..n). */
  filled: number;
  /** Positions of the best path revealed by the backtrace, counted from the end (0..n). */
  traced: number;
  /** Calls of log P(·|·) made so far: Σ over filled columns t ≥ 1 of l₍t−1₎·lₜ. */
  transitions: number;
}

/** Number of steps for a lattice of n positions: n columns, then n backtrace steps. */
export const totalSteps = (n: number): number => 2 * n;

/**
 * The state after `step` steps (clamped to [0, 2n]) for columns of sizes `sizes`.
 *
 * @example stepState([2, 3, 3], 2) // { filled: 2, traced: 0, transitions: 6 }
 */
export function stepState(sizes: readonly number[], step: number): StepState {
  const n = sizes.length;
  const k = Math.max(0, Math.min(totalSteps(n), Math.floor(Number.isFinite(step) ? step : 0)));
  const filled = Math.min(n, k);
  return { filled, traced: Math.max(0, k - n), transitions: latticeWork(sizes.slice(0, filled)).transitions };
}

/**
 * Work of brute force on the same lattice: Π lₜ paths (lib's latticeWork, capped at PATH_COUNT_CAP), each
 * scored with n − 1 transitions; nothing for the empty lattice.
 */
export function bruteForceWork(sizes: readonly number[]): { paths: number; transitions: number } {
  const paths = sizes.length > 0 ? latticeWork(sizes).paths : 0;
  return { paths, transitions: Math.min(PATH_COUNT_CAP, paths * Math.max(0, sizes.length - 1)) };
}
