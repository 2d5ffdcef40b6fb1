import { describe, expect, it } from 'vitest';
import { matrix } from '../linalg';
import { lowRank, svd } from '../linalg/svd';
import { expectClose } from '../testing';
import { AUTOENCODER_EXAMPLES, autoencoderExample, lowRankPlusNoise } from './examples';

describe('autoencoderExample(name)', () => {
  it("autoencoderExample('shenmo') is the post's table with σ = 2.9208, 0.6847 and 神术 = 0.4961 at rank 1", () => {
    // Su Jianlin, kexue.fm/archives/4208: the 神/魔 × 兽/界/龙/灵/术 example.
    const { matrix: M, rowLabels, colLabels } = autoencoderExample('shenmo');
    expect(M).toEqual(matrix(2, 5, [1, 1, 1, 1, 0, 1, 1, 1, 1, 1]));
    expect(rowLabels).toEqual(['神', '魔']);
    expect(colLabels).toEqual(['兽', '界', '龙', '灵', '术']);
    expectClose(svd(M).S, [2.9208, 0.6847], { atol: 5e-5, rtol: 0 });
    expectClose(lowRank(M, 1).data[4] as number, 0.4961, { atol: 5e-5, rtol: 0 });
  });

  it('autoencoderExample builds the seeded 20×12 and 30×16 matrices identically on every call, as fresh copies', () => {
    for (const name of AUTOENCODER_EXAMPLES) {
      const a = autoencoderExample(name).matrix;
      const b = autoencoderExample(name).matrix;
      expect(a).toEqual(b);
      a.data[0] = 99;
      expect(b.data[0]).not.toBe(99);
    }
    expect([autoencoderExample('random').matrix.rows, autoencoderExample('random').matrix.cols]).toEqual([
      20, 12,
    ]);
    expect([autoencoderExample('lowrank').matrix.rows, autoencoderExample('lowrank').matrix.cols]).toEqual([
      30, 16,
    ]);
  });

  it("autoencoderExample('lowrank') has three large singular values and a wide gap after them", () => {
    const S = svd(autoencoderExample('lowrank').matrix).S;
    expect(S[2] as number).toBeGreaterThan(5 * (S[3] as number));
    // The noise level 0.1·(√30 + √16) ≈ 0.95 bounds the tail.
    expect(S[3] as number).toBeLessThan(0.1 * (Math.sqrt(30) + Math.sqrt(16)));
  });

  it('autoencoderExample throws RangeError for an unknown name', () => {
    expect(() => autoencoderExample('nope' as never)).toThrow(/unknown example 'nope'/);
  });
});

describe('lowRankPlusNoise(m, n, r, { seed, noise })', () => {
  it('lowRankPlusNoise with noise 0 has rank exactly r', () => {
    for (const [m, n, r] of [
      [12, 7, 2],
      [5, 9, 4],
      [6, 6, 1],
    ] as const) {
      const S = svd(lowRankPlusNoise(m, n, r, { seed: `${m}-${n}`, noise: 0 })).S;
      for (let i = 0; i < S.length; i++) {
        if (i < r) expect(S[i] as number).toBeGreaterThan(1e-3);
        else expect(S[i] as number).toBeLessThan(1e-12 * (S[0] as number));
      }
    }
  });

  it('lowRankPlusNoise with r = 0 is pure noise with the given standard deviation', () => {
    const E = lowRankPlusNoise(60, 50, 0, { seed: 1, noise: 2 });
    let sq = 0;
    for (const x of E.data) sq += x * x;
    expect(Math.sqrt(sq / E.data.length)).toBeGreaterThan(1.9);
    expect(Math.sqrt(sq / E.data.length)).toBeLessThan(2.1);
  });

  it('lowRankPlusNoise gives the same matrix for the same seed and another for another seed', () => {
    expect(lowRankPlusNoise(4, 3, 1, { seed: 'a' })).toEqual(lowRankPlusNoise(4, 3, 1, { seed: 'a' }));
    expect(lowRankPlusNoise(4, 3, 1, { seed: 'a' })).not.toEqual(lowRankPlusNoise(4, 3, 1, { seed: 'b' }));
    expect(lowRankPlusNoise(0, 3, 2).data).toHaveLength(0);
  });

  it('lowRankPlusNoise throws RangeError for a bad shape, rank or noise', () => {
    expect(() => lowRankPlusNoise(-1, 3, 1)).toThrow(RangeError);
    expect(() => lowRankPlusNoise(3, 3, 1.5)).toThrow(/r must be an integer/);
    expect(() => lowRankPlusNoise(3, 3, 1, { noise: -1 })).toThrow(/noise/);
    expect(() => lowRankPlusNoise(3, 3, 1, { noise: Number.NaN })).toThrow(/noise/);
  });
});
