import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { createLstm, type LstmParams, lstmBackward, lstmForward, softmaxCrossEntropy } from '.';

const D = 3;
const H = 4;
const K = 5;
const T = 6;

/** A bidirectional layer and a linear softmax head: loss of targets given x, with every gradient. */
function model(
  fwd: LstmParams,
  bwd: LstmParams,
  V: Float64Array,
  x: Float64Array,
  y: number[],
  w?: number[],
) {
  const a = lstmForward(fwd, x);
  const b = lstmForward(bwd, x, true);
  const logits = new Float64Array(T * K);
  for (let t = 0; t < T; t++)
    for (let k = 0; k < K; k++) {
      let v = 0;
      for (let j = 0; j < H; j++) {
        v += (V[k * 2 * H + j] as number) * (a.h[t * H + j] as number);
        v += (V[k * 2 * H + H + j] as number) * (b.h[t * H + j] as number);
      }
      logits[t * K + k] = v;
    }
  const ce = softmaxCrossEntropy(logits, y, K, w);
  const dV = new Float64Array(V.length);
  const dha = new Float64Array(T * H);
  const dhb = new Float64Array(T * H);
  for (let t = 0; t < T; t++)
    for (let k = 0; k < K; k++) {
      const d = ce.dLogits[t * K + k] as number;
      for (let j = 0; j < H; j++) {
        dV[k * 2 * H + j] = (dV[k * 2 * H + j] as number) + d * (a.h[t * H + j] as number);
        dV[k * 2 * H + H + j] = (dV[k * 2 * H + H + j] as number) + d * (b.h[t * H + j] as number);
        dha[t * H + j] = (dha[t * H + j] as number) + d * (V[k * 2 * H + j] as number);
        dhb[t * H + j] = (dhb[t * H + j] as number) + d * (V[k * 2 * H + H + j] as number);
      }
    }
  const ga = lstmBackward(fwd, a.cache, dha);
  const gb = lstmBackward(bwd, b.cache, dhb);
  const dx = ga.dx.map((v, q) => v + (gb.dx[q] as number));
  return { loss: ce.loss, ga, gb, dV, dx, hf: a.h, hb: b.h };
}

describe('LSTM forward and backward', () => {
  const rng = createRng('lstm-grad');
  const fwd = createLstm(D, H, rng);
  const bwd = createLstm(D, H, rng);
  const V = Float64Array.from({ length: K * 2 * H }, () => rng.normal(0, 0.5));
  const x = Float64Array.from({ length: T * D }, () => rng.normal());
  const y = Array.from({ length: T }, () => rng.int(0, K - 1));

  it('every parameter group’s gradient matches central finite differences (both directions, head, input)', () => {
    const base = model(fwd, bwd, V, x, y);
    const h = 1e-6;
    const check = (arr: Float64Array, grad: Float64Array, name: string) => {
      for (let q = 0; q < arr.length; q++) {
        const keep = arr[q] as number;
        arr[q] = keep + h;
        const up = model(fwd, bwd, V, x, y).loss;
        arr[q] = keep - h;
        const down = model(fwd, bwd, V, x, y).loss;
        arr[q] = keep;
        const fd = (up - down) / (2 * h);
        const g = grad[q] as number;
        expect(Math.abs(g - fd), `${name}[${q}]: ${g} against ${fd}`).toBeLessThanOrEqual(
          1e-7 + 1e-5 * Math.abs(fd),
        );
      }
    };
    check(fwd.W as Float64Array, base.ga.dW, 'W→');
    check(fwd.U as Float64Array, base.ga.dU, 'U→');
    check(fwd.b as Float64Array, base.ga.db, 'b→');
    check(bwd.W as Float64Array, base.gb.dW, 'W←');
    check(bwd.U as Float64Array, base.gb.dU, 'U←');
    check(bwd.b as Float64Array, base.gb.db, 'b←');
    check(V, base.dV, 'V');
    check(x, base.dx, 'x');
  });

  it('shapes, the reverse run reading right to left, and masked steps', () => {
    const { hf, hb } = model(fwd, bwd, V, x, y);
    expect(hf.length).toBe(T * H);
    expect(hb.length).toBe(T * H);
    // The reverse run's last output (position 0) has seen every step; its output at T−1 only the last step.
    const last = lstmForward(bwd, x.slice((T - 1) * D), true).h;
    for (let j = 0; j < H; j++)
      expectClose(hb[(T - 1) * H + j] as number, last[j] as number, { rtol: 1e-15 });
    // A step with weight 0 (padding) adds nothing: changing its target leaves loss and gradients unchanged.
    const w = [1, 1, 1, 1, 0, 0];
    const a = model(fwd, bwd, V, x, y, w);
    const b = model(
      fwd,
      bwd,
      V,
      x,
      [...y.slice(0, 4), ((y[4] as number) + 1) % K, ((y[5] as number) + 2) % K],
      w,
    );
    expect(b.loss).toBe(a.loss);
    expect(b.dV).toEqual(a.dV);
    expect(() => lstmForward(fwd, new Float64Array(4))).toThrow('not steps of 3');
    expect(() => lstmBackward(fwd, lstmForward(fwd, x).cache, new Float64Array(3))).toThrow('dh has 3');
  });

  it('softmax cross-entropy: ln K at equal logits, stable for huge logits, and refuses bad targets', () => {
    expect(softmaxCrossEntropy(Float64Array.of(0, 0), [1], 2).loss).toBeCloseTo(Math.LN2, 15);
    const big = softmaxCrossEntropy(Float64Array.of(1000, 0, -1000), [0], 3);
    expect(big.loss).toBeCloseTo(0, 12);
    expect(Number.isFinite(softmaxCrossEntropy(Float64Array.of(1000, 0, -1000), [2], 3).loss)).toBe(true);
    expect(() => softmaxCrossEntropy(Float64Array.of(0, 0), [2], 2)).toThrow('target 2');
  });
});
