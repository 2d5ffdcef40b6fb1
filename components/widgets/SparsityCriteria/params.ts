import { defineParams } from '@/components/figure/schema';
import { orderParams } from '@/components/views/sparsity/params';
import { CRITERION_IDS, criteria } from '@/lib/sparsity/criteria';

/** Largest magnitude of an entry: the experiment's counterexamples reach a few hundred (scales up to 100). */
const ENTRY_LIMIT = 10_000;
/** Longest vector: the editor's; an index parameter (from, to, entry) is below it. */
const MAX_N = 64;

export const sparsityCriteriaParams = defineParams({
  x: {
    type: 'vector',
    label: 'Vector x',
    description: 'The vector the operation is applied to (1–64 entries; measures use |x|).',
    default: [1, 2, 3, 4],
    minLength: 1,
    maxLength: MAX_N,
    min: -ENTRY_LIMIT,
    max: ENTRY_LIMIT,
    digits: 6,
  },
  criterion: {
    type: 'enum',
    label: 'Criterion',
    options: CRITERION_IDS,
    optionLabels: Object.fromEntries(criteria.map((c) => [c.id, `${c.id} ${c.name}`])),
    default: 'D1',
    description:
      'D1 Robin Hood, D2 Scaling, D3 Rising tide, D4 Cloning, P1 Bill Gates, P2 Babies (Hurley & Rickard, 2009).',
  },
  from: {
    type: 'int',
    label: 'D1: giving entry',
    min: -1,
    max: MAX_N - 1,
    default: -1,
    description: 'Index (from 0) of the entry Robin Hood takes from; −1 = the largest.',
  },
  to: {
    type: 'int',
    label: 'D1: receiving entry',
    min: -1,
    max: MAX_N - 1,
    default: -1,
    description: 'Index (from 0) of the entry that receives; −1 = the smallest.',
  },
  fraction: {
    type: 'number',
    label: 'D1: share moved',
    min: 0.01,
    max: 0.99,
    step: 0.01,
    default: 0.5,
    digits: 3,
    description: 'Robin Hood moves this share of (x_from − x_to)/2, so the order never flips.',
  },
  factor: { type: 'number', label: 'D2: factor', min: 0.01, max: 100, step: 0.5, default: 3, digits: 3 },
  tide: {
    type: 'number',
    label: 'D3: amount added (0 = half the mean)',
    min: 0,
    max: ENTRY_LIMIT,
    step: 0.1,
    default: 0,
    digits: 4,
    description: 'Added to every entry; 0 = half the mean |x| (lib’s default).',
  },
  copies: { type: 'int', label: 'D4: copies', min: 2, max: 10, default: 2 },
  entry: {
    type: 'int',
    label: 'P1: growing entry',
    min: -1,
    max: MAX_N - 1,
    default: -1,
    description: 'Index (from 0) of the entry that grows; −1 = the largest.',
  },
  grow: {
    type: 'number',
    label: 'P1: growth (0 = max |x|)',
    min: 0,
    max: ENTRY_LIMIT,
    step: 0.5,
    default: 0,
    digits: 4,
    description: 'Added to the growing entry for the before/after step; 0 = max |x| (lib’s default).',
  },
  zeros: { type: 'int', label: 'P2: zeros appended', min: 1, max: 640, default: 1 },
  ...orderParams,
  trials: {
    type: 'int',
    label: 'Experiment trials',
    min: 100,
    max: 5000,
    step: 100,
    default: 500,
    description: 'Random vectors per run of the experiment.',
  },
  seed: { type: 'int', label: 'Experiment seed', min: 0, max: 999_999, default: 1 },
});
