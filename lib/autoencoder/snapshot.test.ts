import { describe, expect, it } from 'vitest';
import { fromRows, randomMatrix, zeros } from '../linalg';
import { svd, tailEnergy } from '../linalg/svd';
import { createRng } from '../random';
import { type AutoencoderOptimizer, createAutoencoder } from './linearAutoencoder';

const M = randomMatrix(17, 9, createRng('snapshot-17x9'));

describe('LinearAutoencoder.snapshot() and createAutoencoder(M, k, { from })', () => {
  it('step(a), snapshot, resume, step(b) equals step(a + b) bit for bit, for every optimizer and batch size', () => {
    const optimizers: AutoencoderOptimizer[] = ['sgd', 'momentum', 'adam'];
    for (const optimizer of optimizers) {
      for (const batchSize of [1, 4, 5, 17]) {
        const options = { seed: `resume-${optimizer}`, optimizer, learningRate: 0.004, batchSize };
        const whole = createAutoencoder(M, 3, options);
        const expected = whole.step(61);
        const first = createAutoencoder(M, 3, options);
        first.step(23);
        const resumed = createAutoencoder(M, 3, { from: structuredClone(first.snapshot()) });
        // Steps 24–61 in two more pieces, through a second snapshot.
        resumed.step(10);
        const again = createAutoencoder(M, 3, { from: resumed.snapshot() });
        expect(again.step(28)).toEqual(expected);
        expect(again.params()).toEqual(whole.params());
        expect(again.snapshot()).toEqual(whole.snapshot());
      }
    }
  });

  it('snapshot() records shape, options, step and copies of the state', () => {
    const ae = createAutoencoder(M, 2, { seed: 3, optimizer: 'momentum', learningRate: 0.02, batchSize: 40 });
    ae.step(5);
    const s = ae.snapshot();
    expect([s.rows, s.cols, s.k, s.step, s.batchSize]).toEqual([17, 9, 2, 5, 17]);
    expect([s.seed, s.optimizer, s.learningRate, s.status, s.divergedAtStep]).toEqual([
      3,
      'momentum',
      0.02,
      'ok',
      null,
    ]);
    expect(s.C).toEqual(ae.params().C.data);
    expect(s.D).toEqual(ae.params().D.data);
    // Full batch: no permutation is ever drawn.
    expect(s.shuffles).toBe(0);
    s.C.fill(0);
    expect(ae.snapshot().C.some((x) => x !== 0)).toBe(true);
    // The trainer resumed from it reports the same loss without taking a step.
    expect(createAutoencoder(M, 2, { from: ae.snapshot() }).loss()).toBe(ae.loss());
  });

  it('counts row permutations: with batches of 4 of 17 rows an epoch is 4 steps', () => {
    const ae = createAutoencoder(M, 1, { seed: 1, batchSize: 4 });
    ae.step(9); // epochs start at steps 1, 5 and 9
    expect(ae.snapshot()).toMatchObject({ shuffles: 3, pos: 4 });
  });

  it('a resumed trainer may use another learning rate; the rest carries over', () => {
    const ae = createAutoencoder(M, 3, { seed: 2, optimizer: 'adam', learningRate: 0.01 });
    ae.step(400);
    const finer = createAutoencoder(M, 3, { from: ae.snapshot(), learningRate: 0.001 });
    expect(finer.snapshot()).toMatchObject({ step: 400, learningRate: 0.001, optimizer: 'adam' });
    const optimum = tailEnergy(svd(M).S, 3);
    const loss = finer.step(2000).loss;
    expect(loss).toBeGreaterThanOrEqual(optimum * (1 - 1e-12));
    expect((loss - optimum) / optimum).toBeLessThan(1e-6);
  });

  it('a diverged snapshot stays diverged: the resumed trainer changes nothing', () => {
    const ae = createAutoencoder(M, 3, { seed: 1, optimizer: 'sgd', learningRate: 5 });
    const p = ae.step(50);
    expect(p.status).toBe('diverged');
    const resumed = createAutoencoder(M, 3, { from: ae.snapshot() });
    expect(resumed.status).toBe('diverged');
    expect(resumed.divergedAtStep).toBe(ae.divergedAtStep);
    expect(resumed.step(10)).toEqual(p);
  });

  it('the divergence threshold is the original one, not recomputed from the resumed loss', () => {
    const ae = createAutoencoder(M, 3, { seed: 1, optimizer: 'sgd', learningRate: 0.5 });
    const limit = ae.snapshot().limit;
    ae.step(1);
    expect(createAutoencoder(M, 3, { from: ae.snapshot() }).snapshot().limit).toBe(limit);
  });

  it('createAutoencoder(M, k, { from }) throws Error naming both shapes for a snapshot of another M or k', () => {
    const s = createAutoencoder(M, 3).snapshot();
    expect(() => createAutoencoder(randomMatrix(17, 8, createRng(1)), 3, { from: s })).toThrow(
      'snapshot of M 17×9 with k = 3 does not fit M 17×8 with k = 3',
    );
    expect(() => createAutoencoder(M, 2, { from: s })).toThrow(/with k = 3 does not fit M 17×9 with k = 2/);
  });

  it('createAutoencoder rejects a snapshot with NaN, mis-sized arrays, a bad position or a bad limit', () => {
    const good = createAutoencoder(M, 2, { batchSize: 3 }).snapshot();
    const bad = (patch: object) => () => createAutoencoder(M, 2, { from: { ...good, ...patch } });
    const nan = good.D.slice();
    nan[4] = Number.NaN;
    expect(bad({ D: nan })).toThrow(/snapshot\.D\[4\] is NaN/);
    expect(bad({ m2C: new Float64Array(3) })).toThrow(/snapshot\.m2C must be a Float64Array of 18 entries/);
    expect(bad({ pos: 18 })).toThrow(/pos 18 must be an integer in \[0, 17\]/);
    expect(bad({ step: -1 })).toThrow(RangeError);
    expect(bad({ limit: Number.POSITIVE_INFINITY })).toThrow(/limit/);
  });

  it('snapshots of k = 0 and of an empty M resume without NaN', () => {
    const none = createAutoencoder(fromRows([[1, 2]]), 0);
    none.step(3);
    const r = createAutoencoder(fromRows([[1, 2]]), 0, { from: none.snapshot() });
    expect(r.step(2)).toEqual({ step: 5, loss: 5, status: 'ok' });
    const empty = createAutoencoder(zeros(0, 3), 2);
    expect(createAutoencoder(zeros(0, 3), 2, { from: empty.snapshot() }).step(1)).toEqual({
      step: 1,
      loss: 0,
      status: 'ok',
    });
  });
});
