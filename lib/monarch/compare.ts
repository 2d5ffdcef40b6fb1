/**
 * Monarch against low rank at the same budget: the seeded test matrices the comparison runs on, the best
 * rank-m fit's error from the singular values, and the mean errors of both families against the density of a
 * sparse Gaussian matrix.
 *
 * Why rank m: a rank-k factorisation of an n × n matrix stores (n + n)·k numbers, which at k = m (n = m²) is
 * 2m³, exactly the 2m³ of a Monarch matrix's blocks L and R. Both fits are optimal in their families (the
 * Monarch projection slice by slice, the rank-m truncation by Eckart–Young), so the comparison is between
 * families, not between fitting methods.
 */
import { IMAGE_SCENES, type ImageScene, sceneImage } from '../images/scenes';
import { type Csr, csrToDense } from '../linalg/csr';
import { lowRankStorage } from '../linalg/lowRankError';
import type { Matrix } from '../linalg/matrix';
import { frobeniusNorm } from '../linalg/norms';
import { randomMatrix } from '../linalg/randomMatrix';
import { lowRankFromSvd, type Svd, svd, tailEnergy } from '../linalg/svd';
import { createRng, type Rng } from '../random';
import { hadamard } from './butterfly';
import { monarchMatrix, monarchParameterCount, randomMonarch } from './monarch';
import { type MonarchProjection, monarchProject } from './project';

function checkFraction(fn: string, name: string, v: number, lo: number, hi: number): void {
  if (!Number.isFinite(v) || v < lo || v > hi) {
    throw new RangeError(`${fn}: ${name} must be a number in [${lo}, ${hi}], got ${v}`);
  }
}

function checkSide(fn: string, name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 1)
    throw new RangeError(`${fn}: ${name} must be a positive integer, got ${v}`);
}

/**
 * An n × n matrix with exactly max(1, round(density·n²)) non-zero entries, N(0, 1), at uniformly random
 * positions (a partial Fisher–Yates shuffle of the n² positions, then the values in position order). A fixed
 * count rather than a coin per entry, so a small matrix at a low density is never the zero matrix, and the
 * mean error over a few seeds measures the density asked for. At density 1 it equals randomMatrix(n, n, rng)
 * for the same seed (no positions are drawn).
 * Throws RangeError unless n is a positive integer and density is in (0, 1].
 * @example
 * sparseGaussian(8, 0.25, createRng(1)); // 8×8 with 16 non-zeros
 */
export function sparseGaussian(n: number, density: number, rng: Rng): Matrix {
  checkSide('sparseGaussian', 'n', n);
  if (!(density > 0 && density <= 1)) {
    throw new RangeError(`sparseGaussian: density must be in (0, 1], got ${density}`);
  }
  const total = n * n;
  if (density === 1) return randomMatrix(n, n, rng);
  const count = Math.max(1, Math.round(density * total));
  const positions = Int32Array.from({ length: total }, (_, k) => k);
  for (let k = 0; k < count; k++) {
    const pick = rng.int(k, total - 1);
    const t = positions[k] as number;
    positions[k] = positions[pick] as number;
    positions[pick] = t;
  }
  const chosen = positions.subarray(0, count).sort();
  const data = new Float64Array(total);
  for (const q of chosen) data[q] = rng.normal();
  return { rows: n, cols: n, data };
}

/**
 * A rank-r matrix plus noise, G·H/√r + noise·E with G (n × r), H (r × n) and E (n × n) independent N(0, 1):
 * the low-rank part's entries have variance 1, so `noise` is the noise's size relative to the signal's.
 * r is clamped to [1, n] (fractions round down).
 * Throws RangeError unless n is a positive integer and noise is a number in [0, 10].
 * @example
 * lowRankPlusNoise(64, 4, 0, createRng(1)); // a 64×64 matrix of rank 4
 */
export function lowRankPlusNoise(n: number, rank: number, noise: number, rng: Rng): Matrix {
  checkSide('lowRankPlusNoise', 'n', n);
  checkFraction('lowRankPlusNoise', 'noise', noise, 0, 10);
  const r = Math.max(1, Math.min(n, Number.isFinite(rank) ? Math.floor(rank) : 1));
  const G = randomMatrix(n, r, rng);
  const H = randomMatrix(r, n, rng);
  const data = new Float64Array(n * n);
  const c = 1 / Math.sqrt(r);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < r; l++) {
      const g = (G.data[i * r + l] as number) * c;
      for (let j = 0; j < n; j++)
        data[i * n + j] = (data[i * n + j] as number) + g * (H.data[l * n + j] as number);
    }
  }
  if (noise > 0) for (let q = 0; q < data.length; q++) data[q] = (data[q] as number) + noise * rng.normal();
  return { rows: n, cols: n, data };
}

