import { describe, expect, it } from 'vitest';
import { autoencoderExample, autoencoderTarget, createAutoencoder, decoderAngles } from '@/lib/autoencoder';
import { svd, tailEnergy } from '@/lib/linalg/svd';
import {
  type AutoencoderTrainInput,
  type AutoencoderTrainReport,
  autoencoderTrain,
  type TrainClock,
} from './autoencoderTrain';
import { runTaskInline } from './tasks';

const shenMo = autoencoderExample('shenmo').matrix;
const base: AutoencoderTrainInput = {
  M: shenMo,
  k: 1,
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 2,
  seed: 0,
  from: null,
  until: 300,
  every: 1,
  rate: 0,
};

/** A fake clock: time moves only when the task sleeps (or by `perCall` ms on every reading). */
function fakeClock(perCall = 0): TrainClock & { sleeps: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => {
      t += perCall;
      return t;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

/** A fake ctx that records every report and can cancel after a number of reports. */
function recorder(cancelAfter = Number.POSITIVE_INFINITY) {
  const reports: { fraction: number; partial: AutoencoderTrainReport }[] = [];
  return {
    reports,
    ctx: {
      progress: (fraction: number, partial?: unknown) =>
        reports.push({ fraction, partial: partial as AutoencoderTrainReport }),
      cancelled: () => reports.length >= cancelAfter,
    },
  };
}

describe('autoencoderTrain(input, ctx, clock)', () => {
  it('streams every point from step 0 to `until`, with losses and angles equal to lib run directly', async () => {
    const { reports, ctx } = recorder();
    const out = await autoencoderTrain({ ...base, rate: 1000, interval: 50 }, ctx, fakeClock());
    const points = reports.flatMap((r) => r.partial.points);
    expect(points.map((p) => p.step)).toEqual(Array.from({ length: 301 }, (_, i) => i));
    expect(out.value).toBe(reports.at(-1)?.partial);
    const ae = createAutoencoder(shenMo, 1, { seed: 0, optimizer: 'adam', learningRate: 0.01, batchSize: 2 });
    const V = autoencoderTarget(svd(shenMo), 1).V;
    for (const p of points) {
      if (p.step > 0) ae.step(1);
      expect(p.loss).toBe(ae.loss());
      expect(p.angles).toEqual(Array.from(decoderAngles(ae.params().D, V)));
    }
    // Adam reaches σ₂² within 1e-3 by step 300 and never goes below it.
    const optimum = tailEnergy(svd(shenMo).S, 1);
    for (const p of points) expect(p.loss).toBeGreaterThanOrEqual(optimum * (1 - 1e-12));
    expect(Math.abs((points.at(-1)?.loss as number) / optimum - 1)).toBeLessThan(1e-3);
    expect(out.value.snapshot.step).toBe(300);
    expect(reports.at(-1)?.fraction).toBe(1);
  });

  it('paces the steps: at 1000 steps/s and 50 ms slices each report adds about 50 steps', async () => {
    const { reports, ctx } = recorder();
    const clock = fakeClock();
    await autoencoderTrain({ ...base, rate: 1000, interval: 50 }, ctx, clock);
    const steps = reports.map((r) => r.partial.snapshot.step);
    // Slice s (at t = 50·s ms) takes the steps due by then: 1 + 50·s.
    expect(steps.slice(0, 4)).toEqual([1, 51, 101, 151]);
    expect(steps.at(-1)).toBe(300);
    expect(clock.sleeps.every((ms) => ms === 50)).toBe(true);
    const fractions = reports.map((r) => r.fraction);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] as number))).toBe(true);
  });

  it('records points only at multiples of `every` (and at `until`), keeping messages small', async () => {
    const { reports, ctx } = recorder();
    await autoencoderTrain({ ...base, until: 1003, every: 100, rate: 2000 }, ctx, fakeClock());
    const steps = reports.flatMap((r) => r.partial.points.map((p) => p.step));
    expect(steps).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1003]);
    // Each report's `current` is the state at its snapshot's step, recorded point or not.
    const ae = createAutoencoder(shenMo, 1, { seed: 0, optimizer: 'adam', learningRate: 0.01, batchSize: 2 });
    const V = autoencoderTarget(svd(shenMo), 1).V;
    let at = 0;
    for (const { partial } of reports) {
      expect(partial.current.step).toBe(partial.snapshot.step);
      ae.step(partial.current.step - at);
      at = partial.current.step;
      expect(partial.current.loss).toBe(ae.loss());
      expect(partial.current.angles).toEqual(Array.from(decoderAngles(ae.params().D, V)));
    }
    expect(reports.some((r) => r.partial.current.step % 100 !== 0 && r.partial.current.step !== 1003)).toBe(
      true,
    );
  });

  it('pause and resume: a run cancelled after two reports, resumed from its last snapshot, equals one run', async () => {
    const whole = recorder();
    await autoencoderTrain(
      { ...base, optimizer: 'momentum', batchSize: 1, rate: 400 },
      whole.ctx,
      fakeClock(),
    );
    const paused = recorder(2);
    await autoencoderTrain(
      { ...base, optimizer: 'momentum', batchSize: 1, rate: 400 },
      paused.ctx,
      fakeClock(),
    );
    expect(paused.reports).toHaveLength(2);
    const kept = paused.reports.flatMap((r) => r.partial.points);
    const snapshot = structuredClone(paused.reports[1]?.partial.snapshot);
    expect(snapshot?.step).toBe(kept.at(-1)?.step);
    const resumed = recorder();
    await autoencoderTrain(
      { ...base, optimizer: 'momentum', batchSize: 1, rate: 400, from: snapshot ?? null },
      resumed.ctx,
      fakeClock(),
    );
    const joined = [...kept, ...resumed.reports.flatMap((r) => r.partial.points)];
    expect(joined).toEqual(whole.reports.flatMap((r) => r.partial.points));
  });

  it('stops at divergence with status, step and only finite points', async () => {
    const { reports, ctx } = recorder();
    const out = await autoencoderTrain(
      { ...base, optimizer: 'sgd', learningRate: 10, until: 500 },
      ctx,
      fakeClock(),
    );
    expect(out.value.status).toBe('diverged');
    expect(out.value.divergedAtStep).toBeGreaterThan(0);
    expect(out.value.snapshot.step).toBeLessThan(out.value.divergedAtStep as number);
    const points = reports.flatMap((r) => r.partial.points);
    for (const p of points) {
      expect(Number.isFinite(p.loss)).toBe(true);
      expect(p.angles.every(Number.isFinite)).toBe(true);
    }
    expect(points.at(-1)?.step).toBe(out.value.snapshot.step);
  });

  it('measures steps per second from its clock', async () => {
    const { ctx } = recorder();
    // Every clock reading advances 1 ms: the run's wall time is known exactly only roughly, so bound it.
    const out = await autoencoderTrain({ ...base, until: 100, every: 10 }, ctx, fakeClock(1));
    expect(out.value.stepsPerSecond).toBeGreaterThan(0);
    expect(out.value.stepsPerSecond).toBeLessThan(100 / 0.001);
  });

  it('with until equal to the snapshot step it reports once and takes no step', async () => {
    const first = await autoencoderTrain({ ...base, until: 5 }, recorder().ctx, fakeClock());
    const { reports, ctx } = recorder();
    const out = await autoencoderTrain({ ...base, until: 5, from: first.value.snapshot }, ctx, fakeClock());
    expect(reports).toHaveLength(1);
    expect(out.value.points).toEqual([]);
    expect(out.value.snapshot).toEqual(first.value.snapshot);
  });

  it('throws RangeError for bad until, every or rate, and passes lib errors through', async () => {
    const ctx = recorder().ctx;
    await expect(autoencoderTrain({ ...base, until: -1 }, ctx)).rejects.toThrow(RangeError);
    await expect(autoencoderTrain({ ...base, every: 0 }, ctx)).rejects.toThrow(/every/);
    await expect(autoencoderTrain({ ...base, rate: Number.NaN }, ctx)).rejects.toThrow(/rate/);
    await expect(autoencoderTrain({ ...base, k: 9 }, ctx)).rejects.toThrow(
      /k must be an integer in \[0, 5\]/,
    );
  });

  it("runs through runTaskInline('autoencoderTrain') with partials passed to ctx.progress", async () => {
    const { reports, ctx } = recorder();
    const out = await runTaskInline('autoencoderTrain', { ...base, until: 20 }, ctx);
    expect((out.value as AutoencoderTrainReport).snapshot.step).toBe(20);
    expect(reports.flatMap((r) => r.partial.points)).toHaveLength(21);
  });
});
