import { describe, expect, it } from 'vitest';
import { frobeniusNorm, fromRows, identity, matmul, matvec, randomMatrix, sub, zeros } from '../linalg';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  applyPermutation,
  blockDiagonalMatrix,
  butterflyMatrix,
  butterflyMatvec,
  butterflyParameterCount,
  butterflyToMonarch,
  divisors,
  generalMonarchMatrix,
  generalMonarchMatvec,
  hadamard,
  hadamardButterfly,
  monarchMatrix,
  monarchMatvec,
  monarchNonzeros,
  monarchParameterCount,
  monarchPermutation,
  monarchProject,
  permutationMatrix,
  randomButterfly,
  randomMonarch,
  stridePermutation,
} from './index';

/** Dense block-diagonal matrix of m blocks of m × m, written with explicit loops over (block, row, col). */
function blockDiagonal(m: number, B: Float64Array) {
  const n = m * m;
  const M = zeros(n, n);
  for (let b = 0; b < m; b++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) M.data[(b * m + i) * n + b * m + j] = B[b * m * m + i * m + j] as number;
  return M;
}

describe('stride and Monarch permutations', () => {
  it('m = 3 gives 0, 3, 6, 1, 4, 7, 2, 5, 8 (the post’s 1, 4, 7, 2, 5, 8, 3, 6, 9, 0-based)', () => {
    expect([...monarchPermutation(3)]).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
    expect([...applyPermutation(monarchPermutation(3), [10, 11, 12, 13, 14, 15, 16, 17, 18])]).toEqual([
      10, 13, 16, 11, 14, 17, 12, 15, 18,
    ]);
  });

  it('P = Pᵀ = P⁻¹ for every m, and P₍b,n₎ is undone by P₍n/b,n₎', () => {
    for (let m = 1; m <= 9; m++) {
      const p = monarchPermutation(m);
      expect([...applyPermutation(p, p)]).toEqual(Array.from({ length: m * m }, (_, i) => i));
      const P = permutationMatrix(p);
      expect(matmul(P, P).data).toEqual(identity(m * m).data);
    }
    for (const [b, n] of [
      [2, 6],
      [3, 12],
      [4, 8],
      [1, 5],
      [5, 5],
    ] as const) {
      const x = Array.from({ length: n }, (_, i) => i * 1.5);
      expect([
        ...applyPermutation(stridePermutation(n / b, n), applyPermutation(stridePermutation(b, n), x)),
      ]).toEqual(x);
    }
  });

  it('rejects a b that does not divide n, m < 1 and mismatched lengths', () => {
    expect(() => stridePermutation(4, 6)).toThrow('positive divisor');
    expect(() => stridePermutation(0, 6)).toThrow(RangeError);
    expect(() => monarchPermutation(0)).toThrow('positive integer');
    expect(() => monarchPermutation(2.5)).toThrow(RangeError);
    expect(() => applyPermutation([0, 1], [1, 2, 3])).toThrow('length');
  });
});

