import { defineParams } from '@/components/figure/schema';
import { orderParams } from '@/components/views/sparsity/params';

/**
 * The measures the geometry widget can shade by: registry ids, plus 'l1l2' (‖x‖₁/‖x‖₂ = √n·S*₁,₂, lib's
 * L1_OVER_L2). params.test.ts checks every registry id exists.
 */
export const GEOMETRY_MEASURES = [
  'sStar',
  'l1l2',
  'gini',
  'hoyer',
  's0',
  'kappa4',
  'negL1',
  'shannon',
] as const;

export const sparsityGeometryParams = defineParams({
  dim: {
    type: 'enum',
    label: 'Dimension n',
    options: ['2', '3'],
    optionLabels: { '2': 'n = 2: the plane', '3': 'n = 3: the simplex' },
    default: '2',
    description: '2: the plane (x₁, x₂) ∈ [−1, 1]²; 3: the probability simplex (a triangle).',
  },
  measure: {
    type: 'enum',
    label: 'Measure',
    options: GEOMETRY_MEASURES,
    optionLabels: {
      sStar: 'S*_q,p (the post)',
      l1l2: '‖x‖₁/‖x‖₂ = √n·S*₁,₂',
      gini: 'Gini index',
      hoyer: 'Hoyer',
      s0: 'S₀ = mean/max',
      kappa4: 'κ₄ (kurtosis)',
      negL1: '−‖x‖₁',
      shannon: 'Shannon entropy',
    },
    default: 'sStar',
    description: 'The measure that shades the picture and whose level sets are drawn.',
  },
  // S*_q,p's own q and p (the ranges of the vector and criteria figures' orders; here they drive S* alone).
  q: { ...orderParams.q, label: 'q of S*_q,p', digits: 2, description: 'The q of S*_q,p (q < p).' },
  p: { ...orderParams.p, label: 'p of S*_q,p', digits: 2, description: 'The p of S*_q,p.' },
  x1: { type: 'number', label: 'x₁ (n = 2)', min: -1, max: 1, default: 0.8, digits: 3 },
  x2: { type: 'number', label: 'x₂ (n = 2)', min: -1, max: 1, default: 0.3, digits: 3 },
  b1: {
    type: 'number',
    label: 'weight of x₁ (n = 3)',
    min: 0,
    max: 1,
    default: 0.6,
    digits: 3,
    description: 'The simplex point is (b₁, b₂, b₃)/(b₁ + b₂ + b₃); all zero gives the centre.',
  },
  b2: { type: 'number', label: 'weight of x₂ (n = 3)', min: 0, max: 1, default: 0.3, digits: 3 },
  b3: { type: 'number', label: 'weight of x₃ (n = 3)', min: 0, max: 1, default: 0.1, digits: 3 },
});
