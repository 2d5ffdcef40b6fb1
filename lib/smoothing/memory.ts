/**
 * The memory model behind the forgetting hypothesis (kexue.fm/archives/4182): a trace A that every occurrence
 * raises by 1 and every step without one multiplies by a decay β ∈ [0, 1]. Pure functions of numbers and
 * streams; no state.
 */

function checkDecay(fn: string, beta: number): void {
  if (!(beta >= 0 && beta <= 1)) throw new RangeError(`${fn}: the decay β must lie in [0, 1], got ${beta}`);
}

function checkSteps(fn: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${fn}: n must be an integer ≥ 0, got ${n}`);
}

/**
 * The first n values of A_{k+1} = β·A_k + 1 from A_0 = 0, iterated: A_1 … A_n.
 * Throws RangeError unless β ∈ [0, 1] and n is an integer ≥ 0.
 * @example
 * memoryRecurrence(0.5, 3); // [1, 1.5, 1.75]
 */
export function memoryRecurrence(beta: number, n: number): Float64Array {
  checkDecay('memoryRecurrence', beta);
  checkSteps('memoryRecurrence', n);
  const out = new Float64Array(n);
  let a = 0;
  for (let k = 0; k < n; k++) {
    a = beta * a + 1;
    out[k] = a;
  }
  return out;
}

/**
 * A_n = (1 − βⁿ)/(1 − β), the closed form of the recurrence (n at β = 1), evaluated as
 * expm1(n·log β)/(β − 1) with log β = log1p(β − 1), so β within 1e−12 of 1 loses no digits.
 * Throws RangeError unless β ∈ [0, 1] and n is an integer ≥ 0.
 * @example
 * memoryClosedForm(0.5, 3); // 1.75
 */
export function memoryClosedForm(beta: number, n: number): number {
  checkDecay('memoryClosedForm', beta);
  checkSteps('memoryClosedForm', n);
  if (beta === 1) return n;
  if (beta === 0) return n === 0 ? 0 : 1;
  return Math.expm1(n * Math.log1p(beta - 1)) / (beta - 1);
}

/**
 * The steady state of the recurrence, lim A_n = 1/(1 − β) (Infinity at β = 1: without forgetting the trace
 * grows without bound).
 * Throws RangeError unless β ∈ [0, 1].
 * @example
 * memoryLimit(0.9); // 10
 */
export function memoryLimit(beta: number): number {
  checkDecay('memoryLimit', beta);
  return beta === 1 ? Number.POSITIVE_INFINITY : 1 / (1 - beta);
}

/**
 * The trace of a stream: A_t = β·A_{t−1} + x_t from A_0 = 0, one value per step t = 1 … length, where x_t is
 * how often the item occurs at step t (0 or 1 for a word position; any count ≥ 0). A periodic stream with
 * one occurrence every p steps has the per-period decay βᵖ of the post's model.
 * Throws RangeError unless β ∈ [0, 1] and every x_t is finite and ≥ 0.
 * @example
 * memoryTrace([1, 0, 1], 0.5); // [1, 0.5, 1.25]
 */
export function memoryTrace(stream: ArrayLike<number>, beta: number): Float64Array {
  checkDecay('memoryTrace', beta);
  const out = new Float64Array(stream.length);
  let a = 0;
  for (let t = 0; t < stream.length; t++) {
    const x = stream[t] as number;
    if (!(x >= 0 && Number.isFinite(x)))
      throw new RangeError(`memoryTrace: step ${t} has ${x} occurrences; counts must be finite and ≥ 0`);
    a = beta * a + x;
    out[t] = a;
  }
  return out;
}
