/**
 * Seeded random queries, keys and values for demonstrations and tests of attention.
 */

import { type Matrix, randomMatrix } from '../linalg';
import { createRng } from '../random';

/** The three inputs of attention, as {@link randomQKV} returns them. */
export interface QKV {
  /** n×d queries. */
  readonly Q: Matrix;
  /** n×d keys. */
  readonly K: Matrix;
  /** n×dv values. */
  readonly V: Matrix;
}

/**
 * Standard normal Q (n×d), K (n×d) and V (n×dv) drawn from one stream `createRng(seed)`, in that order,
 * each filled row by row with {@link randomMatrix}.
 *
 * The same (n, d, dv, seed) gives the same matrices on every platform, so a widget's seed in a URL
 * reproduces its numbers. Because the draws are consecutive, changing n or d changes all three matrices
 * (K starts where Q ended), not only their shapes. n = 0 or d = 0 gives empty matrices of those shapes.
 * Throws RangeError for a negative or fractional size, or a non-finite seed.
 *
 * @example
 * const { Q, K, V } = randomQKV(8, 4, 1);
 * // the same as: const rng = createRng(1); Q = randomMatrix(8, 4, rng); K = randomMatrix(8, 4, rng); V = randomMatrix(8, 4, rng);
 */
export function randomQKV(n: number, d: number, seed: number | string, dv: number = d): QKV {
  const rng = createRng(seed);
  const Q = randomMatrix(n, d, rng);
  const K = randomMatrix(n, d, rng);
  const V = randomMatrix(n, dv, rng);
  return { Q, K, V };
}
