/**
 * The monarch-timing task: times lib/'s fast Monarch product P(L(P(Rx))) against a dense matvec of the same
 * matrix for growing n = m², and checks that both give the same vector. Runs in the Web Worker; yields to the
 * event loop between timed samples so a cancel can arrive, reports progress, and streams each size's result
 * as soon as it is measured.
 */
import { matrix, matvec, maxAbs, sub } from '@/lib/linalg';
import {
  DENSE_MATVEC_MAX_N,
  MATVEC_TIMING_ORDERS,
  monarchMatrix,
  monarchMatvec,
  randomMonarch,
} from '@/lib/monarch';
import { createRng } from '@/lib/random';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';
import { type BatchedTiming, timeBatched } from './sampling';

export interface MonarchTimingInput {
  /** Orders m (n = m²), each one of MATVEC_TIMING_ORDERS; timed in ascending order. */
  orders: number[];
  /** Seeds the factors and the vector of every size. */
  seed: number;
  /** Timed samples per (n, product); the median is reported. Default 5. */
  repeats?: number;
  /** Each sample repeats a product until it has run at least this long (ms). Default 25. */
  minSampleMs?: number;
}

export interface MonarchTimingPoint {
  m: number;
  n: number;
  monarch: BatchedTiming;
  /** Null above DENSE_MATVEC_MAX_N, where the dense matrix is not built. */
  dense: BatchedTiming | null;
  /** max |P(L(P(Rx))) − M·x| over the entries (NaN when the dense product was not computed). */
  maxDiff: number;
  /** Measured speed-up, dense time ÷ Monarch time (NaN without a dense timing). */
  speedup: number;
}

export interface MonarchTimingResult {
  points: MonarchTimingPoint[];
  /** True when the run stopped early because the caller cancelled. */
  cancelled: boolean;
}

const MAX_REPEATS = 25;
const MAX_SAMPLE_MS = 500;

/** Checks the input and returns the orders ascending without duplicates. Throws RangeError. */
export function checkMonarchTimingInput(input: MonarchTimingInput): number[] {
  const { repeats = 5, minSampleMs = 25, seed } = input;
  if (!Number.isSafeInteger(seed))
    throw new RangeError(`monarchTiming: seed must be an integer, got ${seed}`);
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > MAX_REPEATS) {
    throw new RangeError(`monarchTiming: repeats must be an integer in [1, ${MAX_REPEATS}], got ${repeats}`);
  }
  if (!(minSampleMs > 0 && minSampleMs <= MAX_SAMPLE_MS)) {
    throw new RangeError(`monarchTiming: minSampleMs must be in (0, ${MAX_SAMPLE_MS}], got ${minSampleMs}`);
  }
  for (const m of input.orders) {
    if (!(MATVEC_TIMING_ORDERS as readonly number[]).includes(m)) {
      throw new RangeError(
        `monarchTiming: each order must be one of ${MATVEC_TIMING_ORDERS.join(', ')}, got ${m}`,
      );
    }
  }
  return [...new Set(input.orders)].sort((a, b) => a - b);
}

/**
 * Runs both products on a small size a few hundred times, so the JIT has compiled them before anything is
 * timed and the first size's timings do not depend on which product ran first in this worker.
 */
function warmUp(): void {
  const m = 8;
  const rng = createRng('monarch-timing-warm-up');
  const { L, R } = randomMonarch(m, rng);
  const x = Float64Array.from({ length: m * m }, () => rng.normal());
  const M = monarchMatrix(L, R);
  for (let r = 0; r < 500; r++) {
    monarchMatvec(L, R, x);
    matvec(M, x);
  }
}

/**
 * Times the two products for each n (ascending), after a short warm-up of both on n = 64. Per size: seeded
 * factors L, R (randomMonarch, seed `monarch-timing-<seed>-<m>`) and x ~ N(0, 1); up to DENSE_MATVEC_MAX_N
 * also the dense M (monarchMatrix, O(n²)) and the largest entrywise difference of the two products. Each
 * product is timed with timeBatched (`repeats` samples of batches lasting about minSampleMs; their median).
 * Progress is reported after every sample, with the size's point attached once both products are timed;
 * between samples it yields to the event loop and stops (cancelled: true, keeping the sizes finished) once
 * ctx.cancelled().
 */
export async function monarchTiming(
  input: MonarchTimingInput,
  ctx: TaskContext<MonarchTimingPoint>,
): Promise<TaskResult<MonarchTimingResult>> {
  const orders = checkMonarchTimingInput(input);
  const repeats = input.repeats ?? 5;
  const minSampleMs = input.minSampleMs ?? 25;
  const steps = orders.reduce((s, m) => s + (m * m <= DENSE_MATVEC_MAX_N ? 2 : 1), 0);
  let step = 0;

  const timeProduct = async (call: () => unknown) => {
    const timing = await timeBatched(
      call,
      { repeats, minSampleMs },
      { cancelled: ctx.cancelled, sampled: (r) => ctx.progress((step + r / repeats) / steps) },
    );
    step++;
    return timing;
  };

  const points: MonarchTimingPoint[] = [];
  const stopped = { value: { points, cancelled: true } };
  if (orders.length > 0) warmUp();
  for (const m of orders) {
    if (ctx.cancelled()) return stopped;
    const n = m * m;
    const rng = createRng(`monarch-timing-${input.seed}-${m}`);
    const { L, R } = randomMonarch(m, rng);
    const x = Float64Array.from({ length: n }, () => rng.normal());
    const monarch = await timeProduct(() => monarchMatvec(L, R, x));
    if (!monarch) return stopped;
    let dense: BatchedTiming | null = null;
    let maxDiff = Number.NaN;
    if (n <= DENSE_MATVEC_MAX_N) {
      const M = monarchMatrix(L, R);
      maxDiff = maxAbs(sub(matrix(1, n, monarchMatvec(L, R, x)), matrix(1, n, matvec(M, x))));
      dense = await timeProduct(() => matvec(M, x));
      if (!dense) return stopped;
    }
    const point = { m, n, monarch, dense, maxDiff, speedup: dense ? dense.ms / monarch.ms : Number.NaN };
    points.push(point);
    ctx.progress(step / steps, point);
    await yieldToEventLoop();
  }
  return { value: { points, cancelled: false } };
}
