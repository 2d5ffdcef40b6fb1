import type { Rng } from '../random';
import { assertShape, type Matrix } from './matrix';

/** Options of {@link randomMatrix}. */
export interface RandomMatrixOptions {
  /** 'normal' (default): N(mean, sd²) entries; 'uniform': entries uniform in [low, high). */
  distribution?: 'normal' | 'uniform';
  /** Mean of the normal distribution (default 0). */
  mean?: number;
  /** Standard deviation of the normal distribution (default 1). */
  sd?: number;
  /** Lower bound of the uniform distribution (default 0). */
  low?: number;
  /** Upper bound (exclusive) of the uniform distribution (default 1). */
  high?: number;
}

/**
 * A rows×cols matrix of independent random entries drawn from `rng`, filled in row-major order.
 *
 * The same seed and shape give the same matrix; the entries consume rows·cols draws of the stream
 * (`rng.normal` or `rng.next`), so later draws from `rng` depend on the shape.
 *
 * @example
 * randomMatrix(4, 32, createRng(1));                                       // standard normal entries
 * randomMatrix(2, 2, createRng('u'), { distribution: 'uniform', low: -1 }); // uniform in [−1, 1)
 */
export function randomMatrix(
  rows: number,
  cols: number,
  rng: Rng,
  options: RandomMatrixOptions = {},
): Matrix {
  assertShape('randomMatrix', rows, cols);
  const { distribution = 'normal', mean = 0, sd = 1, low = 0, high = 1 } = options;
  const data = new Float64Array(rows * cols);
  if (distribution === 'normal') {
    for (let i = 0; i < data.length; i++) data[i] = rng.normal(mean, sd);
  } else if (distribution === 'uniform') {
    const width = high - low;
    for (let i = 0; i < data.length; i++) data[i] = low + width * rng.next();
  } else {
    throw new RangeError(`randomMatrix: unknown distribution '${String(distribution)}'`);
  }
  return { rows, cols, data };
}
