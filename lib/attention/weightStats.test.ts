import { describe, expect, it } from 'vitest';
import { fromRows, type Mask, randomMatrix } from '../linalg';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { attention } from './attention';
import { rowCounts } from './counts';
import { attentionMask, MASK_KINDS } from './mask';
import { randomQKV } from './randomQKV';
import { maskedSoftmax, softmax } from './softmax';
import { entropy, rowWeightStats, weightStats } from './weightStats';

const TEMPERATURES = [5, 3, 2, 1.5, 1, 0.7, 0.5, 0.3, 0.2, 0.1];

describe('entropy', () => {
  it('entropy([0.5, 0.25, 0.25]) is 1.5·ln 2', () => {
    // −(½ ln ½ + 2·¼ ln ¼) = ½ ln 2 + ln 2 = 1.5 ln 2 = 1.0397207708399179.
    expectClose(entropy([0.5, 0.25, 0.25]), 1.5 * Math.LN2, { rtol: 1e-15 });
    // Binary entropy of 0.1 in nats, evaluated separately: 0.325082973391448.
    expectClose(entropy([0.1, 0.9]), 0.325082973391448, { rtol: 1e-14 });
  });

  it('entropy of an even spread over m entries is ln m, and of a one-hot vector exactly 0', () => {
    for (let m = 1; m <= 32; m++) {
      expectClose(entropy(new Array(m).fill(1 / m)), Math.log(m), { rtol: 1e-13, atol: 1e-15 });
    }
    expect(entropy([0, 1, 0])).toBe(0);
    expect(entropy([1])).toBe(0);
  });

  it('entropy of an empty or all-zero vector is 0 and of a NaN or negative entry NaN', () => {
    expect(entropy([])).toBe(0);
    expect(entropy([0, 0, 0])).toBe(0);
    expect(entropy([0.5, Number.NaN])).toBeNaN();
    expect(entropy([1.5, -0.5])).toBeNaN();
  });
});

describe('weightStats', () => {
  it('weightStats([0.5, 0.25, 0.25, 0]) gives sum, max, argmax, entropy and exp(entropy)', () => {
    const s = weightStats([0.5, 0.25, 0.25, 0]);
    expect(s.sum).toBe(1);
    expect(s.max).toBe(0.5);
    expect(s.argmax).toBe(0);
    expectClose(s.entropy, 1.5 * Math.LN2, { rtol: 1e-15 });
    expectClose(s.effective, 2 ** 1.5, { rtol: 1e-15 });
  });

  it('weightStats picks the first of tied maxima and reports a one-hot row as one effective key', () => {
    expect(weightStats([0.25, 0.375, 0.375]).argmax).toBe(1);
    const s = weightStats([0, 0, 1, 0]);
    expect(s).toEqual({ sum: 1, max: 1, argmax: 2, entropy: 0, effective: 1 });
  });

  it('weightStats of a fully masked (all-zero) or empty row is all zeros with argmax −1, never NaN', () => {
    const zero = { sum: 0, max: 0, argmax: -1, entropy: 0, effective: 0 };
    expect(weightStats([0, 0, 0])).toEqual(zero);
    expect(weightStats([])).toEqual(zero);
  });

  it('weightStats of a NaN row is NaN with argmax −1', () => {
    const s = weightStats([0.2, Number.NaN, 0.8]);
    expect(s.sum).toBeNaN();
    expect(s.max).toBeNaN();
    expect(s.entropy).toBeNaN();
    expect(s.effective).toBeNaN();
    expect(s.argmax).toBe(-1);
  });

  it('weightStats of softmax rows stays within 1/a ≤ max ≤ 1, 0 ≤ H ≤ ln a, 1 ≤ exp(H) ≤ a for every pattern', () => {
    const rng = createRng('weight-stats-bounds');
    for (const kind of MASK_KINDS) {
      for (let trial = 0; trial < 10; trial++) {
        const n = rng.int(1, 24);
        const k = rng.int(1, 6);
        const scores = randomMatrix(n, n, rng, { sd: 3 });
        const mask = attentionMask(kind, n, { k, causal: rng.next() < 0.5 });
        const counts = rowCounts(mask);
        const stats = rowWeightStats(maskedSoftmax(scores, mask));
        stats.forEach((s, i) => {
          const a = counts[i] as number;
          expectClose(s.sum, 1, { rtol: 1e-14 });
          expect(s.max).toBeGreaterThanOrEqual(1 / a - 1e-15);
          expect(s.max).toBeLessThanOrEqual(1);
          expect(s.entropy).toBeGreaterThanOrEqual(0);
          expect(s.entropy).toBeLessThanOrEqual(Math.log(a) + 1e-12);
          expect(s.effective).toBeGreaterThanOrEqual(1);
          expect(s.effective).toBeLessThanOrEqual(a * (1 + 1e-12));
          expect(mask.data[i * n + s.argmax]).toBe(1);
        });
      }
    }
  });
});

