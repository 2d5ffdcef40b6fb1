import { describe, expect, it } from 'vitest';
import { identity, matmul, maxAbs, sub, zeros } from '../linalg';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  bestMonarchBlocks,
  butterflyFactorMatrix,
  butterflyMatrix,
  butterflyToGeneralMonarch,
  butterflyToMonarch,
  countNonzeros,
  divisors,
  generalMonarchMatrix,
  hadamard,
  hadamardButterfly,
  monarchNonzeros,
  nearestDivisor,
  randomButterfly,
  randomGeneralMonarch,
} from './index';

describe('choosing the block size b of M^(b,n)', () => {
  it('nearestDivisor(b, n) snaps to the divisor nearest b, ties to the smaller', () => {
    expect(nearestDivisor(5, 12)).toBe(4); // 4 and 6 both 1 away
    expect(nearestDivisor(5, 16)).toBe(4);
    expect(nearestDivisor(7, 16)).toBe(8);
    expect(nearestDivisor(64, 12)).toBe(12);
    expect(nearestDivisor(0, 12)).toBe(1);
    expect(nearestDivisor(6, 13)).toBe(1); // 1 is 5 away, 13 is 7 away
    expect(nearestDivisor(3, 12)).toBe(3);
    expect(nearestDivisor(Number.NaN, 12)).toBe(1);
    expect(() => nearestDivisor(2, 0)).toThrow(RangeError);
  });

  it('nearestDivisor always returns a divisor no farther from b than any other divisor (n = 1..64)', () => {
    for (let n = 1; n <= 64; n++) {
      const ds = divisors(n);
      for (let b = 1; b <= 64; b++) {
        const d = nearestDivisor(b, n);
        expect(n % d).toBe(0);
        for (const e of ds) expect(Math.abs(d - b)).toBeLessThanOrEqual(Math.abs(e - b));
      }
    }
  });

  it('bestMonarchBlocks(n) gives √n, the bound 2n^1.5 and the divisor pair nearest √n', () => {
    expect(bestMonarchBlocks(16)).toEqual({ sqrt: 4, bound: 128, best: [4], nonzeros: 128 });
    const twelve = bestMonarchBlocks(12);
    expect(twelve.best).toEqual([3, 4]);
    expect(twelve.nonzeros).toBe(144 / 3 + 36); // 84
    expectClose(twelve.bound, 2 * 12 ** 1.5, { rtol: 1e-15 });
    expect(bestMonarchBlocks(7)).toMatchObject({ best: [1, 7], nonzeros: 56 });
    expect(bestMonarchBlocks(1)).toEqual({ sqrt: 1, bound: 2, best: [1], nonzeros: 2 });
    // The best count is never below the bound, and equals it exactly when n is a square.
    for (let n = 1; n <= 400; n++) {
      const { bound, best, nonzeros } = bestMonarchBlocks(n);
      expect(nonzeros).toBeGreaterThanOrEqual(bound - 1e-9);
      for (const b of divisors(n)) expect(monarchNonzeros(b, n)).toBeGreaterThanOrEqual(nonzeros);
      for (const b of best) expect(best).toContain(n / b);
      if (Number.isInteger(Math.sqrt(n))) expect(nonzeros).toBe(bound);
    }
  });
});

