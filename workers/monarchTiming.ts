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
import { median } from '@/lib/stats';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

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

/** One product's timing at one size. */
export interface ProductTiming {
  /** Median time of one product (ms). */
  ms: number;
  /** Every sample (ms per product), in the order taken. */
  samples: number[];
  /** Products per sample. */
  batch: number;
}

export interface MonarchTimingPoint {
  m: number;
  n: number;
  monarch: ProductTiming;
  /** Null above DENSE_MATVEC_MAX_N, where the dense matrix is not built. */
  dense: ProductTiming | null;
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
/** Most products in one sample (a product at n = 16 takes well under a microsecond). */
const MAX_BATCH = 1 << 20;

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

/** Stops the run: thrown from inside a timing when the caller has cancelled. */
class Stop extends Error {}

/**
 * Times the two products for each n (ascending). Per size: seeded factors L, R (randomMonarch, seed
 * `monarch-timing-<seed>-<m>`) and x ~ N(0, 1); up to DENSE_MATVEC_MAX_N also the dense M (monarchMatrix,
 * O(n²)) and the largest entrywise difference of the two products. Each product then gets a batch size,
 * grown until one sample lasts minSampleMs (which also warms it up), and `repeats` samples with
 * performance.now, of which the median is reported. Progress is reported after every sample, with the size's
 * point attached once both products are timed; between samples it yields to the event loop and stops
 * (cancelled: true, keeping the sizes finished) once ctx.cancelled().
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

  const timeProduct = async (call: () => unknown): Promise<ProductTiming> => {
    const time = (batch: number) => {
      const t0 = performance.now();
      for (let b = 0; b < batch; b++) call();
      return performance.now() - t0;
    };
    const pause = async () => {
      await yieldToEventLoop();
      if (ctx.cancelled()) throw new Stop();
    };
    let batch = 1;
    for (let t = time(batch); t < minSampleMs && batch < MAX_BATCH; t = time(batch)) {
      // Aim a little past minSampleMs (a coarse clock can read a short sample as 0), at least doubling.
      batch = Math.min(
        MAX_BATCH,
        Math.max(2 * batch, Math.ceil((1.2 * batch * minSampleMs) / Math.max(t, 0.1))),
      );
      await pause();
    }
    const samples: number[] = [];
    for (let r = 0; r < repeats; r++) {
      await pause();
      samples.push(time(batch) / batch);
      ctx.progress((step + (r + 1) / repeats) / steps);
    }
    step++;
    return { ms: median(samples), samples, batch };
  };

  const points: MonarchTimingPoint[] = [];
  try {
    for (const m of orders) {
      if (ctx.cancelled()) throw new Stop();
      const n = m * m;
      const rng = createRng(`monarch-timing-${input.seed}-${m}`);
      const { L, R } = randomMonarch(m, rng);
      const x = Float64Array.from({ length: n }, () => rng.normal());
      const monarch = await timeProduct(() => monarchMatvec(L, R, x));
      let dense: ProductTiming | null = null;
      let maxDiff = Number.NaN;
      if (n <= DENSE_MATVEC_MAX_N) {
        const M = monarchMatrix(L, R);
        maxDiff = maxAbs(sub(matrix(1, n, monarchMatvec(L, R, x)), matrix(1, n, matvec(M, x))));
        dense = await timeProduct(() => matvec(M, x));
      }
      const point = { m, n, monarch, dense, maxDiff, speedup: dense ? dense.ms / monarch.ms : Number.NaN };
      points.push(point);
      ctx.progress(step / steps, point);
    }
  } catch (err) {
    if (err instanceof Stop) return { value: { points, cancelled: true } };
    throw err;
  }
  return { value: { points, cancelled: false } };
}