/**
 * A random Monarch matrix of size n = m² plus noise, m·P·L·P·R + noise·E: randomMonarch's entries are products
 * of two N(0, 1/m) numbers, so scaling by m gives them variance 1 and `noise` is relative, as in
 * {@link lowRankPlusNoise}. With noise 0 it is exactly Monarch (the projection recovers it).
 * Throws RangeError unless m is a positive integer and noise is a number in [0, 10].
 * @example
 * monarchProject(monarchPlusNoise(8, 0, createRng(1)), 8).relativeError; // ≈ 1e-15
 */
export function monarchPlusNoise(m: number, noise: number, rng: Rng): Matrix {
  checkSide('monarchPlusNoise', 'm', m);
  checkFraction('monarchPlusNoise', 'noise', noise, 0, 10);
  const { L, R } = randomMonarch(m, rng);
  const M = monarchMatrix(L, R);
  const data = M.data;
  for (let q = 0; q < data.length; q++)
    data[q] = m * (data[q] as number) + (noise > 0 ? noise * rng.normal() : 0);
  return M;
}

/** The matrices the projection widget offers: seeded random families, the Hadamard matrix, images, words. */
export const PROJECT_INPUTS = [
  'dense',
  'sparse',
  'low-rank',
  'monarch',
  'hadamard',
  ...IMAGE_SCENES,
  'words',
] as const;
/** One of {@link PROJECT_INPUTS}. */
export type ProjectInput = (typeof PROJECT_INPUTS)[number];

/** Options of {@link projectInputMatrix}; each kind reads the ones it needs. */
export interface ProjectInputOptions {
  /** 'sparse': the fraction of non-zero entries, in (0, 1]. */
  density?: number;
  /** 'low-rank' and 'monarch': the noise's size relative to the signal, in [0, 10]. */
  noise?: number;
  /** 'low-rank': the rank of the signal (clamped to [1, n]). */
  rank?: number;
  /** The random kinds' seed (default 1). */
  seed?: number;
  /** 'words': the weighted word matrix, of which the top-left n × n block is taken (at least n × n). */
  words?: Csr;
}

/**
 * The n × n test matrix (n = m²) of a kind: 'dense' N(0, 1) entries; 'sparse' (sparseGaussian at `density`);
 * 'low-rank' (lowRankPlusNoise of rank `rank` plus `noise`); 'monarch' (monarchPlusNoise); 'hadamard' (the
 * Sylvester–Hadamard matrix, exactly Monarch, for n a power of two); an image scene of lib/images drawn at
 * n × n pixels; 'words' (the top-left n × n block of `words`: the most productive first and second
 * characters). The random kinds draw from createRng(`monarch-project-${kind}-${seed}`).
 * Throws RangeError for an unknown kind, m outside [1, 32], Hadamard with n not a power of two (naming the m
 * that work), 'words' without a matrix of at least n × n, and the generators' own bad options.
 * @example
 * projectInputMatrix('sparse', 8, { density: 0.05 }); // 64×64 with 205 non-zeros
 */
export function projectInputMatrix(kind: ProjectInput, m: number, options: ProjectInputOptions = {}): Matrix {
  if (!Number.isSafeInteger(m) || m < 1 || m > 32) {
    throw new RangeError(`projectInputMatrix: m must be an integer in [1, 32], got ${m}`);
  }
  const n = m * m;
  const { density = 0.1, noise = 0.1, rank = m, seed = 1, words } = options;
  const rng = () => createRng(`monarch-project-${kind}-${seed}`);
  switch (kind) {
    case 'dense':
      return randomMatrix(n, n, rng());
    case 'sparse':
      return sparseGaussian(n, density, rng());
    case 'low-rank':
      return lowRankPlusNoise(n, rank, noise, rng());
    case 'monarch':
      return monarchPlusNoise(m, noise, rng());
    case 'hadamard':
      if (n < 2 || (n & (n - 1)) !== 0) {
        throw new RangeError(
          `The Hadamard matrix needs n a power of two: m = ${m} gives n = ${n}; use m = 2, 4, 8 or 16`,
        );
      }
      return hadamard(n);
    case 'words':
      if (!words) throw new RangeError('projectInputMatrix: the words input needs the word matrix');
      if (words.rows < n || words.cols < n) {
        throw new RangeError(`The word matrix is ${words.rows}×${words.cols}, smaller than n = ${n}`);
      }
      return csrToDense(words, n, n);
    default:
      if ((IMAGE_SCENES as readonly string[]).includes(kind)) return sceneImage(kind as ImageScene, n);
      throw new RangeError(`projectInputMatrix: unknown input '${String(kind)}'`);
  }
}