describe('monarchMatrix and monarchMatvec', () => {
  it('monarchMatrix equals P·L·P·R multiplied out as dense matrices', () => {
    for (const m of [1, 2, 3, 4, 5]) {
      const { L, R } = randomMonarch(m, createRng(`pr-${m}`));
      const P = permutationMatrix(monarchPermutation(m));
      const dense = matmul(matmul(matmul(P, blockDiagonal(m, L)), P), blockDiagonal(m, R));
      expectClose(monarchMatrix(L, R).data, dense.data, { rtol: 1e-13, atol: 1e-14 });
    }
  });

  it('monarchMatvec equals monarchMatrix·x on seeded inputs for m = 2..32', () => {
    for (let m = 2; m <= 32; m += m < 8 ? 1 : 6) {
      const rng = createRng(`mv-${m}`);
      const { L, R } = randomMonarch(m, rng);
      const x = Float64Array.from({ length: m * m }, () => rng.normal());
      expectClose(monarchMatvec(L, R, x), matvec(monarchMatrix(L, R), x), { rtol: 1e-11, atol: 1e-12 });
    }
  });

  it('monarchMatvec gives the same vector before and after a larger product (its scratch space is reused)', () => {
    const rng = createRng('scratch');
    const small = randomMonarch(3, rng);
    const x = Float64Array.from({ length: 9 }, () => rng.normal());
    const before = monarchMatvec(small.L, small.R, x);
    const big = randomMonarch(6, rng);
    monarchMatvec(big.L, big.R, new Float64Array(36).fill(1e6));
    expect(monarchMatvec(small.L, small.R, x)).toEqual(before);
    expectClose(before, matvec(monarchMatrix(small.L, small.R), x), { rtol: 1e-12, atol: 1e-14 });
  });

  it('identity blocks give P² = I, and the zero blocks the zero matrix', () => {
    const m = 4;
    const I = blockDiagonalBlocks(m, (i, j) => (i === j ? 1 : 0));
    const x = Array.from({ length: 16 }, (_, i) => i - 3);
    expect([...monarchMatvec(I, I, x)]).toEqual(x);
    expect(monarchMatrix(I, I).data).toEqual(identity(16).data);
    const Z = new Float64Array(64);
    expect(monarchMatrix(Z, Z).data.every((v) => v === 0)).toBe(true);
    expect([...monarchMatvec([3], [-2], [5])]).toEqual([-30]);
  });

  it('rejects factors that are not m³ long, unequal lengths, non-finite entries and a wrong x', () => {
    expect(() => monarchMatrix(new Float64Array(10), new Float64Array(10))).toThrow('m³');
    expect(() => monarchMatrix(new Float64Array(8), new Float64Array(27))).toThrow('R has 27');
    expect(() => monarchMatvec([Number.NaN, 0, 0, 0, 0, 0, 0, 0], new Float64Array(8), [1, 2, 3, 4])).toThrow(
      'finite',
    );
    expect(() => monarchMatvec(new Float64Array(8), new Float64Array(8), [1, 2, 3])).toThrow('length 3');
    expect(() => monarchMatrix([], [])).toThrow('m³');
  });

  it('monarchMatvec rejects a NaN or infinity at any entry of L or R, even when x = 0', () => {
    // The factors are checked through the product (a non-finite entry always reaches y): try every place.
    const m = 3;
    const x = new Float64Array(m * m);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (let i = 0; i < m ** 3; i++) {
        const { L, R } = randomMonarch(m, createRng(`bad-${i}`));
        const L2 = Float64Array.from(L);
        L2[i] = bad;
        const R2 = Float64Array.from(R);
        R2[i] = bad;
        expect(() => monarchMatvec(L2, R, x)).toThrow(`entry ${i} is not`);
        expect(() => monarchMatvec(L, R2, x)).toThrow(`entry ${i} is not`);
      }
    }
  });

  it('monarchMatvec of finite factors that overflow gives infinities, not an error', () => {
    const big = new Float64Array(8).fill(1e200);
    expect([...monarchMatvec(big, big, [1, 1, 1, 1])]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it('counts 2m³ parameters: 2n^1.5, against n² for a dense matrix', () => {
    expect(monarchParameterCount(32)).toBe(65536);
    expect(monarchParameterCount(32)).toBe(2 * 1024 ** 1.5);
    expect(monarchParameterCount(1)).toBe(2);
  });
});

/** m blocks of m × m with entry (i, j) = f(i, j), in monarch storage. */
function blockDiagonalBlocks(m: number, f: (i: number, j: number) => number): Float64Array {
  const B = new Float64Array(m * m * m);
  for (let b = 0; b < m; b++)
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) B[b * m * m + i * m + j] = f(i, j);
  return B;
}

describe('monarchProject', () => {
  it('recovers a random Monarch matrix exactly (relative error < 1e−10) for m = 1..12', () => {
    for (let m = 1; m <= 12; m++) {
      const { L, R } = randomMonarch(m, createRng(`rec-${m}`));
      const M = monarchMatrix(L, R);
      const p = monarchProject(M, m);
      expect(p.relativeError).toBeLessThan(1e-10);
      expect(frobeniusNorm(sub(monarchMatrix(p.L, p.R), M)) / frobeniusNorm(M)).toBeLessThan(1e-10);
    }
  });

  it('its error is ‖A − PLPR‖_F, the square root of the sum of the slices’ non-leading σ²', () => {
    for (const m of [2, 3, 5, 8]) {
      const A = randomMatrix(m * m, m * m, createRng(`err-${m}`));
      const p = monarchProject(A, m);
      expectClose(p.error, frobeniusNorm(sub(A, monarchMatrix(p.L, p.R))), { rtol: 1e-10 });
      let sum = 0;
      for (let s = 0; s < m * m; s++)
        for (let k = 1; k < m; k++) sum += (p.spectra[s * m + k] as number) ** 2;
      expectClose(p.error, Math.sqrt(sum), { rtol: 1e-12 });
      expectClose(
        p.error ** 2,
        p.sliceErrors.reduce((t, e) => t + e * e, 0),
        { rtol: 1e-12 },
      );
      expectClose(p.relativeError, p.error / frobeniusNorm(A), { rtol: 1e-12 });
    }
  });

  it('matches the NumPy reference (scripts/fixtures/monarch.py): same projection and error', async () => {
    const { cases } = (await import('./project.fixtures.json')).default as {
      cases: { name: string; m: number; A: number[][]; M: number[][]; error: number }[];
    };
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      const p = monarchProject(fromRows(c.A), c.m);
      expectClose(p.error, c.error, { rtol: 1e-10, atol: 1e-12 });
      expectClose(monarchMatrix(p.L, p.R).data, fromRows(c.M).data, { rtol: 1e-8, atol: 1e-10 });
    }
  });

  it('is never beaten by a perturbed Monarch matrix (random perturbations of the optimum)', () => {
    const m = 4;
    const rng = createRng('perturb');
    const A = randomMatrix(16, 16, rng);
    const p = monarchProject(A, m);
    for (let t = 0; t < 200; t++) {
      const scale = 10 ** rng.int(-6, 0);
      const L = p.L.map((v) => v + scale * rng.normal());
      const R = p.R.map((v) => v + scale * rng.normal());
      expect(frobeniusNorm(sub(A, monarchMatrix(L, R)))).toBeGreaterThanOrEqual(p.error * (1 - 1e-12));
    }
  });

  it('gives zero blocks and zero error for the zero matrix, and handles m = 1', () => {
    const p = monarchProject(zeros(9, 9), 3);
    expect(p.error).toBe(0);
    expect(p.relativeError).toBe(0);
    expect(monarchMatrix(p.L, p.R).data.every((v) => v === 0)).toBe(true);
    const one = monarchProject(fromRows([[-2.5]]), 1);
    expect(one.error).toBe(0);
    expectClose(monarchMatrix(one.L, one.R).data, [-2.5]);
  });

  it('rejects a non-square A, n ≠ m², m < 1 and non-finite entries with a clear message', () => {
    expect(() => monarchProject(zeros(4, 9), 2)).toThrow('square');
    expect(() => monarchProject(zeros(9, 9), 2)).toThrow('m = 2 needs 4×4');
    expect(() => monarchProject(zeros(1, 1), 0)).toThrow('positive integer');
    const A = zeros(4, 4);
    A.data[5] = Number.NaN;
    expect(() => monarchProject(A, 2)).toThrow('entry 1, 1 is NaN');
    A.data[5] = Number.POSITIVE_INFINITY;
    expect(() => monarchProject(A, 2)).toThrow('finite');
  });
});

