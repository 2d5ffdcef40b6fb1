/**
 * Example matrices for the autoencoder widgets: the post's 神/魔 table and two seeded random matrices, one
 * of full rank and one of low rank plus noise (where the Eckart–Young gap between σ_r and σ_{r+1} is wide).
 */
import { matmul } from '../linalg/matmul';
import { assertShape, type Matrix, matrix } from '../linalg/matrix';
import { randomMatrix } from '../linalg/randomMatrix';
import { createRng } from '../random';

/** The names {@link autoencoderExample} knows. */
export const AUTOENCODER_EXAMPLES = ['shenmo', 'random', 'lowrank'] as const;

/** 'shenmo': the post's 2×5 table; 'random': seeded N(0, 1) 20×12; 'lowrank': seeded rank 3 plus noise, 30×16. */
export type AutoencoderExampleName = (typeof AUTOENCODER_EXAMPLES)[number];

/** A matrix with optional labels for its rows and columns. */
export interface LabelledMatrix {
  matrix: Matrix;
  rowLabels?: string[];
  colLabels?: string[];
}

/**
 * A seeded m×n matrix of rank r plus noise: A·B/√r + noise·E with A (m×r), B (r×n) and E (m×n) independent
 * standard normal entries drawn from `createRng(seed)` in that order.
 *
 * Its first r singular values grow like √(mn/r), the rest stay near noise·(√m + √n): a clear gap, so a
 * rank-r fit explains almost everything. r = 0 gives pure noise; noise = 0 gives exactly rank min(r, m, n).
 * Throws RangeError for a bad shape, r not an integer ≥ 0, or noise not finite and ≥ 0.
 *
 * @example
 * const M = lowRankPlusNoise(30, 16, 3, { seed: 'lowrank', noise: 0.1 });
 * svd(M).S; // three large values, then thirteen near 0.1·(√30 + √16) or below
 */
export function lowRankPlusNoise(
  m: number,
  n: number,
  r: number,
  { seed = 0, noise = 0.1 }: { seed?: number | string; noise?: number } = {},
): Matrix {
  assertShape('lowRankPlusNoise', m, n);
  if (!Number.isInteger(r) || r < 0)
    throw new RangeError(`lowRankPlusNoise: r must be an integer ≥ 0, got ${r}`);
  if (!Number.isFinite(noise) || noise < 0) {
    throw new RangeError(`lowRankPlusNoise: noise must be finite and ≥ 0, got ${noise}`);
  }
  const rng = createRng(seed);
  const A = randomMatrix(m, r, rng);
  const B = randomMatrix(r, n, rng);
  const E = randomMatrix(m, n, rng);
  const out = matmul(A, B);
  const s = r > 0 ? 1 / Math.sqrt(r) : 0;
  for (let q = 0; q < out.data.length; q++) {
    out.data[q] = s * (out.data[q] as number) + noise * (E.data[q] as number);
  }
  return out;
}

/**
 * One of the example matrices, freshly built (the caller may modify it):
 * - 'shenmo': Su Jianlin's table of first characters 神, 魔 × second characters 兽 界 龙 灵 术,
 *   [[1,1,1,1,0],[1,1,1,1,1]] (kexue.fm/archives/4208), with those labels; σ = 2.9208, 0.6847;
 * - 'random': 20×12 standard normal entries from `createRng('autoencoder-random')`;
 * - 'lowrank': `lowRankPlusNoise(30, 16, 3, { seed: 'autoencoder-lowrank', noise: 0.1 })`.
 * An unknown name throws RangeError.
 *
 * @example
 * autoencoderExample('shenmo').rowLabels; // ['神', '魔']
 */
export function autoencoderExample(name: AutoencoderExampleName): LabelledMatrix {
  switch (name) {
    case 'shenmo':
      return {
        matrix: matrix(2, 5, [1, 1, 1, 1, 0, 1, 1, 1, 1, 1]),
        rowLabels: ['神', '魔'],
        colLabels: ['兽', '界', '龙', '灵', '术'],
      };
    case 'random':
      return { matrix: randomMatrix(20, 12, createRng('autoencoder-random')) };
    case 'lowrank':
      return { matrix: lowRankPlusNoise(30, 16, 3, { seed: 'autoencoder-lowrank', noise: 0.1 }) };
    default:
      throw new RangeError(`autoencoderExample: unknown example '${String(name)}'`);
  }
}
