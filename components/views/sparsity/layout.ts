/**
 * How the sparsity widgets' measure tables group and label the registry's measures. Pure (no React), so it
 * is unit-tested in Node.
 */
import type { Direction, SparsityMeasure } from '@/lib/sparsity';

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

/** Arrow and words for the way a measure runs: ↓ when lower values are sparser, ↑ when higher are. */
export function directionLabel(direction: Direction): { arrow: string; text: string } {
  return direction === 'lower'
    ? { arrow: '↓', text: 'lower = sparser' }
    : { arrow: '↑', text: 'higher = sparser' };
}
