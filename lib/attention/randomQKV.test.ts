import { describe, expect, it } from 'vitest';
import { randomMatrix } from '../linalg';
import { createRng } from '../random';
import { randomQKV } from './randomQKV';

describe('randomQKV', () => {
  it('randomQKV(n, d, seed) draws Q, K, V in that order from createRng(seed)', () => {
    const rng = createRng(42);
    const Q = randomMatrix(6, 3, rng);
    const K = randomMatrix(6, 3, rng);
    const V = randomMatrix(6, 3, rng);
    expect(randomQKV(6, 3, 42)).toEqual({ Q, K, V });
  });

  it('randomQKV gives V its own width dv and the stated shapes', () => {
    const { Q, K, V } = randomQKV(5, 2, 'shapes', 7);
    expect([Q.rows, Q.cols, K.rows, K.cols, V.rows, V.cols]).toEqual([5, 2, 5, 2, 5, 7]);
    const empty = randomQKV(0, 4, 1);
    expect([empty.Q.rows, empty.Q.cols, empty.V.data.length]).toEqual([0, 4, 0]);
  });

  it('randomQKV is reproducible per seed and differs between seeds', () => {
    expect(randomQKV(8, 4, 1)).toEqual(randomQKV(8, 4, 1));
    expect(randomQKV(8, 4, 1).Q.data).not.toEqual(randomQKV(8, 4, 2).Q.data);
  });

  it('randomQKV changes K when d changes, because K continues the stream after Q', () => {
    const a = randomQKV(4, 2, 3);
    const b = randomQKV(4, 3, 3);
    expect(Array.from(b.Q.data.subarray(0, 3))).toEqual(Array.from(randomMatrix(1, 3, createRng(3)).data));
    expect(b.K.data[0]).not.toBe(a.K.data[0]);
  });

  it('randomQKV rejects negative sizes and non-finite seeds', () => {
    expect(() => randomQKV(-1, 2, 1)).toThrow(RangeError);
    expect(() => randomQKV(2, 2, Number.NaN)).toThrow(RangeError);
  });
});
