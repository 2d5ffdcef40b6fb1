import { type Matrix, shapeOf } from './matrix';

function zipWith(fn: string, A: Matrix, B: Matrix, f: (a: number, b: number) => number): Matrix {
  if (A.rows !== B.rows || A.cols !== B.cols) {
    throw new Error(`${fn}: shapes ${shapeOf(A)} and ${shapeOf(B)} differ`);
  }
  const a = A.data;
  const b = B.data;
  const data = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) data[i] = f(a[i] as number, b[i] as number);
  return { rows: A.rows, cols: A.cols, data };
}

/**
 * The entrywise sum A + B of two equally shaped matrices; throws Error naming both shapes otherwise.
 *
 * @example
 * add(fromRows([[1, 2]]), fromRows([[10, 20]])); // [[11, 22]]
 */
export function add(A: Matrix, B: Matrix): Matrix {
  return zipWith('add', A, B, (a, b) => a + b);
}

/**
 * The entrywise difference A − B of two equally shaped matrices; throws Error naming both shapes otherwise.
 *
 * @example
 * sub(fromRows([[1, 2]]), fromRows([[10, 20]])); // [[-9, -18]]
 */
export function sub(A: Matrix, B: Matrix): Matrix {
  return zipWith('sub', A, B, (a, b) => a - b);
}

/**
 * The Hadamard (entrywise) product A ∘ B, (A ∘ B)ᵢⱼ = AᵢⱼBᵢⱼ; throws Error naming both shapes when they differ.
 *
 * @example
 * hadamard(fromRows([[1, 2]]), fromRows([[3, 4]])); // [[3, 8]]
 */
export function hadamard(A: Matrix, B: Matrix): Matrix {
  return zipWith('hadamard', A, B, (a, b) => a * b);
}

/**
 * The scalar multiple sA, (sA)ᵢⱼ = s·Aᵢⱼ, same shape as A.
 *
 * @example
 * scale(fromRows([[1, -2]]), 3); // [[3, -6]]
 */
export function scale(A: Matrix, s: number): Matrix {
  const a = A.data;
  const data = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) data[i] = s * (a[i] as number);
  return { rows: A.rows, cols: A.cols, data };
}