describe('the general family M^(b,n)', () => {
  it('has n²/b + nb entries, smallest at b = √n where it is 2n^1.5', () => {
    expect(monarchNonzeros(4, 16)).toBe(128);
    const n = 1024;
    const counts = divisors(n).map((b) => monarchNonzeros(b, n));
    expect(Math.min(...counts)).toBe(monarchNonzeros(32, n));
    expect(monarchNonzeros(32, n)).toBe(monarchParameterCount(32));
    expect(monarchNonzeros(1, 7)).toBe(49 + 7);
    expect(() => monarchNonzeros(3, 16)).toThrow('divisor');
  });

  it('lists divisors in order', () => {
    expect(divisors(16)).toEqual([1, 2, 4, 8, 16]);
    expect(divisors(36)).toEqual([1, 2, 3, 4, 6, 9, 12, 18, 36]);
    expect(divisors(1)).toEqual([1]);
    expect(divisors(13)).toEqual([1, 13]);
    expect(() => divisors(0)).toThrow(RangeError);
  });

  it('its fast product equals its dense matrix for every divisor b, and b = √n is P·L·P·R', () => {
    for (const n of [6, 12, 16]) {
      for (const b of divisors(n)) {
        const rng = createRng(`gen-${n}-${b}`);
        const L = Float64Array.from({ length: (n * n) / b }, () => rng.normal());
        const R = Float64Array.from({ length: n * b }, () => rng.normal());
        const x = Float64Array.from({ length: n }, () => rng.normal());
        const M = generalMonarchMatrix(b, n, L, R);
        expectClose(generalMonarchMatvec(b, n, L, R, x), matvec(M, x), { rtol: 1e-11, atol: 1e-12 });
        if (b * b === n) expectClose(M.data, monarchMatrix(L, R).data, { rtol: 1e-12, atol: 1e-14 });
      }
    }
  });

  it('draws permutations and block-diagonal factors as dense matrices', () => {
    expect(Array.from(permutationMatrix(monarchPermutation(2)).data)).toEqual([
      1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1,
    ]);
    const rng = createRng('block-diagonal');
    for (const m of [1, 2, 5]) {
      const B = Float64Array.from({ length: m * m * m }, () => rng.normal());
      expect(blockDiagonalMatrix(m, m, B).data).toEqual(blockDiagonal(m, B).data);
    }
    expect(Array.from(blockDiagonalMatrix(3, 1, [1, 2, 3]).data)).toEqual([1, 0, 0, 0, 2, 0, 0, 0, 3]);
    expect(() => blockDiagonalMatrix(2, 3, new Float64Array(17))).toThrow('blocks·side² = 18');
    expect(() => blockDiagonalMatrix(0, 3, [])).toThrow(RangeError);
  });

  it('rejects factors of the wrong length', () => {
    expect(() =>
      generalMonarchMatvec(2, 8, new Float64Array(31), new Float64Array(16), new Float64Array(8)),
    ).toThrow('n²/b = 32');
    expect(() => generalMonarchMatrix(2, 8, new Float64Array(32), new Float64Array(15))).toThrow('n·b = 16');
  });
});