/** Monarch and the best rank-m fit of one matrix, at the same budget of 2m³ numbers. */
export interface BudgetComparison {
  /** The Monarch projection (blocks, error, per-slice errors and spectra). */
  readonly monarch: MonarchProjection;
  /** The thin SVD of A (for the rank-m fit and its spectrum). */
  readonly svd: Svd;
  /** ‖A − A_m‖_F, from the singular values beyond the m-th. */
  readonly lowRankError: number;
  /** lowRankError / ‖A‖_F (0 for the zero matrix). */
  readonly lowRankRelativeError: number;
  /** Numbers stored by the Monarch blocks, 2m³. */
  readonly monarchParameters: number;
  /** Numbers stored by a rank-m factorisation (n + n)·m, equal to 2m³. */
  readonly lowRankParameters: number;
}

/**
 * Projects A (n × n, n = m²) onto the Monarch matrices (monarchProject) and onto rank m (the truncated SVD),
 * with both errors and both parameter counts. The rank-m error comes from the spectrum, √(Σ_{k>m} σₖ²)
 * (tailEnergy); both relative errors are 0 for the zero matrix. Cost: one n × n SVD plus the projection's m² small ones.
 * Throws RangeError as monarchProject does (not square, n ≠ m², non-finite entries).
 * @example
 * const c = compareMonarchLowRank(hadamard(64), 8); // c.monarch.relativeError ≈ 0, c.lowRankRelativeError = √(7/8)
 */
export function compareMonarchLowRank(A: Matrix, m: number): BudgetComparison {
  const monarch = monarchProject(A, m);
  const f = svd(A);
  const lowRankError = Math.sqrt(tailEnergy(f.S, m));
  const norm = frobeniusNorm(A);
  return {
    monarch,
    svd: f,
    lowRankError,
    lowRankRelativeError: norm > 0 ? lowRankError / norm : 0,
    monarchParameters: monarchParameterCount(m),
    lowRankParameters: lowRankStorage(A.rows, A.cols, m).factors,
  };
}

/**
 * Both fits of a comparison as dense n × n matrices, for drawing: the Monarch fit P·L·P·R (monarchMatrix) and
 * the rank-m fit U_m·diag(σ₁ … σ_m)·V_mᵀ (lowRankFromSvd). Their distances to A are the comparison's errors.
 * @example
 * const { monarchFit, lowRankFit } = budgetFits(compareMonarchLowRank(A, 8)); // both 64×64
 */
export function budgetFits(c: BudgetComparison): { monarchFit: Matrix; lowRankFit: Matrix } {
  return {
    monarchFit: monarchMatrix(c.monarch.L, c.monarch.R),
    lowRankFit: lowRankFromSvd(c.svd, c.monarch.m),
  };
}

/** The densities of the sweep, from dense to 1%: log-spaced, and including 1, 0.5, 0.2 and 0.05. */
export const SWEEP_DENSITIES: readonly number[] = [1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01];
/** Seeded matrices averaged per density in the sweep. */
export const SWEEP_SEEDS = 5;

/** One point of the density sweep: mean relative errors over the seeds, and each seed's. */
export interface SweepPoint {
  readonly m: number;
  readonly density: number;
  /** Mean over the seeds of the Monarch projection's relative error. */
  readonly monarch: number;
  /** Mean over the seeds of the rank-m fit's relative error. */
  readonly lowRank: number;
  readonly monarchRuns: readonly number[];
  readonly lowRankRuns: readonly number[];
}

/**
 * Monarch against rank m on sparse Gaussian matrices (sparseGaussian) of size m² at one density: each seed s =
 * 0 … seeds − 1 draws its matrix from createRng(`monarch-sweep-${m}-${density}-${s}`), so a point does not depend
 * on which other densities were run. Cost: `seeds` comparisons (compareMonarchLowRank).
 * Throws RangeError unless m and seeds are positive integers and density is in (0, 1].
 * @example
 * densitySweepPoint(8, 0.05, 5); // { monarch: ≈ 0.65, lowRank: ≈ 0.8, … }: Monarch wins on sparse matrices
 */
export function densitySweepPoint(m: number, density: number, seeds: number = SWEEP_SEEDS): SweepPoint {
  checkSide('densitySweepPoint', 'm', m);
  checkSide('densitySweepPoint', 'seeds', seeds);
  const monarchRuns: number[] = [];
  const lowRankRuns: number[] = [];
  for (let s = 0; s < seeds; s++) {
    const A = sparseGaussian(m * m, density, createRng(`monarch-sweep-${m}-${density}-${s}`));
    const c = compareMonarchLowRank(A, m);
    monarchRuns.push(c.monarch.relativeError);
    lowRankRuns.push(c.lowRankRelativeError);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { m, density, monarch: mean(monarchRuns), lowRank: mean(lowRankRuns), monarchRuns, lowRankRuns };
}
