import { defineParams } from '@/components/figure/schema';

/** Decimals a vector keeps in the URL. */
export const CRITERIA_DIGITS = 6;
/** Largest magnitude of an entry: the experiment's counterexamples reach a few hundred (scales up to 100). */
export const ENTRY_LIMIT = 10_000;
export const CRITERIA_MIN_N = 1;
export const CRITERIA_MAX_N = 64;

export const sparsityCriteriaParams = defineParams({
  x: {
    type: 'vector',
    label: 'Vector x',
    description: 'The vector the operation is applied to (1–64 entries; measures use |x|).',
    default: [1, 2, 3, 4],
    minLength: CRITERIA_MIN_N,
    maxLength: CRITERIA_MAX_N,
    min: -ENTRY_LIMIT,
    max: ENTRY_LIMIT,
    digits: CRITERIA_DIGITS,
  },
  criterion: {
    type: 'enum',
    label: 'Criterion',
    options: ['D1', 'D2', 'D3', 'D4', 'P1', 'P2'],
    default: 'D1',
    description:
      'D1 Robin Hood, D2 Scaling, D3 Rising tide, D4 Cloning, P1 Bill Gates, P2 Babies (Hurley & Rickard, 2009).',
  },
  from: {
    type: 'int',
    label: 'D1: giving entry',
    min: -1,
    max: CRITERIA_MAX_N - 1,
    default: -1,
    description: 'Index (from 0) of the entry Robin Hood takes from; −1 = the largest.',
  },
  to: {
    type: 'int',
    label: 'D1: receiving entry',
    min: -1,
    max: CRITERIA_MAX_N - 1,
    default: -1,
    description: 'Index (from 0) of the entry that receives; −1 = the smallest.',
  },
  fraction: {
    type: 'number',
    label: 'D1: share moved',
    min: 0.01,
    max: 0.99,
    default: 0.5,
    digits: 3,
    description: 'Robin Hood moves this share of (x_from − x_to)/2, so the order never flips.',
  },
  factor: { type: 'number', label: 'D2: factor', min: 0.01, max: 100, default: 3, digits: 3 },
  tide: {
    type: 'number',
    label: 'D3: amount added',
    min: 0,
    max: ENTRY_LIMIT,
    default: 0,
    digits: 4,
    description: 'Added to every entry; 0 = half the mean |x| (lib’s default).',
  },
  copies: { type: 'int', label: 'D4: copies', min: 2, max: 10, default: 2 },
  entry: {
    type: 'int',
    label: 'P1: growing entry',
    min: -1,
    max: CRITERIA_MAX_N - 1,
    default: -1,
    description: 'Index (from 0) of the entry that grows; −1 = the largest.',
  },
  grow: {
    type: 'number',
    label: 'P1: growth',
    min: 0,
    max: ENTRY_LIMIT,
    default: 0,
    digits: 4,
    description: 'Added to the growing entry for the before/after step; 0 = max |x| (lib’s default).',
  },
  zeros: { type: 'int', label: 'P2: zeros appended', min: 1, max: 640, default: 1 },
  p: {
    type: 'number',
    label: 'p',
    min: 0.2,
    max: 8,
    default: 2,
    digits: 3,
    description:
      'The p of S₁,ₚ and S*_q,p, the order α of the Rényi entropy, and −ℓₚ’s p when p < 1 (as in the vector figure).',
  },
  q: {
    type: 'number',
    label: 'q',
    min: 0.1,
    max: 4,
    default: 1,
    digits: 3,
    description: 'The q of S*_q,p: try q > 1 (or p < 1) to see Robin Hood fail.',
  },
  trials: {
    type: 'int',
    label: 'Experiment trials',
    min: 100,
    max: 5000,
    default: 500,
    description: 'Random vectors per run of the experiment.',
  },
  seed: { type: 'int', label: 'Experiment seed', min: 0, max: 999_999, default: 1 },
});
