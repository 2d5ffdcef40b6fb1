/**
 * The autoencoder-train task: trains lib/autoencoder's linear autoencoder in the Web Worker at a paced rate
 * and streams what the widget plots. Every ~50 ms it reports, through `ctx.progress(fraction, partial)`, the
 * curve points recorded since the last report (loss and principal angles at every `every`-th step) and a
 * snapshot of the trainer, so a pause (a cancel) keeps the last streamed state and a resume starts a new
 * task `from` it.
 */
import {
  type AutoencoderOptimizer,
  type AutoencoderSnapshot,
  type AutoencoderStatus,
  autoencoderTarget,
  createAutoencoder,
  decoderAngles,
} from '@/lib/autoencoder';
import type { Matrix } from '@/lib/linalg';
import { svd } from '@/lib/linalg/svd';
import type { TaskContext, TaskResult } from './protocol';

export interface AutoencoderTrainInput {
  M: Matrix;
  k: number;
  optimizer: AutoencoderOptimizer;
  learningRate: number;
  batchSize: number;
  seed: number;
  /** Continue this trainer (a streamed snapshot) instead of starting at step 0. */
  from: AutoencoderSnapshot | null;
  /** Train until this total step count (an integer ≥ 0). */
  until: number;
  /** Record a curve point at every multiple of this many steps (an integer ≥ 1), and at `until`. */
  every: number;
  /** Steps per second; 0 = as fast as the processor allows. */
  rate: number;
  /** Milliseconds between reports (default 50). */
  interval?: number;
}

/** One point of the curves: the whole-matrix loss and the principal angles (radians, ascending) at a step. */
export interface TrainPoint {
  step: number;
  loss: number;
  angles: number[];
}

/** What each report (and the final result) carries. */
export interface AutoencoderTrainReport {
  /** Points recorded since the previous report (the step-0 point comes first when not resuming). */
  points: TrainPoint[];
  /** The state at `snapshot.step` (which need not be a recorded point). */
  current: TrainPoint;
  snapshot: AutoencoderSnapshot;
  status: AutoencoderStatus;
  divergedAtStep: number | null;
  /** Steps of this run divided by its wall time so far (0 before any time has passed). */
  stepsPerSecond: number;
}

/** A clock and a sleep, injectable so the pacing is tested without waiting. */
export interface TrainClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const defaultClock: TrainClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Trains from `input.from` (or afresh) up to `input.until` steps at `input.rate` steps per second, in slices
 * of `interval` ms: each slice takes the steps due by then (in calls of up to `every` steps, so divergence is
 * caught within `every` steps), records a point at each multiple of `every`, reports progress = step/until
 * with the new points and a snapshot, then sleeps out the slice. Stops at `until`, at divergence (the
 * trainer keeps its last good state, so no point is ever NaN) or when cancelled (at the next slice).
 * Invalid input throws RangeError (lib's errors pass through).
 */
export async function autoencoderTrain(
  input: AutoencoderTrainInput,
  ctx: TaskContext<AutoencoderTrainReport>,
  clock: TrainClock = defaultClock,
): Promise<TaskResult<AutoencoderTrainReport>> {
  const { M, k, until, every, rate, interval = 50 } = input;
  if (!Number.isInteger(until) || until < 0) throw new RangeError(`autoencoderTrain: until ${until}`);
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`autoencoderTrain: every ${every}`);
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new RangeError(`autoencoderTrain: rate ${rate}`);
  const ae = createAutoencoder(M, k, {
    seed: input.seed,
    optimizer: input.optimizer,
    learningRate: input.learningRate,
    batchSize: input.batchSize,
    from: input.from ?? undefined,
  });
  const target = autoencoderTarget(svd(M), k);
  const pointAt = (step: number): TrainPoint => ({
    step,
    loss: ae.loss(),
    angles: Array.from(decoderAngles(ae.params().D, target.V)),
  });

  let step = input.from?.step ?? 0;
  const startStep = step;
  let pending: TrainPoint[] = input.from ? [] : [pointAt(step)];
  const start = clock.now();
  const report = (): AutoencoderTrainReport => {
    const seconds = (clock.now() - start) / 1000;
    const points = pending;
    pending = [];
    return {
      points,
      current: points.at(-1)?.step === step ? (points.at(-1) as TrainPoint) : pointAt(step),
      snapshot: ae.snapshot(),
      status: ae.status,
      divergedAtStep: ae.divergedAtStep,
      stepsPerSecond: seconds > 0 ? (step - startStep) / seconds : 0,
    };
  };
  const fraction = () => (until > 0 ? Math.min(1, step / until) : 1);

  while (step < until && ae.status === 'ok' && !ctx.cancelled()) {
    const sliceStart = clock.now();
    // The first step is due at once; then one every 1/rate seconds.
    const due = rate > 0 ? startStep + 1 + Math.floor(((sliceStart - start) / 1000) * rate) : until;
    const goal = Math.min(until, due);
    while (step < goal && ae.status === 'ok' && clock.now() - sliceStart < interval) {
      const next = Math.min(goal, (Math.floor(step / every) + 1) * every);
      const p = ae.step(next - step);
      if (p.status !== 'ok') break;
      step = p.step;
      if (step % every === 0 || step === until) pending.push(pointAt(step));
    }
    if (step >= until || ae.status !== 'ok') break;
    ctx.progress(fraction(), report());
    await clock.sleep(Math.max(0, interval - (clock.now() - sliceStart)));
  }
  const last = report();
  // After a cancel nobody listens; the caller keeps the state of the last report it received.
  if (!ctx.cancelled()) ctx.progress(fraction(), last);
  return { value: last };
}
