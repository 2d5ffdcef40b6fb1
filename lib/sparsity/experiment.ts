/**
 * Hurley & Rickard's table re-derived by experiment: every measure checked against every criterion on
 * many seeded random vectors, counting violations. The paper decides each cell by proof; a violation
 * found here is a concrete counterexample (kept in the cell), and zero violations is evidence, not proof.
 */

import { createRng, type Rng } from '../random';
import {
  applyCriterion,
  type CriterionId,
  type CriterionOptions,
  type CriterionOutcome,
  checkBillGates,
  criteria,
  criterionOutcome,
} from './criteria';
import { magnitudes, maxOf } from './norms';
import { measures, type SparsityMeasure, sparsityScore } from './registry';

/** Options of {@link runCriteriaExperiment}. */
export interface ExperimentOptions {
  /** Random vectors drawn; every measure is checked against every criterion on each. */
  trials: number;
  seed: number;
  /** Smallest and largest length of the vectors (n is uniform in [nMin, nMax]; clamped to [1, 4096]). */
  nMin: number;
  nMax: number;
  /** Measures to check (default all, in registry order); unknown ids are skipped. */
  measureIds?: string[];
  /** Parameters per measure id (default: each measure's defaults). */
  params?: Record<string, Record<string, number>>;
}

/**
 * One cell of the table: violations out of (non-vacuous) trials, how many of them only stood still, and the
 * first counterexample.
 */
export interface CellResult {
  /** Trials in which the measure did not comply: `unchanged` + the ones that moved the wrong way. */
  violations: number;
  /** Violations in which the measure did not move beyond rounding although a change was demanded. */
  unchanged: number;
  trials: number;
  /** The first counterexample: the vector, the criterion's options that broke it (replay them with
   * `applyCriterion`/`checkCriterion`; for P1 the index), the measure before and after, and the outcome. */
  example?: {
    x: number[];
    options: CriterionOptions;
    before: number;
    after: number;
    outcome: Exclude<CriterionOutcome, 'complies'>;
  };
}

/** measure id → criterion id → cell. */
export interface ExperimentResult {
  table: Record<string, Record<CriterionId, CellResult>>;
}

/** The families random vectors are drawn from. */
export const VECTOR_FAMILIES = ['uniform', 'exponential', 'spikes', 'power-law', 'softmax'] as const;
/** The name of a family of random vectors (one of `VECTOR_FAMILIES`); `randomVector` defines each. */
export type VectorFamily = (typeof VECTOR_FAMILIES)[number];

/**
 * A random vector of length n from a family, with random signs and an overall scale log-uniform in
 * [1e-2, 1e2] (so scale-dependent measures meet both small and large vectors). Never the zero vector.
 *
 * - uniform: U(0, 1) entries; exponential: Exp(1) entries;
 * - spikes: mostly exact zeros with 1–3 spikes of size 1 + Exp(1) (and a small nonzero floor in half of them);
 * - power-law: k^(−a), k = 1…n shuffled, a ∈ [0.5, 3];
 * - softmax: softmax of N(0, 1) logits divided by a temperature log-uniform in [0.1, 10].
 *
 * @example
 * randomVector(createRng(1), 'spikes', 8); // e.g. [0, 0, -3.1, 0, 0, 0, 0.02, 0] × scale
 */
