/**
 * Hurley & Rickard's six criteria for a sparsity measure ("Comparing Measures of Sparsity", 2009), as
 * operations on a vector and as checks of a measure before and after. Four come from the economics of
 * wealth inequality (Dalton's transfer principle and its relatives): D1 Robin Hood, D2 Scaling, D3 Rising
 * tide, D4 Cloning; two from Rickard's earlier work: P1 Bill Gates, P2 Babies.
 *
 * Every operation works on the magnitudes |x| (so its output is non-negative). "Sparser" is read through
 * `sparsityScore`, so a check works the same for 'lower' and 'higher' measures.
 */

import { formatNumber } from '../format';
import { magnitudes, maxOf } from './norms';
import { type Direction, type SparsityMeasure, sparsityScore } from './registry';

/** D1 Robin Hood, D2 Scaling, D3 Rising tide, D4 Cloning, P1 Bill Gates, P2 Babies. */
export type CriterionId = 'D1' | 'D2' | 'D3' | 'D4' | 'P1' | 'P2';

/** One criterion: what it is called, what it says, and how a good measure must respond to its operation. */
export interface Criterion {
  id: CriterionId;
  /** E.g. 'Robin Hood'. */
  name: string;
  /** One line. */
  summary: string;
  /** How a measure should move when the operation is applied. */
  expect: 'less-sparse' | 'same' | 'more-sparse';
}

/** The six criteria in Hurley & Rickard's order. */
export const criteria: readonly Criterion[] = [
  {
    id: 'D1',
    name: 'Robin Hood',
    summary:
      'Taking from a larger entry and giving to a smaller one (without reversing their order) makes the vector less sparse.',
    expect: 'less-sparse',
  },
  {
    id: 'D2',
    name: 'Scaling',
    summary: 'Multiplying every entry by the same positive factor leaves sparsity unchanged.',
    expect: 'same',
  },
  {
    id: 'D3',
    name: 'Rising tide',
    summary: 'Adding the same positive amount to every entry makes the vector less sparse.',
    expect: 'less-sparse',
  },
  {
    id: 'D4',
    name: 'Cloning',
    summary: 'Concatenating copies of the vector with itself leaves sparsity unchanged.',
    expect: 'same',
  },
  {
    id: 'P1',
    name: 'Bill Gates',
    summary: 'Once one entry is large enough, making it larger still makes the vector sparser.',
    expect: 'more-sparse',
  },
  {
    id: 'P2',
    name: 'Babies',
    summary: 'Appending zeros makes the vector sparser.',
    expect: 'more-sparse',
  },
];

/** The criteria's ids in Hurley & Rickard's order: D1, D2, D3, D4, P1, P2. */
export const CRITERION_IDS: readonly CriterionId[] = criteria.map((c) => c.id);

/**
 * The change a criterion demands of one measure's value, given which way the measure runs: "more sparse" is
 * a decrease (↓) for a lower-is-sparser measure and an increase (↑) otherwise; "same" is "=".
 *
 * @example
 * demandedChange('more-sparse', 'lower'); // { symbol: '↓', text: 'must decrease' }
 */
export function demandedChange(
  expect: Criterion['expect'],
  direction: Direction,
): { symbol: '↑' | '↓' | '='; text: string } {
  if (expect === 'same') return { symbol: '=', text: 'must stay the same' };
  const up = (expect === 'more-sparse') === (direction === 'higher');
  return up ? { symbol: '↑', text: 'must increase' } : { symbol: '↓', text: 'must decrease' };
}

/** Options of the six operations; each falls back to its default when missing or invalid. */
export interface CriterionOptions {
  /** D1: index giving (default argmax |x|). */
  from?: number;
  /** D1: index receiving (default argmin |x|). */
  to?: number;
  /** D1: share of (x_from − x_to)/2 moved, in (0, 1) (default 0.5). */
  fraction?: number;
  /** D2: the positive factor (default 3). */
  factor?: number;
  /** D3: the positive amount added to every entry (default mean|x|·0.5); P1: the amount added to x_index (default max|x|). */
  amount?: number;
  /** D4: the number of copies, an integer in [2, 1000] (default 2). */
  copies?: number;
  /** P1: the entry that grows (default argmax |x|). */
  index?: number;
  /** P2: how many zeros are appended, an integer in [1, 100000] (default 1). */
  zeros?: number;
}

/** What {@link applyCriterion} returns. */
export interface CriterionApplication {
  vector: number[];
  description: string;
  /** True when the criterion says nothing about this vector (see {@link applyCriterion}); vector is |x|. */
  vacuous: boolean;
}

const fmt = (v: number) => formatNumber(v, { digits: 4 });

function argmax(c: Float64Array): number {
  let k = 0;
  for (let i = 1; i < c.length; i++) if ((c[i] as number) > (c[k] as number)) k = i;
  return k;
}

