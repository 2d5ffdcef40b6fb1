import { defineParams } from '@/components/figure/schema';
import { PROJECT_INPUTS } from '@/lib/monarch/compare';

/** Largest m offered (n = 256): one 256×256 SVD and 256 SVDs of 16×16 in the worker. */
export const MAX_M = 16;

export const monarchProjectParams = defineParams({
  input: {
    type: 'enum',
    label: 'Matrix',
    options: PROJECT_INPUTS,
    optionLabels: {
      dense: 'Dense Gaussian',
      sparse: 'Sparse Gaussian (density ρ)',
      'low-rank': 'Low rank + noise',
      monarch: 'Monarch + noise',
      hadamard: 'Hadamard matrix',
      smooth: 'Image: smooth gradients',
      shapes: 'Image: shapes and text',
      noisy: 'Image: shapes with noise',
      words: 'New-words matrix (block)',
    },
    default: 'sparse',
    description:
      'Seeded random matrices (dense, sparse at density ρ, low rank + noise, Monarch + noise), the Hadamard matrix, the SVD article’s images, or the top-left block of the new-words matrix.',
  },
  m: {
    type: 'int',
    label: 'Block size m',
    min: 2,
    max: MAX_M,
    default: 8,
    description: 'n = m²: the matrix is n×n, Monarch keeps 2m³ numbers, and so does a rank-m fit.',
  },
  density: {
    type: 'number',
    label: 'Density ρ',
    min: 0.01,
    max: 1,
    default: 0.05,
    scale: 'log',
    step: 0.05,
    digits: 3,
    description: 'Fraction of non-zero entries of the sparse matrix (1% to 100%).',
  },
  noise: {
    type: 'number',
    label: 'Noise',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.1,
    digits: 2,
    description:
      'Gaussian noise added to the low-rank or Monarch matrix, relative to its entries (which have variance 1).',
  },
  rank: {
    type: 'int',
    label: 'Rank r',
    min: 1,
    max: 64,
    default: 4,
    description: 'Rank of the low-rank part (at most n).',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 1,
    max: 999,
    default: 1,
    description: 'Seed of the random matrices.',
  },
  slice: {
    type: 'int',
    label: 'Slice',
    min: 0,
    max: MAX_M * MAX_M - 1,
    default: 0,
    description: 'The slice (i, b) whose spectrum is shown, as i·m + b (clamped to m² − 1).',
  },
});
