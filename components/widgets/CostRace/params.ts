import { defineParams } from '@/components/figure/schema';
import { MASK_KIND_LABELS, MASK_KINDS, type MaskKind } from '@/lib/attention/options';
import { formatInteger } from '@/lib/format';

/** The sizes a race can reach: powers of two from 64 to 4096 (the largest n the widget offers). */
export const RACE_SIZES = [64, 128, 256, 512, 1024, 2048, 4096] as const;

const MAX_N_OPTIONS = ['128', '256', '512', '1024', '2048', '4096'] as const;

/** Every sparse pattern: racing full attention against itself says nothing. */
const RACE_KINDS = MASK_KINDS.filter((kind): kind is Exclude<MaskKind, 'full'> => kind !== 'full');

export const costRaceParams = defineParams({
  pattern: {
    type: 'enum',
    label: 'Pattern',
    options: RACE_KINDS,
    optionLabels: Object.fromEntries(RACE_KINDS.map((kind) => [kind, MASK_KIND_LABELS[kind]])),
    default: 'sparse',
    description:
      'local: |i−j| ≤ k; atrous: (i−j) mod k = 0; sparse: local ∪ atrous; strided and fixed: causal, from Child et al. 2019; k = √n, rounded.',
  },
  maxN: {
    type: 'enum',
    label: 'Largest n',
    options: MAX_N_OPTIONS,
    optionLabels: Object.fromEntries(MAX_N_OPTIONS.map((n) => [n, formatInteger(Number(n))])),
    default: '2048',
    description: 'The race runs n = 64, 128, … up to this; dense at 4096 takes seconds.',
  },
  d: { type: 'int', label: 'Head size d', min: 4, max: 128, step: 4, default: 32 },
  causal: {
    type: 'boolean',
    label: 'Causal',
    default: false,
    description: 'Also forbid keys after the query (strided and fixed always do).',
  },
});