export function randomVector(rng: Rng, family: VectorFamily, n: number): number[] {
  const v = new Array<number>(n).fill(0);
  switch (family) {
    case 'uniform':
      for (let i = 0; i < n; i++) v[i] = rng.next();
      break;
    case 'exponential':
      for (let i = 0; i < n; i++) v[i] = -Math.log(1 - rng.next());
      break;
    case 'spikes': {
      const floor = rng.next() < 0.5 ? 0 : 0.01 * rng.next();
      for (let i = 0; i < n; i++) v[i] = floor > 0 ? floor * rng.next() : 0;
      const spikes = rng.int(1, Math.min(3, n));
      for (let s = 0; s < spikes; s++) v[rng.int(0, n - 1)] = 1 - Math.log(1 - rng.next());
      break;
    }
    case 'power-law': {
      const a = 0.5 + 2.5 * rng.next();
      const ranks = rng.shuffle(Array.from({ length: n }, (_, k) => k + 1));
      for (let i = 0; i < n; i++) v[i] = (ranks[i] as number) ** -a;
      break;
    }
    case 'softmax': {
      const t = 10 ** (2 * rng.next() - 1);
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        v[i] = rng.normal() / t;
        if ((v[i] as number) > max) max = v[i] as number;
      }
      let sum = 0;
      for (let i = 0; i < n; i++) {
        v[i] = Math.exp((v[i] as number) - max);
        sum += v[i] as number;
      }
      for (let i = 0; i < n; i++) v[i] = (v[i] as number) / sum;
      break;
    }
  }
  if (maxOf(magnitudes(v)) === 0) v[rng.int(0, n - 1)] = 1;
  const scale = 10 ** (4 * rng.next() - 2);
  for (let i = 0; i < n; i++) v[i] = (v[i] as number) * scale * (rng.next() < 0.5 ? -1 : 1);
  return v;
}

/**
 * Random options for one criterion on vector x: D1 a random pair (from, to) with |x_from| − |x_to| ≥
 * 1e-3·max|x| (else argmax and argmin) and a fraction in [0.01, 0.99]; D2 a factor log-uniform in [1e-2, 1e2]; D3 an amount mean|x|·(log-uniform in
 * [1e-2, 10]); D4 2–4 copies; P1 a random index; P2 1 to n zeros.
 */
export function randomCriterionOptions(rng: Rng, id: CriterionId, x: ArrayLike<number>): CriterionOptions {
  const c = magnitudes(x);
  const n = c.length;
  switch (id) {
    case 'D1': {
      // A random pair whose gap is at least 1e-3·max|x|: a transfer between two entries closer than that (say
      // two softmax tails of 1e-20) moves the smooth measures by less than double rounding can show, and the
      // table would count rounding, not mathematics. After 16 draws without such a pair: argmax and argmin.
      const gap = 1e-3 * maxOf(c);
      for (let tries = 0; tries < 16; tries++) {
        const a = rng.int(0, n - 1);
        const b = rng.int(0, n - 1);
        const ca = c[a] as number;
        const cb = c[b] as number;
        if (ca - cb >= gap && ca > cb) return { from: a, to: b, fraction: fraction(rng) };
        if (cb - ca >= gap && cb > ca) return { from: b, to: a, fraction: fraction(rng) };
      }
      return { fraction: fraction(rng) };
    }
    case 'D2':
      return { factor: 10 ** (4 * rng.next() - 2) };
    case 'D3': {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += c[i] as number;
      return { amount: (sum / n) * 10 ** (3 * rng.next() - 2) };
    }
    case 'D4':
      return { copies: rng.int(2, 4) };
    case 'P1':
      return { index: rng.int(0, n - 1) };
    case 'P2':
      return { zeros: rng.int(1, n) };
  }
}

/** A fraction in (0, 1), away from the endpoints. */
function fraction(rng: Rng): number {
  return 0.01 + 0.98 * rng.next();
}

function emptyRow(): Record<CriterionId, CellResult> {
  const row = {} as Record<CriterionId, CellResult>;
  for (const k of criteria) row[k.id] = { violations: 0, unchanged: 0, trials: 0 };
  return row;
}

/**
 * Checks every measure against every criterion on `trials` seeded random vectors (families from
 * {@link VECTOR_FAMILIES} in turn, n uniform in [nMin, nMax], random criterion options from
 * {@link randomCriterionOptions}; the same vectors and options for every measure) and counts violations.
 * P1 uses {@link checkBillGates} at a random index. Vacuous cases (see `applyCriterion`) are not counted.
 *
 * Deterministic for a seed. `onProgress` receives fractions in (0, 1], ending with exactly 1. Edges:
 * trials ≤ 0 gives a table of zeros; nMin > nMax are swapped.
 *
 * @example
 * runCriteriaExperiment({ trials: 200, seed: 1, nMin: 2, nMax: 32 }).table.gini.D4; // { violations: 0, unchanged: 0, trials: 200 }
 */