describe('butterflies', () => {
  it('the Hadamard factors multiply to the Sylvester–Hadamard matrix, and Hₙ·Hₙ = n·I', () => {
    for (const n of [2, 4, 8, 16, 64]) {
      const H = hadamard(n);
      expect(butterflyMatrix(hadamardButterfly(n)).data).toEqual(H.data);
      const HH = matmul(H, H);
      expect(HH.data.every((v, k) => v === (Math.floor(k / n) === k % n ? n : 0))).toBe(true);
    }
    expect([...butterflyMatvec(hadamardButterfly(2), [1, 2])]).toEqual([3, -1]);
  });

  it('Hadamard matrices of size 4ᵏ are exactly Monarch: zero projection error, and the factor split agrees', () => {
    for (const n of [4, 16, 64, 256]) {
      const m = Math.sqrt(n);
      expect(monarchProject(hadamard(n), m).relativeError).toBeLessThan(1e-12);
      const { L, R } = butterflyToMonarch(hadamardButterfly(n));
      expect(monarchMatrix(L, R).data).toEqual(hadamard(n).data);
    }
  });

  it('a random butterfly of size 4ᵏ is the Monarch matrix butterflyToMonarch gives', () => {
    for (const n of [4, 16, 64]) {
      const factors = randomButterfly(n, createRng(`bf-${n}`));
      expect(factors.map((f) => f.half)).toEqual(Array.from({ length: Math.log2(n) }, (_, s) => 2 ** s));
      const B = butterflyMatrix(factors);
      const { L, R } = butterflyToMonarch(factors);
      expectClose(monarchMatrix(L, R).data, B.data, { rtol: 1e-12, atol: 1e-14 });
      expect(monarchProject(B, Math.sqrt(n)).relativeError).toBeLessThan(1e-10);
    }
  });

  it('a random dense matrix is not Monarch (the projection leaves a clear error)', () => {
    expect(monarchProject(randomMatrix(16, 16, createRng('dense')), 4).relativeError).toBeGreaterThan(0.3);
  });

  it('counts 2n·log₂ n parameters and rejects sizes that are not powers of two (or of 4 for the split)', () => {
    expect(butterflyParameterCount(1024)).toBe(20480);
    expect(() => butterflyParameterCount(12)).toThrow('power of two');
    expect(() => hadamard(1)).toThrow('power of two');
    expect(() => butterflyToMonarch(hadamardButterfly(8))).toThrow('power of 4');
    expect(() => butterflyToMonarch(hadamardButterfly(16).reverse())).toThrow('in order');
    expect(() => butterflyMatrix([])).toThrow('no factors');
    expect(() => butterflyMatvec(hadamardButterfly(4), [1, 2])).toThrow('size 4');
  });
});
