/**
 * The cost-race task: times lib/'s dense attention (with and without the mask) and its sparse kernel for
 * growing n, with the bytes of score storage and the pair counts each one visits. Runs in the Web Worker;
 * yields to the event loop between timed calls so a cancel message can arrive, and reports progress.
 */
import {
  attention,
  attentionMask,
  attentionRowLists,
  longestRow,
  MAX_MASK_N,
  type MaskKind,
  RACE_METHODS,
  type RaceMethod,
  type RaceTiming,
  raceBytes,
  raceK,
  sparseAttention,
} from '@/lib/attention';
import { randomMatrix } from '@/lib/linalg';
import { createRng } from '@/lib/random';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';
import { timeBatched } from './sampling';

export interface CostRaceInput {
  pattern: MaskKind;
  /** Window / stride of the pattern; default raceK(n) = round(√n) for each n. */
  k?: number;
  causal: boolean;
  /** Columns of Q, K and V. */
  d: number;
  /** Sequence lengths; sorted and deduplicated, each an integer in [1, MAX_MASK_N]. */
  sizes: number[];
  /** Timed samples per (n, method); the median is reported (see timeBatched). */
  repeats: number;
  /** Which kernels to time (default all three, in {@link RACE_METHODS} order). */
  methods?: RaceMethod[];
  /** Each sample repeats a fast kernel until it has run at least this long (ms), default 10. */
  minSampleMs?: number;
}

export interface CostRacePoint extends RaceTiming {
  k: number;
  /** Allowed pairs of the mask. */
  nnz: number;
  /** Pairs the kernel visits: n² for both dense kernels, nnz for the sparse one. */
  pairs: number;
  /** Every sample (ms per call), in the order taken. */
  samples: number[];
  /** Calls per sample (more than 1 for kernels faster than minSampleMs). */
  batch: number;
  /** Bytes of score storage, from `raceBytes`. */
  bytes: number;
}

export interface CostRaceResult {
  points: CostRacePoint[];
  /** True when the run stopped early because the caller cancelled. */
  cancelled: boolean;
}

const MAX_D = 256;
const MAX_REPEATS = 25;

/**
 * Runs all three kernels on a small problem a few times, so the JIT has seen every kernel (and both shapes
 * of the shared inner loops, dense and sparse) before anything is timed: then a timing does not depend on
 * which kernel happened to run first in this worker.
 */
function warmUp(pattern: MaskKind, causal: boolean, d: number): void {
  const n = 32;
  const k = 6;
  const rng = createRng('cost-race-warm-up');
  const [Q, K, V] = [randomMatrix(n, d, rng), randomMatrix(n, d, rng), randomMatrix(n, d, rng)];
  const mask = attentionMask(pattern, n, { k, causal });
  const lists = attentionRowLists(pattern, n, { k, causal });
  for (let r = 0; r < 10; r++) {
    attention(Q, K, V, mask);
    attention(Q, K, V);
    sparseAttention(Q, K, V, lists);
  }
}

/** Checks the input and returns the sizes sorted ascending without duplicates. Throws RangeError. */
export function checkCostRaceInput(input: CostRaceInput): number[] {
  const { d, repeats, sizes } = input;
  if (!Number.isInteger(d) || d < 1 || d > MAX_D) {
    throw new RangeError(`costRace: d must be an integer in [1, ${MAX_D}], got ${d}`);
  }
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > MAX_REPEATS) {
    throw new RangeError(`costRace: repeats must be an integer in [1, ${MAX_REPEATS}], got ${repeats}`);
  }
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_MASK_N) {
      throw new RangeError(`costRace: each size must be an integer in [1, ${MAX_MASK_N}], got ${n}`);
    }
  }
  for (const m of input.methods ?? []) {
    if (!RACE_METHODS.includes(m)) throw new RangeError(`costRace: unknown method '${String(m)}'`);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/**
 * Times the kernels for each n (ascending), after a short warm-up of all three on n = 32: builds the mask
 * and its row lists, draws seeded Q, K, V (standard normal, seed `cost-race-n-d`), and times each method with
 * timeBatched (`repeats` samples of batches lasting about minSampleMs; their median). Progress is reported
 * after every sample; between samples it yields to the event loop and stops (cancelled: true) once
 * ctx.cancelled().
 */
export async function costRace(input: CostRaceInput, ctx: TaskContext): Promise<TaskResult<CostRaceResult>> {
  const sizes = checkCostRaceInput(input);
  const methods = input.methods ?? [...RACE_METHODS];
  const minSampleMs = input.minSampleMs ?? 10;
  const { pattern, causal, d, repeats } = input;
  const points: CostRacePoint[] = [];
  if (sizes.length > 0) warmUp(pattern, causal, d);
  const totalSteps = sizes.length * methods.length;
  let step = 0;
  for (const n of sizes) {
    const k = input.k ?? raceK(n);
    const mask = attentionMask(pattern, n, { k, causal });
    const lists = attentionRowLists(pattern, n, { k, causal });
    const nnz = lists.indices.length;
    const rng = createRng(`cost-race-${n}-${d}`);
    const Q = randomMatrix(n, d, rng);
    const K = randomMatrix(n, d, rng);
    const V = randomMatrix(n, d, rng);
    const run: Record<RaceMethod, () => unknown> = {
      dense: () => attention(Q, K, V, mask),
      unmasked: () => attention(Q, K, V),
      sparse: () => sparseAttention(Q, K, V, lists),
    };
    for (const method of methods) {
      if (ctx.cancelled()) return { value: { points, cancelled: true } };
      const timing = await timeBatched(
        run[method],
        { repeats, minSampleMs },
        { cancelled: ctx.cancelled, sampled: (r) => ctx.progress((step + r / repeats) / totalSteps) },
      );
      if (!timing) return { value: { points, cancelled: true } };
      points.push({
        n,
        k,
        method,
        nnz,
        pairs: method === 'sparse' ? nnz : n * n,
        ...timing,
        bytes: raceBytes(method, n, nnz, longestRow(lists)),
      });
      step++;
      await yieldToEventLoop();
    }
  }
  return { value: { points, cancelled: false } };
}