export function runCriteriaExperiment(
  options: ExperimentOptions,
  onProgress?: (fraction: number) => void,
): ExperimentResult {
  const run = createCriteriaExperiment(options);
  const step = Math.max(1, Math.floor(run.total / 100));
  while (run.completed < run.total) {
    run.advance(step);
    if (onProgress && run.completed < run.total) onProgress(run.completed / run.total);
  }
  onProgress?.(1);
  return run.result();
}

/** An experiment run in pieces: `advance(count)` does the next trials, so a caller can yield between them. */
export interface CriteriaExperimentRun {
  /** Trials asked for (after clamping). */
  readonly total: number;
  /** Trials done so far. */
  readonly completed: number;
  /** Runs up to `count` more trials; returns how many are done in all. */
  advance(count: number): number;
  /** The table so far (final once `completed === total`). */
  result(): ExperimentResult;
}

/**
 * The stepwise form of {@link runCriteriaExperiment}: the same trials in the same order, so advancing in any
 * chunk sizes gives the same table. The Web Worker uses it to stay responsive to a cancel between chunks.
 *
 * @example
 * const run = createCriteriaExperiment({ trials: 1000, seed: 1, nMin: 2, nMax: 32 });
 * while (run.completed < run.total) run.advance(50);
 * run.result().table.sStar.D4; // { violations: 0, unchanged: 0, trials: 1000 }
 */
export function createCriteriaExperiment(options: ExperimentOptions): CriteriaExperimentRun {
  const total = Math.max(0, Math.floor(options.trials) || 0);
  let nMin = Math.max(1, Math.min(4096, Math.floor(options.nMin) || 1));
  let nMax = Math.max(1, Math.min(4096, Math.floor(options.nMax) || 1));
  if (nMin > nMax) [nMin, nMax] = [nMax, nMin];
  const chosen: SparsityMeasure[] = options.measureIds
    ? options.measureIds.flatMap((id) => measures.filter((m) => m.id === id))
    : [...measures];
  const table: Record<string, Record<CriterionId, CellResult>> = {};
  for (const m of chosen) table[m.id] = emptyRow();

  const rng = createRng(options.seed);
  const before = new Float64Array(chosen.length);
  let t = 0;

  const trial = () => {
    const family = VECTOR_FAMILIES[t % VECTOR_FAMILIES.length] as VectorFamily;
    const n = rng.int(nMin, nMax);
    const x = randomVector(rng, family, n);
    for (let j = 0; j < chosen.length; j++) {
      const m = chosen[j] as SparsityMeasure;
      before[j] = m.compute(x, options.params?.[m.id]);
    }
    for (const k of criteria) {
      const opts = randomCriterionOptions(rng, k.id, x);
      // One application per criterion and trial, shared by every measure (P1 is a ladder per measure).
      const applied = k.id === 'P1' ? null : applyCriterion(k.id, x, opts);
      if (applied?.vacuous) continue;
      for (let j = 0; j < chosen.length; j++) {
        const m = chosen[j] as SparsityMeasure;
        const params = options.params?.[m.id];
        let outcome: CriterionOutcome;
        let b = before[j] as number;
        let a: number;
        if (applied) {
          a = m.compute(applied.vector, params);
          outcome = criterionOutcome(k.expect, sparsityScore(m, b), sparsityScore(m, a));
        } else {
          const r = checkBillGates(m, x, opts.index ?? 0, params);
          if (r.vacuous) continue;
          outcome = r.outcome;
          b = r.before;
          a = r.after;
        }
        const cell = (table[m.id] as Record<CriterionId, CellResult>)[k.id];
        cell.trials++;
        if (outcome !== 'complies') {
          cell.violations++;
          if (outcome === 'unchanged') cell.unchanged++;
          if (!cell.example) cell.example = { x: x.slice(), options: opts, before: b, after: a, outcome };
        }
      }
    }
  };

  return {
    total,
    get completed() {
      return t;
    },
    advance(count) {
      const end = Math.min(total, t + Math.max(0, Math.floor(count) || 0));
      for (; t < end; t++) trial();
      return t;
    },
    result: () => ({ table }),
  };
}
