/**
 * Options that make a measure violate a criterion on a given vector: what a widget needs to show a
 * counterexample found by runCriteriaExperiment, whose cells record the vector but not the random options.
 */

import { applyCriterion, type CriterionId, type CriterionOptions, checkCriterion } from './criteria';
import { magnitudes } from './norms';
import type { SparsityMeasure } from './registry';

/** A violation found by {@link findViolation}: the options, and the measure before and after. */
export interface Violation {
  options: CriterionOptions;
  before: number;
  after: number;
}

/** Most D1 pairs tried (the largest entries give to the smallest first). */
const MAX_PAIRS = 2048;

function candidateOptions(id: CriterionId, c: Float64Array): CriterionOptions[] {
  const n = c.length;
  let max = 0;
  let sum = 0;
  for (const v of c) {
    max = Math.max(max, v);
    sum += v;
  }
  const mean = n > 0 ? sum / n : 0;
  switch (id) {
    case 'D1': {
      // Givers from the largest down, receivers from the smallest up: the default pair comes first.
      const order = Array.from(c.keys()).sort((i, j) => (c[j] as number) - (c[i] as number));
      const out: CriterionOptions[] = [{}];
      for (const fraction of [0.5, 0.1, 0.9]) {
        for (const from of order) {
          for (let k = n - 1; k >= 0; k--) {
            const to = order[k] as number;
            if ((c[from] as number) > (c[to] as number)) out.push({ from, to, fraction });
            if (out.length > MAX_PAIRS) return out;
          }
        }
      }
      return out;
    }
    case 'D2':
      return [3, 2, 10, 0.5, 0.1, 1.5, 100].map((factor) => ({ factor }));
    case 'D3':
      return [0.5 * mean, 0.01 * mean, 0.1 * mean, mean, max, 10 * max, 1e-3, 1, 100]
        .filter((a) => a > 0)
        .map((amount) => ({ amount }));
    case 'D4':
      return [2, 3, 4, 10].map((copies) => ({ copies }));
    case 'P1': {
      const order = Array.from(c.keys()).sort((i, j) => (c[j] as number) - (c[i] as number));
      return order.map((index) => ({ index }));
    }
    case 'P2':
      return [1, 2, 5, Math.max(1, n), 10 * Math.max(1, n)].map((zeros) => ({ zeros }));
  }
}

/**
 * The first options (from a fixed list, defaults first) for which measure m fails criterion `id` on x, with
 * m's values before and after; null when m passes every option tried (or the criterion is vacuous for x).
 *
 * Options tried: D1 every pair (giver larger than receiver, largest givers first, at most 2048) at shares 0.5,
 * 0.1, 0.9; D2 factors 3, 2, 10, 0.5, 0.1, 1.5, 100; D3 amounts ½·mean|x| (the default), 0.01, 0.1 and 1 ×
 * mean|x|, max|x|, 10·max|x|, 0.001, 1, 100; D4 2, 3, 4, 10 copies; P1 every entry (largest first) under
 * checkBillGates; P2 1, 2, 5, n, 10n zeros. Deterministic; at most a few thousand evaluations of m.
 *
 * @example findViolation(getMeasure('s1p')!, 'D4', [1, 2, 3, 4])?.options // { copies: 2 }
 */
export function findViolation(
  m: SparsityMeasure,
  id: CriterionId,
  x: ArrayLike<number>,
  params?: Readonly<Record<string, number>>,
): Violation | null {
  const c = magnitudes(x);
  for (const options of candidateOptions(id, c)) {
    if (id !== 'P1' && applyCriterion(id, x, options).vacuous) continue;
    const r = checkCriterion(m, id, x, options, params);
    if (!r.ok && !r.vacuous) return { options, before: r.before, after: r.after };
  }
  return null;
}
