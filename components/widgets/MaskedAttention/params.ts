import { defineParams } from '@/components/figure/schema';
import { ATTENTION_EXAMPLE } from '@/lib/attention/example';
import { MASK_KIND_LABELS, MASK_KINDS } from '@/lib/attention/options';

/** Decimals kept for edited Q, K, V (what the editor shows and what the URL stores). */
export const MATRIX_DIGITS = 3;
/** Largest magnitude of an edited Q, K or V entry. */
export const MATRIX_LIMIT = 10;

const matrixParam = (name: string, role: string) =>
  ({
    type: 'matrix',
    label: `Edited ${name}`,
    description: `${role} (n×d); empty: drawn from the seed; another shape is ignored with a notice.`,
    default: [],
    maxRows: 16,
    maxCols: 8,
    min: -MATRIX_LIMIT,
    max: MATRIX_LIMIT,
    digits: MATRIX_DIGITS,
  }) as const;

export const maskedAttentionParams = defineParams({
  n: { type: 'int', label: 'Sequence length n', min: 2, max: 16, default: ATTENTION_EXAMPLE.n },
  d: { type: 'int', label: 'Head dimension d', min: 1, max: 8, default: ATTENTION_EXAMPLE.d },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: ATTENTION_EXAMPLE.seed,
    description: 'Draws Q, K and V (standard normal entries).',
  },
  t: {
    type: 'number',
    label: 'Temperature t',
    min: 0.1,
    max: 5,
    default: ATTENTION_EXAMPLE.t,
    digits: 3,
    description: 'Scores are QKᵀ/(√d·t); 1 is standard attention, small t sharpens, large t flattens.',
  },
  pattern: {
    type: 'enum',
    label: 'Mask pattern',
    options: MASK_KINDS,
    optionLabels: MASK_KIND_LABELS,
    default: ATTENTION_EXAMPLE.pattern,
    description:
      'full: every pair; local: |i−j| ≤ k; atrous: (i−j) mod k = 0; sparse: local ∪ atrous; strided and fixed: the causal patterns of Child et al. (2019).',
  },
  k: { type: 'int', label: 'Window / stride k', min: 1, max: 16, default: ATTENTION_EXAMPLE.k },
  causal: {
    type: 'boolean',
    label: 'Causal',
    default: ATTENTION_EXAMPLE.causal,
    description: 'Also forbid keys after the query (strided and fixed always are).',
  },
  Q: matrixParam('Q', 'Queries'),
  K: matrixParam('K', 'Keys'),
  V: matrixParam('V', 'Values'),
});

/**
 * The temperature slider's stops: roughly even on a log scale from 0.1 to 5, through 1. Any t in range is
 * accepted from a URL or a prop; the slider then sits at the nearest stop.
 */
export const TEMPERATURE_STOPS: readonly number[] = [
  0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5,
];
