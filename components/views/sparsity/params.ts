/**
 * The p and q every measure of the vector and criteria figures is evaluated at, declared once for both
 * (their params.ts spread it in): the ranges and steps are lib/sparsity's S*_q,p ranges, and p also drives
 * S₁,ₚ, Rényi's order α and −ℓₚ (lib's measureParams says which measure takes which).
 */
import type { NumberSpec } from '@/components/figure/schema';
import { S_STAR_PARAMS } from '@/lib/sparsity/registry';

const [Q, P] = S_STAR_PARAMS;

export const orderParams = {
  p: {
    type: 'number',
    label: 'p (S₁,ₚ, S*_q,p, Rényi α, −ℓₚ)',
    min: P.min,
    max: P.max,
    step: P.step,
    default: P.default,
    digits: 3,
    description: 'The p of S₁,ₚ and S*_q,p, the order α of the Rényi entropy, and −ℓₚ’s p when p < 1.',
  },
  q: {
    type: 'number',
    label: 'q (S*_q,p)',
    min: Q.min,
    max: Q.max,
    step: Q.step,
    default: Q.default,
    digits: 3,
    description: 'The q of S*_q,p (the measure needs q < p; try q > 1 or p < 1 to see Robin Hood fail).',
  },
} as const satisfies Record<'p' | 'q', NumberSpec>;
