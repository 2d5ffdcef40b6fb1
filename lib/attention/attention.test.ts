import { describe, expect, it } from 'vitest';
import {
  fromRows,
  type Mask,
  type Matrix,
  matmul,
  matrix,
  randomMatrix,
  scale,
  toRows,
  transpose,
} from '../linalg';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { attention, maskToRowLists, sparseAttention } from './attention';
import { nnz } from './counts';
import { attentionMask, MASK_KINDS } from './mask';
import { attentionRowLists } from './rowLists';

function qkv(seed: string | number, n: number, m: number, d: number, dv: number): [Matrix, Matrix, Matrix] {
  const rng = createRng(seed);
  return [randomMatrix(n, d, rng), randomMatrix(m, d, rng), randomMatrix(m, dv, rng)];
}

describe('attention', () => {
  it('attention(Q, K, V) reproduces a hand-computed example', () => {
    // Scores [ln 3, 0] (scale 1) → weights [3/4, 1/4] → output 3/4·[1, 2] + 1/4·[3, 4] = [1.5, 2.5].
    const Q = fromRows([[Math.log(3), 0]]);
    const K = fromRows([
      [1, 0],
      [0, 1],
    ]);
    const V = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const { scores, weights, output } = attention(Q, K, V, undefined, { scale: 1 });
    expectClose(scores, [[Math.log(3), 0]], { rtol: 0, atol: 0 });
    expectClose(weights, [[0.75, 0.25]], { rtol: 1e-15 });
    expectClose(output, [[1.5, 2.5]], { rtol: 1e-15 });
  });

  it('attention(Q, K, V) stores unmasked scores QKᵀ/√d and scales them by 1/temperature', () => {
    const [Q, K, V] = qkv('scores', 5, 7, 4, 3);
    const mask = attentionMask('local', 5, { k: 1 });
    const wide: Mask = { rows: 5, cols: 7, data: new Uint8Array(35).fill(1) };
    const expected = scale(matmul(Q, transpose(K)), 1 / 2);
    expectClose(attention(Q, K, V, wide).scores, expected, { rtol: 1e-14, atol: 1e-15 });
    expectClose(attention(Q, K, V).scores, expected, { rtol: 1e-14, atol: 1e-15 });
    expectClose(attention(Q, K, V, undefined, { temperature: 4 }).scores, scale(expected, 1 / 4), {
      rtol: 1e-14,
    });
    expectClose(attention(Q, K, V, undefined, { scale: 1 }).scores, matmul(Q, transpose(K)), { rtol: 1e-14 });
    expect(() => attention(Q, K, V, mask)).toThrow(/mask is 5×5 but the scores QKᵀ are 5×7/);
  });

  it('attention with Q = 0 averages the allowed rows of V (uniform weights)', () => {
    const n = 9;
    const rng = createRng('uniform');
    const V = randomMatrix(n, 3, rng);
    const k = 2;
    const { output } = attention(matrix(n, 4), randomMatrix(n, 4, rng), V, attentionMask('local', n, { k }));
    const expected = toRows(V).map((_, i) => {
      const lo = Math.max(0, i - k);
      const hi = Math.min(n - 1, i + k);
      const mean = [0, 0, 0];
      for (let j = lo; j <= hi; j++)
        for (let c = 0; c < 3; c++) mean[c] += (V.data[j * 3 + c] as number) / (hi - lo + 1);
      return mean;
    });
    expectClose(output, expected, { rtol: 1e-13, atol: 1e-15 });
  });

  it('attention gives a zero output row to a query with no allowed key', () => {
    const [Q, K, V] = qkv(3, 3, 4, 2, 2);
    const mask: Mask = { rows: 3, cols: 4, data: new Uint8Array([1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]) };
    const { weights, output } = attention(Q, K, V, mask);
    expect(Array.from(weights.data.subarray(4, 8))).toEqual([0, 0, 0, 0]);
    expect(Array.from(output.data.subarray(2, 4))).toEqual([0, 0]);
    expect(output.data[0]).not.toBe(0);
  });

  it('attention ignores non-finite values of masked keys', () => {
    const [Q, K] = qkv(4, 2, 3, 2, 2);
    const V = fromRows([
      [1, 2],
      [3, 4],
      [Number.NaN, Number.POSITIVE_INFINITY],
    ]);
    const mask = attentionMask('local', 3, { k: 0 });
    const sub: Mask = { rows: 2, cols: 3, data: mask.data.slice(0, 6) };
    const { output } = attention(Q, K, V, sub);
    expect(toRows(output)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(toRows(sparseAttention(Q, K, V, sub).output)).toEqual(toRows(output));
  });

  it('attention with temperature → ∞ tends to uniform weights over allowed keys', () => {
    const [Q, K, V] = qkv('hot', 6, 6, 4, 2);
    const mask = attentionMask('local', 6, { k: 1 });
    const { weights } = attention(Q, K, V, mask, { temperature: 1e12 });
    for (let i = 0; i < 6; i++) {
      const allowed = i === 0 || i === 5 ? 2 : 3;
      for (let j = 0; j < 6; j++) {
        expectClose(weights.data[i * 6 + j], mask.data[i * 6 + j] ? 1 / allowed : 0, { rtol: 1e-9 });
      }
    }
  });

  it('attention handles zero sizes: n = 0, m = 0 and d = 0', () => {
    const empty = attention(matrix(0, 4), matrix(5, 4), matrix(5, 2));
    expect(empty.output).toMatchObject({ rows: 0, cols: 2 });
    const noKeys = attention(matrix(3, 4), matrix(0, 4), matrix(0, 2));
    expect(noKeys.weights).toMatchObject({ rows: 3, cols: 0 });
    expect(Array.from(noKeys.output.data)).toEqual([0, 0, 0, 0, 0, 0]);
    const V = fromRows([[2], [4]]);
    const noDims = attention(matrix(1, 0), matrix(2, 0), V);
    expect(Array.from(noDims.scores.data)).toEqual([0, 0]);
    expect(Array.from(noDims.output.data)).toEqual([3]);
  });

  it('attention throws naming the shapes on mismatches and RangeError on bad scale or temperature', () => {
    expect(() => attention(matrix(4, 8), matrix(5, 7), matrix(5, 2))).toThrow(
      'attention: Q is 4×8 and K is 5×7; they need the same number of columns',
    );
    expect(() => attention(matrix(4, 8), matrix(5, 8), matrix(6, 2))).toThrow(
      'attention: K is 5×8 and V is 6×2; they need the same number of rows',
    );
    const [Q, K, V] = qkv(1, 3, 3, 2, 2);
    for (const temperature of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => attention(Q, K, V, undefined, { temperature })).toThrow(RangeError);
    }
    expect(() => attention(Q, K, V, undefined, { scale: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('sparseAttention', () => {
  it('sparseAttention equals dense attention within 1e-12 for every kind on seeded random inputs', () => {
    for (const kind of MASK_KINDS) {
      for (const n of [1, 2, 7, 33, 64]) {
        for (const causal of [false, true]) {
          const [Q, K, V] = qkv(`${kind}-${n}-${causal}`, n, n, 8, 5);
          const mask = attentionMask(kind, n, { k: Math.max(1, Math.round(Math.sqrt(n))), causal, c: 1 });
          const dense = attention(Q, K, V, mask).output;
          expectClose(sparseAttention(Q, K, V, mask).output, dense, { rtol: 1e-12, atol: 1e-12 });
        }
      }
    }
  });

  it('sparseAttention equals dense attention on rectangular random masks with fully masked rows', () => {
    const rng = createRng('rect');
    for (let trial = 0; trial < 20; trial++) {
      const n = rng.int(1, 12);
      const m = rng.int(1, 12);
      const [Q, K, V] = qkv(trial, n, m, rng.int(1, 6), rng.int(1, 4));
      const p = rng.next();
      const mask: Mask = {
        rows: n,
        cols: m,
        data: Uint8Array.from({ length: n * m }, () => (rng.next() < p ? 1 : 0)),
      };
      for (let j = 0; j < m; j++) mask.data[j] = 0; // query 0 sees nothing
      const opts = { temperature: 0.5 + rng.next() };
      const dense = attention(Q, K, V, mask, opts).output;
      const sparse = sparseAttention(Q, K, V, mask, opts).output;
      expectClose(sparse, dense, { rtol: 1e-12, atol: 1e-12 });
      expect(Array.from(sparse.data.subarray(0, V.cols)).every((x) => x === 0)).toBe(true);
    }
  });

  it('sparseAttention accepts precomputed row lists and gives the same output', () => {
    const [Q, K, V] = qkv('lists', 40, 40, 6, 3);
    const mask = attentionMask('fixed', 40, { k: 6, c: 2 });
    expectClose(sparseAttention(Q, K, V, maskToRowLists(mask)), sparseAttention(Q, K, V, mask), {
      rtol: 0,
      atol: 0,
    });
    expectClose(
      sparseAttention(Q, K, V, attentionRowLists('fixed', 40, { k: 6, c: 2 })),
      sparseAttention(Q, K, V, mask),
      { rtol: 0, atol: 0 },
    );
  });

  it('sparseAttention returns only { output }, equal to dense attention at n = 1024 with k = 32 (bench size)', () => {
    const n = 1024;
    const [Q, K, V] = qkv('bench-size', n, n, 32, 32);
    for (const kind of ['sparse', 'fixed'] as const) {
      const lists = attentionRowLists(kind, n, { k: 32 });
      const result = sparseAttention(Q, K, V, lists);
      expect(Object.keys(result)).toEqual(['output']);
      expectClose(result.output, attention(Q, K, V, attentionMask(kind, n, { k: 32 })).output, {
        rtol: 1e-12,
        atol: 1e-14,
      });
    }
  });

  it('sparseAttention equals dense attention on rows whose length is not a multiple of four', () => {
    // Row lengths 1…9 exercise the four-key blocks and every remainder.
    for (let len = 1; len <= 9; len++) {
      const m = 11;
      const [Q, K, V] = qkv(`len-${len}`, 3, m, 5, 3);
      const data = new Uint8Array(3 * m);
      for (let i = 0; i < 3; i++) for (let t = 0; t < len; t++) data[i * m + ((t * 3 + i) % m)] = 1;
      const mask: Mask = { rows: 3, cols: m, data };
      expectClose(sparseAttention(Q, K, V, mask).output, attention(Q, K, V, mask).output, {
        rtol: 1e-12,
        atol: 1e-15,
      });
    }
  });

  it('sparseAttention gives scores identical to attention: equal weights on a one-hot V', () => {
    // With V = I (m×m), the output rows are the weight rows themselves, summed without grouping error.
    const n = 13;
    const [Q, K] = qkv('one-hot', n, n, 7, 1);
    const V = matrix(n, n);
    for (let j = 0; j < n; j++) V.data[j * n + j] = 1;
    const mask = attentionMask('sparse', n, { k: 3 });
    expect(Array.from(sparseAttention(Q, K, V, mask).output.data)).toEqual(
      Array.from(attention(Q, K, V, mask).weights.data),
    );
  });

  it('sparseAttention ignores a non-finite V row whose weight underflows to exactly 0', () => {
    // Scores 0 and −2000 (scale 1): the second weight is exp(−2000) = 0, so V row 1 (NaN) must not leak.
    const Q = fromRows([[1]]);
    const K = fromRows([[0], [-2000], [0], [0], [0]]);
    const V = fromRows([[1], [Number.NaN], [3], [5], [7]]);
    const mask: Mask = { rows: 1, cols: 5, data: new Uint8Array([1, 1, 1, 1, 1]) };
    const { output } = sparseAttention(Q, K, V, mask, { scale: 1 });
    expectClose(output, [[4]], { rtol: 1e-15 });
    expectClose(attention(Q, K, V, mask, { scale: 1 }).output, [[4]], { rtol: 1e-15 });
  });

  it('sparseAttention propagates a NaN score to its row only, like attention', () => {
    const [Q, K, V] = qkv('nan', 4, 4, 2, 2);
    Q.data[2] = Number.NaN; // query 1
    const mask = attentionMask('full', 4);
    const sparse = sparseAttention(Q, K, V, mask).output;
    expect(Array.from(sparse.data.subarray(2, 4)).every(Number.isNaN)).toBe(true);
    expect(Array.from(sparse.data).filter(Number.isNaN)).toHaveLength(2);
    expectClose(sparse, attention(Q, K, V, mask).output, { rtol: 1e-12 });
  });

  it('sparseAttention throws naming the shapes like attention', () => {
    const [Q, K, V] = qkv(2, 4, 4, 3, 2);
    expect(() => sparseAttention(Q, K, V, attentionMask('full', 5))).toThrow(/sparseAttention: mask is 5×5/);
    expect(() => sparseAttention(Q, matrix(4, 2), V, attentionMask('full', 4))).toThrow(
      /Q is 4×3 and K is 4×2/,
    );
  });
});

describe('maskToRowLists', () => {
  it("maskToRowLists(local n = 4, k = 1) lists each row's allowed columns in order", () => {
    const { indptr, indices } = maskToRowLists(attentionMask('local', 4, { k: 1 }));
    expect(Array.from(indptr)).toEqual([0, 2, 5, 8, 10]);
    expect(Array.from(indices)).toEqual([0, 1, 0, 1, 2, 1, 2, 3, 2, 3]);
  });

  it('maskToRowLists rebuilds the mask exactly and has nnz entries', () => {
    for (const kind of MASK_KINDS) {
      const mask = attentionMask(kind, 50, { k: 7, c: 3 });
      const lists = maskToRowLists(mask);
      expect(lists.indices.length).toBe(nnz(mask));
      const rebuilt = new Uint8Array(50 * 50);
      for (let i = 0; i < 50; i++) {
        for (let t = lists.indptr[i] as number; t < (lists.indptr[i + 1] as number); t++) {
          rebuilt[i * 50 + (lists.indices[t] as number)] = 1;
        }
      }
      expect(rebuilt).toEqual(mask.data);
    }
  });

  it('maskToRowLists of a 0×0 mask is indptr [0] and no indices', () => {
    const lists = maskToRowLists(attentionMask('full', 0));
    expect(Array.from(lists.indptr)).toEqual([0]);
    expect(lists.indices.length).toBe(0);
  });
});