function argmin(c: Float64Array): number {
  let k = 0;
  for (let i = 1; i < c.length; i++) if ((c[i] as number) < (c[k] as number)) k = i;
  return k;
}

function validIndex(i: number | undefined, n: number, fallback: number): number {
  return i !== undefined && Number.isInteger(i) && i >= 0 && i < n ? i : fallback;
}

function validInt(v: number | undefined, lo: number, hi: number, fallback: number): number {
  return v !== undefined && Number.isInteger(v) && v >= lo && v <= hi ? v : fallback;
}

function validPositive(v: number | undefined, fallback: number): number {
  return v !== undefined && v > 0 && Number.isFinite(v) ? v : fallback;
}

/**
 * Applies criterion `id`'s operation to |x| and describes it in one line with its numbers.
 *
 * - D1 Robin Hood: moves t = fraction·(c_from − c_to)/2 from entry `from` to entry `to` (defaults argmax,
 *   argmin, 0.5), so the giver stays at least as large as the receiver.
 * - D2 Scaling: multiplies by `factor` (default 3).
 * - D3 Rising tide: adds `amount` (default mean|x|·0.5) to every entry.
 * - D4 Cloning: concatenates `copies` copies (default 2).
 * - P1 Bill Gates: adds `amount` (default max|x|) to entry `index` (default argmax). One step does not
 *   decide P1 (see {@link checkBillGates}).
 * - P2 Babies: appends `zeros` zeros (default 1).
 *
 * Vacuous cases (vector = |x|, `vacuous: true`): the empty and the zero vector for every criterion (there
 * is no sparsity to change); D1 when c_from ≤ c_to (nothing can be moved); D3 when every entry is equal
 * (Hurley & Rickard exclude constant vectors, for which a rising tide changes no ratio). Invalid options
 * take their defaults.
 *
 * @example
 * applyCriterion('D1', [1, 2, 3, 4]).vector; // [1.75, 2, 3, 3.25]
 * applyCriterion('D1', [1, 2, 3, 4], { fraction: 2 / 3 }).vector; // [2, 2, 3, 3] — not the post's example
 * applyCriterion('P2', [1, 2], { zeros: 2 }).vector;  // [1, 2, 0, 0]
 */
export function applyCriterion(
  id: CriterionId,
  x: ArrayLike<number>,
  options: CriterionOptions = {},
): CriterionApplication {
  const c = magnitudes(x);
  const n = c.length;
  const same = (description: string): CriterionApplication => ({
    vector: Array.from(c),
    description,
    vacuous: true,
  });
  if (n === 0) return same(`${id}: the empty vector has no sparsity to change`);
  if (maxOf(c) === 0) return same(`${id}: the zero vector has no sparsity to change`);
  switch (id) {
    case 'D1': {
      const from = validIndex(options.from, n, argmax(c));
      const to = validIndex(options.to, n, argmin(c));
      const fraction =
        options.fraction !== undefined && options.fraction > 0 && options.fraction < 1
          ? options.fraction
          : 0.5;
      const cf = c[from] as number;
      const ct = c[to] as number;
      if (!(cf > ct))
        return same(
          `Robin Hood: nothing to move, x[${from}] = ${fmt(cf)} is not above x[${to}] = ${fmt(ct)}`,
        );
      const t = (fraction * (cf - ct)) / 2;
      const v = Array.from(c);
      v[from] = cf - t;
      v[to] = ct + t;
      return {
        vector: v,
        description: `Robin Hood: move ${fmt(t)} from x[${from}] = ${fmt(cf)} to x[${to}] = ${fmt(ct)}`,
        vacuous: false,
      };
    }
    case 'D2': {
      const factor = validPositive(options.factor, 3);
      return {
        vector: Array.from(c, (v) => v * factor),
        description: `Scaling: multiply every entry by ${fmt(factor)}`,
        vacuous: false,
      };
    }
    case 'D3': {
      let sum = 0;
      let constant = true;
      for (let i = 0; i < n; i++) {
        sum += c[i] as number;
        if (c[i] !== c[0]) constant = false;
      }
      if (constant) return same('Rising tide: every entry is equal, so the criterion says nothing');
      const amount = validPositive(options.amount, (sum / n) * 0.5);
      return {
        vector: Array.from(c, (v) => v + amount),
        description: `Rising tide: add ${fmt(amount)} to every entry`,
        vacuous: false,
      };
    }
    case 'D4': {
      const copies = validInt(options.copies, 2, 1000, 2);
      const v: number[] = [];
      for (let k = 0; k < copies; k++) for (let i = 0; i < n; i++) v.push(c[i] as number);
      return {
        vector: v,
        description: `Cloning: ${copies} copies, length ${n} → ${n * copies}`,
        vacuous: false,
      };
    }
    case 'P1': {
      const index = validIndex(options.index, n, argmax(c));
      const amount = validPositive(options.amount, maxOf(c));
      const v = Array.from(c);
      v[index] = (c[index] as number) + amount;
      return {
        vector: v,
        description: `Bill Gates: x[${index}] grows by ${fmt(amount)}, from ${fmt(c[index] as number)} to ${fmt(v[index] as number)}`,
        vacuous: false,
      };
    }
    case 'P2': {
      const zeros = validInt(options.zeros, 1, 100000, 1);
      const v = Array.from(c);
      for (let k = 0; k < zeros; k++) v.push(0);
      return {
        vector: v,
        description: `Babies: append ${zeros} zero${zeros === 1 ? '' : 's'}, length ${n} → ${n + zeros}`,
        vacuous: false,
      };
    }
  }
}

