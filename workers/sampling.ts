/**
 * Timing a fast call by batched samples, shared by the timing tasks (the cost race, the Monarch product):
 * a call of a microsecond is far below a browser's clock resolution (100 µs without cross-origin isolation),
 * so each sample times a batch of calls lasting at least minSampleMs and reports the time per call.
 */
import { median } from '@/lib/stats';
import { yieldToEventLoop } from './protocol';

/** The median time of one call over the samples, every sample (ms per call, in order) and the batch size. */
export interface BatchedTiming {
  ms: number;
  samples: number[];
  /** Calls per sample (more than 1 for calls faster than minSampleMs). */
  batch: number;
}

/** Most calls in one sample (a Monarch product at n = 16 takes about 0.1 µs). */
const MAX_BATCH = 1 << 20;
/** Most re-takes of a too-short sample per timing. */
const MAX_RETRIES = 8;

/**
 * Times `call`: calibrates a batch (which also warms the call up) so one sample lasts about minSampleMs, then
 * takes `repeats` samples with performance.now (re-taking any much shorter one with a larger batch) and
 * reports their median per call. Yields to the event loop before every sample and returns null, without
 * finishing, once `cancelled()`; `sampled(r)` is called after the r-th sample is kept (r = 1 … repeats).
 */
export async function timeBatched(
  call: () => unknown,
  options: { repeats: number; minSampleMs: number },
  hooks: { cancelled: () => boolean; sampled: (r: number) => void },
): Promise<BatchedTiming | null> {
  const { repeats, minSampleMs } = options;
  const time = (batch: number) => {
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) call();
    return performance.now() - t0;
  };
  // Calibration doubles as the warm-up: grow the batch until one sample lasts minSampleMs.
  const grow = (batch: number, t: number) =>
    Math.min(MAX_BATCH, Math.max(batch * 2, Math.ceil((batch * minSampleMs) / Math.max(t, 0.05))));
  call();
  let batch = 1;
  for (let t = time(1); t < minSampleMs && batch < MAX_BATCH; ) {
    batch = grow(batch, t);
    await yieldToEventLoop();
    if (hooks.cancelled()) return null;
    t = time(batch);
  }
  // A pause (GC, another job) during calibration can make a fast call look slow and leave the batch too small
  // for a browser's coarse clock: a sample shorter than a quarter of minSampleMs grows the batch and is taken
  // again instead of being kept.
  const samples: number[] = [];
  for (let r = 0, retries = 0; r < repeats; ) {
    await yieldToEventLoop();
    if (hooks.cancelled()) return null;
    const t = time(batch);
    if (t < minSampleMs / 4 && batch < MAX_BATCH && retries < MAX_RETRIES) {
      batch = grow(batch, t);
      retries++;
      continue;
    }
    samples.push(t / batch);
    r++;
    hooks.sampled(r);
  }
  return { ms: median(samples), samples, batch };
}
