/**
 * What the Viterbi stepper shows at step k of 2n: steps 1..n fill the columns of the dynamic programme one by
 * one, steps n+1..2n walk the backtrace from the last position to the first. Pure, tested in Node.
 */
import type { LatticeEdge, LatticeNode } from '@/components/plot';
import { formatNumber } from '@/lib/format';
import {
  type Lattice,
  type LogTransition,
  latticeWork,
  PATH_COUNT_CAP,
  type ViterbiTrace,
} from '@/lib/viterbi';

const fmtLog = (x: number) => formatNumber(x, { digits: 4 });

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

/** Whether position t's box on the best path is already revealed by the backtrace. */
export const traced = (state: StepState, n: number, t: number): boolean => t >= n - state.traced;

/**
 * The boxes at a step: pending until their column is filled, the newest column "active", the traced path
 * "best", unreachable boxes "dead"; each shows its best log-score once filled (before: its W).
 */
export function stepNodes(lattice: Lattice, trace: ViterbiTrace, state: StepState): LatticeNode[][] {
  const n = lattice.length;
  return lattice.map((col, t) =>
    col.map((c, k) => {
      const filled = t < state.filled;
      const score = trace.steps[t]?.scores[k] ?? Number.NaN;
      const best = traced(state, n, t) && trace.result.indices[t] === k;
      return {
        label: c.token,
        sub: filled ? fmtLog(score) : `W ${formatNumber(Math.exp(c.logProb), { digits: 2 })}`,
        state: best
          ? 'best'
          : !filled
            ? 'pending'
            : score === Number.NEGATIVE_INFINITY
              ? 'dead'
              : t === state.filled - 1 && state.traced === 0
                ? 'active'
                : 'idle',
        title: `${c.token}: log W = ${fmtLog(c.logProb)}${filled ? `, best log-score ${fmtLog(score)}` : ''}`,
      };
    }),
  );
}

/**
 * The transitions at a step: filled columns show each box's backpointer ("back", 2.5 px), the traced path is
 * "best" (4 px), impossible transitions (log P = −∞) are dashed ("zero"), the rest "faint" (1 px).
 */
export function stepEdges(
  lattice: Lattice,
  logTransition: LogTransition,
  trace: ViterbiTrace,
  state: StepState,
): LatticeEdge[] {
  const n = lattice.length;
  const bestIdx = trace.result.indices;
  const edges: LatticeEdge[] = [];
  for (let t = 1; t < n; t++) {
    const back = trace.steps[t]?.back;
    lattice[t - 1].forEach((a, j) => {
      lattice[t].forEach((b, k) => {
        const lp = logTransition(a.token, b.token);
        const isBack = t < state.filled && back?.[k] === j;
        const isBest =
          traced(state, n, t) && traced(state, n, t - 1) && bestIdx[t] === k && bestIdx[t - 1] === j;
        const impossible = lp === Number.NEGATIVE_INFINITY;
        edges.push({
          col: t - 1,
          from: j,
          to: k,
          width: isBest ? 4 : isBack ? 2.5 : impossible ? 0 : 1,
          state: isBest ? 'best' : isBack ? 'back' : impossible ? 'zero' : 'faint',
          title: `log P(${b.token}|${a.token}) = ${fmtLog(lp)}`,
        });
      });
    });
  }
  return edges;
}
