import { describe, expect, it } from 'vitest';
import {
  frobeniusNorm,
  fromFunction,
  fromRows,
  type Matrix,
  matmul,
  randomMatrix,
  transpose,
  zeros,
} from '../linalg';
import { principalAngles } from '../linalg/principalAngles';
import { svd, tailEnergy } from '../linalg/svd';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { autoencoderGradients, autoencoderLoss, createAutoencoder } from './linearAutoencoder';

/** The seeded 20×12 problem of the tests. */
const M = randomMatrix(20, 12, createRng('ae-20x12'));
const F = svd(M);
const K = 3;
const OPTIMUM = tailEnergy(F.S, K);
const VK = fromFunction(12, K, (i, j) => F.V.data[i * 12 + j] as number);

function maxAngle(D: Matrix): number {
  return Math.max(...principalAngles(transpose(D), VK));
}

describe('autoencoderLoss and autoencoderGradients', () => {
  it('autoencoderLoss(X, C, D) = ‖X − X·C·D‖²_F on a hand-computed example', () => {
    // X·C = [[1]], [[1]]·D = [[1, 0]]: residual (0, 2), loss 4.
    expect(autoencoderLoss(fromRows([[1, 2]]), fromRows([[1], [0]]), fromRows([[1, 0]]))).toBe(4);
    const rng = createRng('loss');
    const X = randomMatrix(5, 4, rng);
    const C = randomMatrix(4, 2, rng);
    const D = randomMatrix(2, 4, rng);
    const R = matmul(matmul(X, C), D);
    expectClose(
      autoencoderLoss(X, C, D),
      frobeniusNorm(
        fromFunction(5, 4, (i, j) => (R.data[i * 4 + j] as number) - (X.data[i * 4 + j] as number)),
      ) ** 2,
      { rtol: 1e-12 },
    );
  });

  it('autoencoderGradients(X, C, D) matches central finite differences in every entry', () => {
    const rng = createRng('finite-differences');
    const X = randomMatrix(6, 5, rng);
    const C = randomMatrix(5, 2, rng);
    const D = randomMatrix(2, 5, rng);
    const { loss, dC, dD } = autoencoderGradients(X, C, D);
    expectClose(loss, autoencoderLoss(X, C, D), { rtol: 1e-14 });
    const h = 1e-5;
    for (const [P, grad] of [
      [C, dC],
      [D, dD],
    ] as const) {
      for (let q = 0; q < P.data.length; q++) {
        const old = P.data[q] as number;
        P.data[q] = old + h;
        const up = autoencoderLoss(X, C, D);
        P.data[q] = old - h;
        const down = autoencoderLoss(X, C, D);
        P.data[q] = old;
        expectClose(grad.data[q], (up - down) / (2 * h), { rtol: 1e-6, atol: 1e-6 });
      }
    }
  });

  it('autoencoderLoss throws an Error naming the shapes when C and D do not fit X', () => {
    expect(() => autoencoderLoss(zeros(2, 3), zeros(4, 1), zeros(1, 3))).toThrow(/X 2×3, C 4×1, D 1×3/);
  });
});