/** Relative tolerance for 'same' (with an absolute floor for values at 0). */
export const SAME_RTOL = 1e-9;
/** Absolute floor of the 'same' test, for values that are 0 up to rounding (Gini or Hoyer of a constant vector). */
export const SAME_ATOL = 1e-12;
/**
 * Relative size a change must exceed to count as a strict change: a move smaller than 1e-12 of the value's
 * magnitude is rounding (sums of a few dozen doubles are good to about 1e-14 of their size), not evidence.
 */
export const STRICT_RTOL = 1e-12;

/**
 * How a measure responded to a criterion's operation: `complies` (it moved as demanded, or stayed the same
 * when that is demanded), `unchanged` (a change was demanded but it did not move beyond rounding) or
 * `wrong-way` (it moved against the demand; for Scaling and Cloning, which demand no change, it moved at all).
 */
export type CriterionOutcome = 'complies' | 'unchanged' | 'wrong-way';

/** Every `CriterionOutcome`, in the order a legend lists them. */
export const CRITERION_OUTCOMES: readonly CriterionOutcome[] = ['complies', 'unchanged', 'wrong-way'];

/**
 * The outcome of the oriented scores sb → sa (larger = sparser) under `expect`, with tolerances relative to
 * their magnitude: 'same' allows |sa − sb| ≤ SAME_RTOL·max(|sb|, |sa|) + SAME_ATOL; a demanded change must exceed
 * STRICT_RTOL·max(|sb|, |sa|) in the demanded direction (complies), a change that large the other way is
 * wrong-way, and anything smaller is unchanged.
 *
 * @example
 * criterionOutcome('less-sparse', -0.5, -0.5 + 1e-15); // 'unchanged': rounding, not a move
 * criterionOutcome('less-sparse', -0.5, -0.4);         // 'complies' (a lower score is less sparse)
 */
export function criterionOutcome(expect: Criterion['expect'], sb: number, sa: number): CriterionOutcome {
  const scale = Math.max(Math.abs(sb), Math.abs(sa));
  if (expect === 'same') {
    return sb === sa || Math.abs(sa - sb) <= SAME_RTOL * scale + SAME_ATOL ? 'complies' : 'wrong-way';
  }
  const change = expect === 'more-sparse' ? sa - sb : sb - sa;
  const tolerance = STRICT_RTOL * scale;
  if (change > tolerance) return 'complies';
  return change < -tolerance ? 'wrong-way' : 'unchanged';
}

/** The result of a criterion check. */
export interface CriterionCheck {
  before: number;
  after: number;
  /** outcome === 'complies' (vacuous checks are ok). */
  ok: boolean;
  /** How the measure responded (see {@link criterionOutcome}); 'complies' when vacuous. */
  outcome: CriterionOutcome;
  /** True when the criterion says nothing about x (ok is then true); see {@link applyCriterion}. */
  vacuous: boolean;
}

/**
 * Evaluates measure m before and after criterion `id`'s operation and says how m responded
 * ({@link criterionOutcome}): 'same' within relative 1e-9 (absolute floor 1e-12); 'less-sparse' /
 * 'more-sparse' a strict change beyond 1e-12 relative, in the right direction (complies), the wrong one
 * (wrong-way) or neither (unchanged). Vacuous cases count as ok.
 *
 * P1 is decided by {@link checkBillGates} at entry `options.index` (default argmax): ok means some β > 0
 * passed; before/after are then the values at that β and after the largest growth tried (or, if no β
 * passed, at the first failure of the largest β, whose outcome is reported).
 *
 * @example
 * checkCriterion(getMeasure('sStar')!, 'D1', [1, 2, 3, 4]); // { before: 0.9129, after: 0.9535…, ok: true, outcome: 'complies', … }
 */