describe('weightStats under temperature', () => {
  it('lowering the temperature never lowers the max weight nor raises the entropy (seeded rows)', () => {
    const rng = createRng('temperature-monotone');
    for (let trial = 0; trial < 50; trial++) {
      const x = Array.from({ length: rng.int(2, 16) }, () => rng.normal(0, 2));
      let prev = weightStats(softmax(x.map((v) => v / TEMPERATURES[0])));
      for (const t of TEMPERATURES.slice(1)) {
        const s = weightStats(softmax(x.map((v) => v / t)));
        expect(s.max).toBeGreaterThanOrEqual(prev.max - 1e-15);
        expect(s.entropy).toBeLessThanOrEqual(prev.entropy + 1e-12);
        prev = s;
      }
    }
  });

  it('a tiny temperature gives one effective key and a huge one spreads over every allowed key', () => {
    const { Q, K, V } = randomQKV(8, 4, 7);
    const mask = attentionMask('local', 8, { k: 2 });
    const counts = rowCounts(mask);
    const sharp = rowWeightStats(attention(Q, K, V, mask, { temperature: 1e-4 }).weights);
    const flat = rowWeightStats(attention(Q, K, V, mask, { temperature: 1e6 }).weights);
    sharp.forEach((s) => {
      expectClose(s.max, 1, { rtol: 1e-9 });
      expectClose(s.effective, 1, { rtol: 1e-9 });
    });
    flat.forEach((s, i) => {
      expectClose(s.effective, counts[i] as number, { rtol: 1e-9 });
      expectClose(s.max, 1 / (counts[i] as number), { rtol: 1e-5 });
    });
  });
});

describe('rowWeightStats', () => {
  it('rowWeightStats(W) equals weightStats of each row', () => {
    const W = fromRows([
      [0.5, 0.25, 0.25],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(rowWeightStats(W)).toEqual([
      weightStats([0.5, 0.25, 0.25]),
      weightStats([0, 1, 0]),
      weightStats([0, 0, 0]),
    ]);
    expect(rowWeightStats(fromRows([]))).toEqual([]);
  });

  it('a fully masked query gives zero weights, a zero output row and zero stats, never NaN', () => {
    // No built-in pattern empties a row (each allows the diagonal), so the mask is built by hand.
    const { Q, K, V } = randomQKV(4, 3, 'empty-row');
    const mask: Mask = attentionMask('local', 4, { k: 1 });
    mask.data.fill(0, 2 * 4, 3 * 4);
    const { weights, output } = attention(Q, K, V, mask, { temperature: 0.1 });
    expect(Array.from(weights.data.subarray(8, 12))).toEqual([0, 0, 0, 0]);
    expect(Array.from(output.data.subarray(6, 9))).toEqual([0, 0, 0]);
    const stats = rowWeightStats(weights);
    expect(stats[2]).toEqual({ sum: 0, max: 0, argmax: -1, entropy: 0, effective: 0 });
    expect(stats.flatMap((s) => Object.values(s)).some(Number.isNaN)).toBe(false);
  });
});