describe('createAutoencoder', () => {
  it('Adam on the seeded 20×12 matrix with k = 3 reaches the Eckart–Young optimum within 1e-3', () => {
    const ae = createAutoencoder(M, K, { seed: 1, optimizer: 'adam', learningRate: 0.01 });
    const start = ae.loss();
    const { loss, status, step } = ae.step(1500);
    expect([status, step]).toEqual(['ok', 1500]);
    expect(Math.abs(loss - OPTIMUM) / OPTIMUM).toBeLessThan(1e-3);
    expect(start - OPTIMUM).toBeGreaterThan(1000 * (loss - OPTIMUM)); // the error was not small to begin with
  });

  it('the row space of D turns to the top-k right singular vectors: the principal angles go to ~0', () => {
    const ae = createAutoencoder(M, K, { seed: 1, optimizer: 'adam', learningRate: 0.01 });
    const before = maxAngle(ae.params().D);
    ae.step(3000);
    expect(before).toBeGreaterThan(0.3);
    expect(maxAngle(ae.params().D)).toBeLessThan(1e-4);
    // The reconstruction is then the truncated SVD itself.
    const Mk = matmul(
      fromFunction(20, K, (i, j) => (F.U.data[i * 12 + j] as number) * (F.S[j] as number)),
      transpose(VK),
    );
    expectClose(ae.reconstruction(), Mk, { atol: 1e-4 });
  });

  it('the loss never drops below the Eckart–Young optimum, whatever the optimizer', () => {
    for (const [optimizer, learningRate, batchSize] of [
      ['adam', 0.01, 20],
      ['adam', 0.003, 5],
      ['momentum', 0.01, 20],
      ['sgd', 0.05, 7],
    ] as const) {
      const ae = createAutoencoder(M, K, { seed: 'floor', optimizer, learningRate, batchSize });
      for (let i = 0; i < 20; i++) expect(ae.step(50).loss).toBeGreaterThanOrEqual(OPTIMUM * (1 - 1e-12));
    }
  });

  it('momentum and plain SGD (full batch) also converge to the optimum', () => {
    for (const [optimizer, learningRate] of [
      ['momentum', 0.01],
      ['sgd', 0.05],
    ] as const) {
      const ae = createAutoencoder(M, K, { seed: 2, optimizer, learningRate });
      expect(Math.abs(ae.step(3000).loss - OPTIMUM) / OPTIMUM).toBeLessThan(1e-5);
    }
  });

  it('Adam with minibatches of 5 rows gets within 1% of the optimum', () => {
    const ae = createAutoencoder(M, K, { seed: 3, optimizer: 'adam', learningRate: 0.003, batchSize: 5 });
    expect(Math.abs(ae.step(3000).loss - OPTIMUM) / OPTIMUM).toBeLessThan(1e-2);
  });

  it('the same seed gives the same trajectory; another seed gives another one', () => {
    const run = (seed: number) => {
      const ae = createAutoencoder(M, K, { seed, batchSize: 4 });
      return [ae.step(10).loss, ae.step(10).loss];
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('step(n) in pieces equals step(total) at once (streaming from a Worker changes nothing)', () => {
    const a = createAutoencoder(M, K, { seed: 4, batchSize: 6, optimizer: 'momentum', learningRate: 0.005 });
    const b = createAutoencoder(M, K, { seed: 4, batchSize: 6, optimizer: 'momentum', learningRate: 0.005 });
    for (let i = 0; i < 10; i++) a.step(7);
    const whole = b.step(70);
    expect(a.loss()).toBe(whole.loss);
    expect(a.params()).toEqual(b.params());
  });

  it('a too large learning rate is reported as diverged, with a finite loss and the last good parameters', () => {
    const ae = createAutoencoder(M, K, { seed: 1, optimizer: 'sgd', learningRate: 5 });
    const first = ae.step(1); // one step is still finite here
    const p = ae.step(200);
    expect(p.status).toBe('diverged');
    expect(ae.status).toBe('diverged');
    expect(ae.divergedAtStep).toBeGreaterThan(1);
    expect(Number.isFinite(p.loss)).toBe(true);
    expect(p.loss).toBe(first.loss);
    expect(p.step).toBe(1);
    const { C, D } = ae.params();
    expect([...C.data, ...D.data].every(Number.isFinite)).toBe(true);
    expect(ae.reconstruction().data.every(Number.isFinite)).toBe(true);
    // Later calls change nothing.
    expect(ae.step(10)).toEqual(p);
  });

  it('a loss that grows 10⁶-fold counts as diverged before it overflows; no reported loss exceeds that', () => {
    const ae = createAutoencoder(M, K, { seed: 1, optimizer: 'sgd', learningRate: 0.5 });
    const limit = 1e6 * Math.max(ae.loss(), frobeniusNorm(M) ** 2);
    const reported: number[] = [];
    for (let i = 0; i < 50 && ae.status === 'ok'; i++) reported.push(ae.step(1).loss);
    expect(ae.status).toBe('diverged');
    // With this seed the loss goes 7.5e2, 3.3e5, then 4.4e14 (caught at step 3), 1.2e42, … if left alone.
    expect(ae.divergedAtStep).toBe(3);
    for (const loss of reported) expect(loss).toBeLessThanOrEqual(limit);
  });

  it('huge entries with a moderate learning rate diverge to "diverged", never to NaN', () => {
    const big = fromFunction(20, 12, (i, j) => 1e150 * (M.data[i * 12 + j] as number));
    const ae = createAutoencoder(big, K, { seed: 1, optimizer: 'momentum', learningRate: 0.01 });
    const p = ae.step(100);
    expect(p.status).toBe('diverged');
    expect(Number.isFinite(p.loss)).toBe(true);
  });

  it('params() returns copies with C n×k and D k×n, and reconstruction() is M·C·D', () => {
    const ae = createAutoencoder(M, K, { seed: 5 });
    ae.step(3);
    const { C, D } = ae.params();
    expect([C.rows, C.cols, D.rows, D.cols]).toEqual([12, K, K, 12]);
    expectClose(ae.reconstruction(), matmul(matmul(M, C), D), { rtol: 1e-12, atol: 1e-14 });
    C.data.fill(0);
    expect(ae.params().C.data.some((x) => x !== 0)).toBe(true);
    expectClose(ae.loss(), autoencoderLoss(M, ae.params().C, ae.params().D), { rtol: 1e-12 });
  });

  it('k = 0 keeps the loss at ‖M‖²_F, and a batch size above m is clamped to a full batch', () => {
    const ae = createAutoencoder(M, 0);
    expectClose(ae.step(5).loss, frobeniusNorm(M) ** 2, { rtol: 1e-12 });
    const a = createAutoencoder(M, K, { seed: 6, batchSize: 500 });
    const b = createAutoencoder(M, K, { seed: 6 });
    expect(a.step(5)).toEqual(b.step(5));
  });

  it('createAutoencoder(empty M, k) trains nothing and reports loss 0 without NaN', () => {
    const ae = createAutoencoder(zeros(0, 3), 2, { seed: 1 });
    expect(ae.step(4)).toEqual({ step: 4, loss: 0, status: 'ok' });
    expect(ae.reconstruction()).toEqual(zeros(0, 3));
  });

  it('createAutoencoder throws RangeError for bad k, learning rate, batch size, optimizer or entries', () => {
    expect(() => createAutoencoder(M, 13)).toThrow(RangeError);
    expect(() => createAutoencoder(M, 1.5)).toThrow(/k must be an integer in \[0, 12\]/);
    expect(() => createAutoencoder(M, 2, { learningRate: 0 })).toThrow(/learningRate/);
    expect(() => createAutoencoder(M, 2, { learningRate: Number.NaN })).toThrow(/learningRate/);
    expect(() => createAutoencoder(M, 2, { batchSize: 0 })).toThrow(/batchSize/);
    // @ts-expect-error: an optimizer the type does not allow, as a Worker message might carry
    expect(() => createAutoencoder(M, 2, { optimizer: 'rmsprop' })).toThrow(/unknown optimizer 'rmsprop'/);
    expect(() => createAutoencoder(fromRows([[1, Number.NaN]]), 1)).toThrow(/entry \(0, 1\) of M is NaN/);
  });
});