export function checkCriterion(
  m: SparsityMeasure,
  id: CriterionId,
  x: ArrayLike<number>,
  options: CriterionOptions = {},
  params?: Readonly<Record<string, number>>,
): CriterionCheck {
  if (id === 'P1') {
    const c = magnitudes(x);
    const r = checkBillGates(m, c, validIndex(options.index, c.length, argmax(c)), params);
    return { before: r.before, after: r.after, ok: r.ok, outcome: r.outcome, vacuous: r.vacuous };
  }
  const applied = applyCriterion(id, x, options);
  const before = m.compute(x, params);
  const after = applied.vacuous ? before : m.compute(applied.vector, params);
  if (applied.vacuous) return { before, after, ok: true, outcome: 'complies', vacuous: true };
  const expect = (criteria.find((k) => k.id === id) as Criterion).expect;
  const outcome = criterionOutcome(expect, sparsityScore(m, before), sparsityScore(m, after));
  return { before, after, ok: outcome === 'complies', outcome, vacuous: false };
}

/** The result of {@link checkBillGates}. */
export interface BillGatesCheck {
  ok: boolean;
  /** 'complies' when ok (or vacuous), else the outcome of the failing growth at the largest β tried. */
  outcome: CriterionOutcome;
  /** The first β for which every growth α made x sparser; null if none did. */
  beta: number | null;
  before: number;
  after: number;
  vacuous: boolean;
}

/** Multiples of s = max|x| tried as β in {@link checkBillGates}: 0, then 2^k for k = 0…13 (up to 8192·s). */
export const BILL_GATES_BETAS: readonly number[] = [0, ...Array.from({ length: 14 }, (_, k) => 2 ** k)];
/** Multiples of s = max|x| tried as the growth α in {@link checkBillGates}. */
export const BILL_GATES_ALPHAS: readonly number[] = [1e-2, 0.1, 0.5, 1, 2, 10, 100, 1e4];

/**
 * Hurley & Rickard's P1 (Bill Gates) for entry i: there is a β > 0 such that for every α > 0, growing
 * xᵢ from xᵢ + β to xᵢ + β + α makes x sparser. One step cannot test "there is … for every …", so this tries
 * a ladder of β (0, then s·2^k up to s·8192, s = max|x|, or 1 for the zero vector) and for each β the growths
 * α = s·{0.01, 0.1, 0.5, 1, 2, 10, 100, 1e4}; ok if some β makes every α a strict move towards sparser
 * (beyond 1e-12 relative). Smaller α are left out on purpose: near a one-hot vector they move bounded
 * measures (κ₄ ≈ 1 − 1e-10) by less than the tolerance, and the check would report rounding. β = 0 passing means the entry already dominates.
 *
 * Edges (vacuous, ok): the empty vector, and a vector whose entries other than i are all 0 — x is then
 * already one-hot (or zero) and stays so, so no measure can call it sparser. i out of range falls back to
 * argmax |x|.
 *
 * @example
 * checkBillGates(getMeasure('gini')!, [1, 2, 3], 0).ok;  // true
 * checkBillGates(getMeasure('negL1')!, [1, 2, 3], 0).ok; // false: −ℓ¹ only falls as an entry grows
 */
export function checkBillGates(
  m: SparsityMeasure,
  x: ArrayLike<number>,
  i: number,
  params?: Readonly<Record<string, number>>,
): BillGatesCheck {
  const c = magnitudes(x);
  const n = c.length;
  if (n === 0) {
    const v = m.compute(c, params);
    return { ok: true, outcome: 'complies', beta: null, before: v, after: v, vacuous: true };
  }
  const index = validIndex(i, n, argmax(c));
  let others = false;
  for (let k = 0; k < n; k++) if (k !== index && (c[k] as number) > 0) others = true;
  if (!others) {
    const v = m.compute(c, params);
    return { ok: true, outcome: 'complies', beta: null, before: v, after: v, vacuous: true };
  }
  const s = maxOf(c) || 1;
  const base = c[index] as number;
  const v = Array.from(c);
  let before = 0;
  let after = 0;
  let failure: CriterionOutcome = 'complies';
  for (const kb of BILL_GATES_BETAS) {
    const beta = kb * s;
    v[index] = base + beta;
    before = m.compute(v, params);
    const sb = sparsityScore(m, before);
    let passed = true;
    for (const ka of BILL_GATES_ALPHAS) {
      v[index] = base + beta + ka * s;
      after = m.compute(v, params);
      const outcome = criterionOutcome('more-sparse', sb, sparsityScore(m, after));
      if (outcome !== 'complies') {
        failure = outcome;
        passed = false;
        break;
      }
    }
    if (passed) return { ok: true, outcome: 'complies', beta, before, after, vacuous: false };
  }
  return { ok: false, outcome: failure, beta: null, before, after, vacuous: false };
}
