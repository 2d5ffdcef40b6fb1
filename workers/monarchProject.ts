/**
 * Worker tasks of the monarch-project widget: one matrix projected onto the Monarch family and onto rank m
 * (compareMonarchLowRank, with both fits drawn as dense matrices), and the sweep of both errors against the
 * density of sparse Gaussian matrices, one density at a time with progress, streamed points and cancel.
 */
import type { Matrix } from '@/lib/linalg/matrix';
import {
  budgetFits,
  compareMonarchLowRank,
  densitySweepPoint,
  type ProjectInput,
  projectInputMatrix,
  SWEEP_DENSITIES,
  SWEEP_SEEDS,
  type SweepPoint,
} from '@/lib/monarch/compare';
import { weightCounts } from '@/lib/words/asset';
import { loadWordMatrix } from './newWords';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

/** Largest m the tasks accept (n = 256: one 256 × 256 SVD and 256 of 16 × 16, about 0.15 s). */
export const MONARCH_PROJECT_MAX_M = 16;

export interface MonarchProjectInput {
  kind: ProjectInput;
  m: number;
  density: number;
  noise: number;
  rank: number;
  seed: number;
}

export interface MonarchProjectOutput {
  /** The input, back, so the page can tell whose result it holds. */
  input: MonarchProjectInput;
  A: Matrix;
  monarchFit: Matrix;
  lowRankFit: Matrix;
  monarchError: number;
  monarchRelativeError: number;
  lowRankError: number;
  lowRankRelativeError: number;
  monarchParameters: number;
  lowRankParameters: number;
  /** Per slice (i, b) at i·m + b. */
  sliceErrors: Float64Array;
  /** Per slice, its m singular values at (i·m + b)·m. */
  spectra: Float64Array;
  /** A's singular values. */
  S: Float64Array;
}

function checkM(fn: string, m: number): void {
  if (!Number.isInteger(m) || m < 2 || m > MONARCH_PROJECT_MAX_M) {
    throw new RangeError(`${fn}: m must be an integer in [2, ${MONARCH_PROJECT_MAX_M}], got ${m}`);
  }
}

/**
 * Builds the input matrix (projectInputMatrix; for 'words', the log-weighted counts, log(1 + count), of the
 * worker's copy of the word matrix, loaded once) and compares its Monarch projection with its best rank-m fit. Rejects with lib's message for an input
 * that cannot be built (Hadamard for m not a power of two, a failed asset load) or m outside [2, 16].
 */
export async function monarchProject(
  input: MonarchProjectInput,
  ctx: TaskContext,
): Promise<TaskResult<MonarchProjectOutput>> {
  checkM('monarchProject', input.m);
  const words = input.kind === 'words' ? weightCounts((await loadWordMatrix()).seen, 'log') : undefined;
  const A = projectInputMatrix(input.kind, input.m, { ...input, words });
  ctx.progress(0.2);
  const c = compareMonarchLowRank(A, input.m);
  const { monarchFit, lowRankFit } = budgetFits(c);
  ctx.progress(1);
  const { sliceErrors, spectra } = c.monarch;
  return {
    value: {
      input,
      A,
      monarchFit,
      lowRankFit,
      monarchError: c.monarch.error,
      monarchRelativeError: c.monarch.relativeError,
      lowRankError: c.lowRankError,
      lowRankRelativeError: c.lowRankRelativeError,
      monarchParameters: c.monarchParameters,
      lowRankParameters: c.lowRankParameters,
      sliceErrors,
      spectra,
      S: c.svd.S,
    },
    transfer: [A.data, monarchFit.data, lowRankFit.data, sliceErrors, spectra, c.svd.S].map((a) => a.buffer),
  };
}

export interface MonarchSweepResult {
  m: number;
  points: SweepPoint[];
  /** True when the sweep stopped early because the caller cancelled. */
  cancelled: boolean;
}

/**
 * Monarch against rank m on sparse Gaussian matrices of size m², from dense to 1% (SWEEP_DENSITIES), each
 * point the mean over SWEEP_SEEDS seeds (densitySweepPoint). Streams each point as it is done with its
 * progress; between points it yields to the event loop and stops (cancelled: true) once ctx.cancelled().
 */
export async function monarchSweep(
  input: { m: number; densities?: number[]; seeds?: number },
  ctx: TaskContext<SweepPoint>,
): Promise<TaskResult<MonarchSweepResult>> {
  checkM('monarchSweep', input.m);
  const densities = input.densities ?? [...SWEEP_DENSITIES];
  const seeds = input.seeds ?? SWEEP_SEEDS;
  const points: SweepPoint[] = [];
  for (const density of densities) {
    await yieldToEventLoop();
    if (ctx.cancelled()) return { value: { m: input.m, points, cancelled: true } };
    const point = densitySweepPoint(input.m, density, seeds);
    points.push(point);
    ctx.progress(points.length / densities.length, point);
  }
  return { value: { m: input.m, points, cancelled: false } };
}
