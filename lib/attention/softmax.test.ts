import { describe, expect, it } from 'vitest';
import { fromRows, matrix, randomMatrix, rowSums } from '../linalg';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { attentionMask, MASK_KINDS } from './mask';
import { maskedSoftmax, softmax, softmaxInPlace } from './softmax';

const INF = Number.POSITIVE_INFINITY;

describe('softmax', () => {
  it('softmax([1, 2, 3]) matches independently computed values', () => {
    // e^x / (e + e² + e³), evaluated separately: 0.0900305731703805, 0.244728471054798, 0.665240955774822.
    expectClose(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479764, 0.6652409557748219], {
      rtol: 1e-14,
    });
    expectClose(softmax([0, Math.log(3)]), [0.25, 0.75], { rtol: 1e-15 });
  });

  it('softmax([1000, -1000]) is [1, 0] without overflow', () => {
    expect(Array.from(softmax([1000, -1000]))).toEqual([1, 0]);
    expect(Array.from(softmax([-1000, -1000]))).toEqual([0.5, 0.5]);
    expect(Array.from(softmax([1e308, 1e308]))).toEqual([0.5, 0.5]);
  });

  it('softmax(x + c) = softmax(x) on seeded random vectors', () => {
    const rng = createRng('shift');
    for (let trial = 0; trial < 20; trial++) {
      const x = Array.from({ length: rng.int(1, 30) }, () => rng.normal(0, 5));
      const c = rng.normal(0, 100);
      expectClose(softmax(x.map((v) => v + c)), softmax(x), { rtol: 1e-11, atol: 1e-14 });
      const s = softmax(x).reduce((a, b) => a + b, 0);
      expectClose(s, 1, { rtol: 1e-14 });
    }
  });

  it('softmax treats −∞ as masked and returns zeros when everything is −∞ or empty', () => {
    expect(Array.from(softmax([Number.NEGATIVE_INFINITY, 0]))).toEqual([0, 1]);
    expect(Array.from(softmax([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]))).toEqual([0, 0]);
    expect(softmax([]).length).toBe(0);
  });

  it('softmax gives +∞ entries equal shares and propagates NaN to the whole vector', () => {
    expect(Array.from(softmax([INF, 0]))).toEqual([1, 0]);
    expect(Array.from(softmax([INF, 3, INF]))).toEqual([0.5, 0, 0.5]);
    const nan = softmax([1, Number.NaN, 2]);
    expect(Array.from(nan).every(Number.isNaN)).toBe(true);
  });

  it('softmax underflows tiny weights to 0 but never to NaN', () => {
    const w = softmax([0, -800]);
    expect(Array.from(w)).toEqual([1, 0]);
  });

  it('softmaxInPlace(x, start, end) touches only the given range', () => {
    const x = new Float64Array([5, 0, 0, 5]);
    softmaxInPlace(x, 1, 3);
    expect(Array.from(x)).toEqual([5, 0.5, 0.5, 5]);
  });
});

describe('maskedSoftmax', () => {
  it('maskedSoftmax(scores, mask) rows sum to 1 where any entry is allowed and masked entries are exactly 0', () => {
    const rng = createRng('rows');
    for (const kind of MASK_KINDS) {
      const n = 24;
      const mask = attentionMask(kind, n, { k: 3, causal: kind === 'local' });
      const W = maskedSoftmax(randomMatrix(n, n, rng, { sd: 4 }), mask);
      expectClose(rowSums(W), new Array(n).fill(1), { rtol: 1e-14, atol: 0 });
      for (let t = 0; t < n * n; t++) {
        if (mask.data[t] === 0) expect(W.data[t]).toBe(0);
        else expect(W.data[t]).toBeGreaterThan(0);
      }
    }
  });

  it('maskedSoftmax(scores, mask) equals softmax over the allowed entries of each row', () => {
    const rng = createRng(77);
    const scores = randomMatrix(6, 9, rng);
    const mask = {
      rows: 6,
      cols: 9,
      data: Uint8Array.from({ length: 54 }, () => (rng.next() < 0.5 ? 1 : 0)),
    };
    const W = maskedSoftmax(scores, mask);
    for (let i = 0; i < 6; i++) {
      const cols = [...Array(9).keys()].filter((j) => mask.data[i * 9 + j] === 1);
      const sub = softmax(cols.map((j) => scores.data[i * 9 + j] as number));
      const expected = new Array(9).fill(0);
      cols.forEach((j, t) => {
        expected[j] = sub[t];
      });
      expectClose(W.data.subarray(i * 9, i * 9 + 9), expected, { rtol: 0, atol: 0 });
    }
  });

  it('maskedSoftmax(scores, mask) gives a zero row when every entry is masked', () => {
    const scores = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const mask = { rows: 2, cols: 3, data: new Uint8Array([0, 0, 0, 1, 1, 0]) };
    const W = maskedSoftmax(scores, mask);
    expect(Array.from(W.data.subarray(0, 3))).toEqual([0, 0, 0]);
    expectClose(W.data.subarray(3), [1 / (1 + Math.E), Math.E / (1 + Math.E), 0], { rtol: 1e-15 });
  });

  it('maskedSoftmax ignores NaN in masked entries and turns a row with an allowed NaN into NaN', () => {
    const scores = fromRows([
      [Number.NaN, 0, 0],
      [Number.NaN, 0, 0],
    ]);
    const mask = { rows: 2, cols: 3, data: new Uint8Array([0, 1, 1, 1, 1, 1]) };
    const W = maskedSoftmax(scores, mask);
    expect(Array.from(W.data.subarray(0, 3))).toEqual([0, 0.5, 0.5]);
    expect(Array.from(W.data.subarray(3)).every(Number.isNaN)).toBe(true);
  });

  it('maskedSoftmax treats −∞ scores as masked and a row of −∞ as empty', () => {
    const W = maskedSoftmax(
      fromRows([
        [Number.NEGATIVE_INFINITY, 1],
        [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      ]),
    );
    expect(Array.from(W.data)).toEqual([0, 1, 0, 0]);
  });

  it('maskedSoftmax(scores) without a mask is the row-wise softmax and does not modify scores', () => {
    const scores = fromRows([
      [1000, -1000],
      [0, 0],
    ]);
    const W = maskedSoftmax(scores);
    expect(Array.from(W.data)).toEqual([1, 0, 0.5, 0.5]);
    expect(Array.from(scores.data)).toEqual([1000, -1000, 0, 0]);
  });

  it('maskedSoftmax handles 0×n, n×0 and 1×1', () => {
    expect(maskedSoftmax(matrix(0, 4))).toMatchObject({ rows: 0, cols: 4 });
    expect(maskedSoftmax(matrix(3, 0)).data.length).toBe(0);
    expect(Array.from(maskedSoftmax(fromRows([[-5]])).data)).toEqual([1]);
  });

  it('maskedSoftmax throws naming both shapes when the mask does not fit', () => {
    expect(() => maskedSoftmax(matrix(2, 3), attentionMask('full', 3))).toThrow(
      'maskedSoftmax: scores 2×3 and mask 3×3 differ in shape',
    );
  });
});
