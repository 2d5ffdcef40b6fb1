/**
 * Layout helpers shared by the sparsity widgets: how the registry's measures are grouped and labelled, which
 * measure parameters follow the widgets' p and q sliders, where a value sits between a measure's bounds, and
 * what a criterion demands of a measure. Pure (no React), so they are unit-tested in Node.
 */
import type { CriterionId, Direction, SparsityMeasure } from '@/lib/sparsity';

/** The three groups of the measure tables, in display order. */
export const MEASURE_GROUPS: readonly { source: SparsityMeasure['source']; label: string }[] = [
  { source: 'post', label: 'The post’s measures' },
  { source: 'hurley-rickard', label: 'Hurley & Rickard’s measures' },
  { source: 'entropy', label: 'Entropies' },
];

/**
 * The measures of each group in registry order; groups without measures are left out, and a measure whose
 * source is not one of MEASURE_GROUPS goes into a final "Other measures" group rather than disappearing.
 */
export function groupMeasures(
  list: readonly SparsityMeasure[],
): { label: string; measures: SparsityMeasure[] }[] {
  const out = MEASURE_GROUPS.map((g) => ({
    label: g.label,
    measures: list.filter((m) => m.source === g.source),
  }));
  const known = new Set(MEASURE_GROUPS.map((g) => g.source));
  out.push({ label: 'Other measures', measures: list.filter((m) => !known.has(m.source)) });
  return out.filter((g) => g.measures.length > 0);
}

/** The widget sliders a measure parameter may follow. */
export interface SliderValues {
  p: number;
  q: number;
}

/**
 * Which slider drives which parameter: S_{1,p} and S*_{q,p} take p (and q), Rényi's order α follows p (the
 * identity S*_{1,p} = exp(−(p−1)/p·(log n − H_p)) pairs them), and −ℓ_p takes p when p is inside its own range
 * (0 < p < 1). The pq-mean's p < q is the opposite convention to S*'s q < p, so it keeps its own defaults.
 */
const DRIVEN: Readonly<Record<string, Readonly<Record<string, keyof SliderValues>>>> = {
  s1p: { p: 'p' },
  sStar: { p: 'p', q: 'q' },
  renyi: { alpha: 'p' },
  negLp: { p: 'p' },
};

/**
 * The parameter values to evaluate `m` with: each parameter's registry default, replaced by the slider it
 * follows (see DRIVEN) when the slider's value lies inside the parameter's [min, max]. `driven` lists the
 * parameter ids that took a slider value.
 *
 * @example measureParams(getMeasure('sStar')!, { p: 3, q: 1 }) // { values: { q: 1, p: 3 }, driven: ['q', 'p'] }
 */
export function measureParams(
  m: SparsityMeasure,
  sliders: SliderValues,
): { values: Record<string, number>; driven: string[] } {
  const values: Record<string, number> = {};
  const driven: string[] = [];
  const map = DRIVEN[m.id] ?? {};
  for (const param of m.params) {
    const from = map[param.id];
    const v = from ? sliders[from] : undefined;
    if (v !== undefined && Number.isFinite(v) && v >= param.min && v <= param.max) {
      values[param.id] = v;
      driven.push(param.id);
    } else {
      values[param.id] = param.default;
    }
  }
  return { values, driven };
}

/**
 * Where `value` lies between a measure's least-sparse (`dense`) and most-sparse (`sparse`) values, as a
 * fraction in [0, 1] (0 = as dense as possible, 1 = as sparse as possible), whichever way the measure runs.
 * Values a little outside the bounds (rounding) are clamped. NaN when there are no bounds, when they
 * coincide (n = 1) or when any input is not finite: the view then shows a word, not a bar.
 *
 * @example boundsFraction(0.75, { dense: 1, sparse: 0.5 }) // 0.5
 */
export function boundsFraction(value: number, bounds: { dense: number; sparse: number } | null): number {
  if (!bounds) return Number.NaN;
  const { dense, sparse } = bounds;
  if (![value, dense, sparse].every(Number.isFinite) || dense === sparse) return Number.NaN;
  const t = (value - dense) / (sparse - dense);
  return Math.min(1, Math.max(0, t));
}

/** Arrow and words for the way a measure runs: ↓ when lower values are sparser, ↑ when higher are. */
export function directionLabel(direction: Direction): { arrow: string; text: string } {
  return direction === 'lower'
    ? { arrow: '↓', text: 'lower = sparser' }
    : { arrow: '↑', text: 'higher = sparser' };
}

/** What a criterion's operation must do to the sparsity: become sparser, stay the same, or become less sparse. */
export type Expectation = 'less-sparse' | 'same' | 'more-sparse';

/**
 * The change a criterion demands of one measure's value, given which way the measure runs: "more sparse" is
 * a decrease (↓) for a lower-is-sparser measure and an increase (↑) otherwise; "same" is "=".
 *
 * @example demandedChange('more-sparse', 'lower') // { symbol: '↓', text: 'must decrease' }
 */
export function demandedChange(expect: Expectation, direction: Direction): { symbol: string; text: string } {
  if (expect === 'same') return { symbol: '=', text: 'must stay the same' };
  const up = (expect === 'more-sparse') === (direction === 'higher');
  return up ? { symbol: '↑', text: 'must increase' } : { symbol: '↓', text: 'must decrease' };
}

/** Order and short names of the six criteria, as the tables' columns show them. */
export const CRITERION_IDS: readonly CriterionId[] = ['D1', 'D2', 'D3', 'D4', 'P1', 'P2'];