describe('random M^(b,n) and its non-zeros', () => {
  it('randomGeneralMonarch(b, n) has n²/b + nb entries; its product is dense; a fixed seed repeats', () => {
    for (const [b, n] of [
      [1, 6],
      [2, 6],
      [3, 12],
      [4, 16],
      [16, 16],
    ] as const) {
      const { L, R } = randomGeneralMonarch(b, n, createRng(`g-${b}-${n}`));
      expect(L.length + R.length).toBe(monarchNonzeros(b, n));
      expect(countNonzeros(generalMonarchMatrix(b, n, L, R))).toBe(n * n);
    }
    const a = randomGeneralMonarch(2, 8, createRng(3));
    const again = randomGeneralMonarch(2, 8, createRng(3));
    expect(a.L).toEqual(again.L);
    expect(a.R).toEqual(again.R);
    expect(() => randomGeneralMonarch(3, 8, createRng(1))).toThrow('divisor');
  });

  it('randomGeneralMonarch scales each block by 1/√side: the product keeps ‖x‖ on average', () => {
    // E‖Mx‖² = ‖x‖² for unit variance per row sum: the mean squared entry of M is 1/n.
    const n = 64;
    for (const b of [2, 8, 32]) {
      let sum = 0;
      for (let s = 0; s < 20; s++) {
        const { L, R } = randomGeneralMonarch(b, n, createRng(`scale-${b}-${s}`));
        const M = generalMonarchMatrix(b, n, L, R);
        for (const v of M.data) sum += v * v;
      }
      expectClose(sum / (20 * n * n), 1 / n, { rtol: 0.1 });
    }
  });

  it('countNonzeros counts entries that are not exactly 0 (NaN included)', () => {
    expect(countNonzeros(identity(5))).toBe(5);
    expect(countNonzeros(zeros(3, 4))).toBe(0);
    expect(countNonzeros({ rows: 1, cols: 4, data: Float64Array.from([0, -0, 1e-300, Number.NaN]) })).toBe(2);
  });
});

describe('butterflies inside M^(b,n) for every power-of-two b', () => {
  it('butterflyFactorMatrix draws a factor with 2n entries and multiplies out to butterflyMatrix', () => {
    expect(Array.from(butterflyFactorMatrix(hadamardButterfly(2)[0]).data)).toEqual([1, 1, 1, -1]);
    const factors = randomButterfly(16, createRng('factor-matrix'));
    let product = identity(16);
    for (const f of factors) {
      const F = butterflyFactorMatrix(f);
      expect(countNonzeros(F)).toBe(32);
      product = matmul(F, product);
    }
    expectClose(product.data, butterflyMatrix(factors).data, { rtol: 1e-12, atol: 1e-14 });
  });

  it('butterflyToGeneralMonarch(factors, b) rebuilds the butterfly for every b | n, n = 2..128', () => {
    for (let n = 2; n <= 128; n *= 2) {
      const random = randomButterfly(n, createRng(`bgm-${n}`));
      const B = butterflyMatrix(random);
      for (const b of divisors(n)) {
        const { L, R } = butterflyToGeneralMonarch(random, b);
        expect(L.length + R.length).toBe(monarchNonzeros(b, n));
        expect(maxAbs(sub(generalMonarchMatrix(b, n, L, R), B))).toBeLessThan(1e-12);
        const H = butterflyToGeneralMonarch(hadamardButterfly(n), b);
        expect(generalMonarchMatrix(b, n, H.L, H.R).data).toEqual(hadamard(n).data);
      }
    }
  });

  it('at b = √n it is butterflyToMonarch', () => {
    for (const n of [4, 16, 64]) {
      const factors = randomButterfly(n, createRng(`sq-${n}`));
      const general = butterflyToGeneralMonarch(factors, Math.sqrt(n));
      const square = butterflyToMonarch(factors);
      expect(general.L).toEqual(square.L);
      expect(general.R).toEqual(square.R);
    }
  });

  it('at b = 1 R is the identity and L the whole butterfly; at b = n L is the identity', () => {
    const factors = randomButterfly(8, createRng('ends'));
    const B = butterflyMatrix(factors);
    const one = butterflyToGeneralMonarch(factors, 1);
    expect(Array.from(one.R)).toEqual(Array(8).fill(1));
    expect(one.L).toEqual(B.data);
    const all = butterflyToGeneralMonarch(factors, 8);
    expect(Array.from(all.L)).toEqual(Array(8).fill(1));
    expect(all.R).toEqual(B.data);
  });

  it('rejects a b that is not a power of two dividing n, and factors out of order', () => {
    const f = hadamardButterfly(8);
    expect(() => butterflyToGeneralMonarch(f, 3)).toThrow('power of two dividing n = 8');
    expect(() => butterflyToGeneralMonarch(f, 16)).toThrow('power of two');
    expect(() => butterflyToGeneralMonarch(f, 0)).toThrow('power of two');
    expect(() => butterflyToGeneralMonarch([...f].reverse(), 2)).toThrow('in order');
    expect(() => butterflyToGeneralMonarch([], 1)).toThrow('power of two ≥ 2');
  });
});
