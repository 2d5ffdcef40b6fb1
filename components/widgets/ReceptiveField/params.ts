import { defineParams } from '@/components/figure/schema';
import { MASK_KINDS, type MaskKind } from '@/lib/attention/options';

/** Short names: up to four of these menus share a row, and a phone gives each about 170 px. */
const SHORT_LABELS: Record<MaskKind, string> = {
  full: 'Full',
  local: 'Local (window)',
  atrous: 'Atrous (dilated)',
  sparse: 'Sparse (local ∪ atrous)',
  strided: 'Strided (causal)',
  fixed: 'Fixed (causal)',
};

const pattern = (layer: number, fallback: MaskKind) =>
  ({
    type: 'enum',
    label: `Layer ${layer} pattern`,
    options: MASK_KINDS,
    optionLabels: SHORT_LABELS,
    default: fallback,
    description: `The attention pattern of layer ${layer} (used when there are at least ${layer} layers).`,
  }) as const;

export const receptiveFieldParams = defineParams({
  layers: {
    type: 'int',
    label: 'Layers',
    min: 1,
    max: 4,
    default: 2,
    description: 'How many attention layers are stacked.',
  },
  p1: pattern(1, 'local'),
  p2: pattern(2, 'atrous'),
  p3: pattern(3, 'local'),
  p4: pattern(4, 'atrous'),
  n: { type: 'int', label: 'Sequence length n', min: 8, max: 256, default: 32 },
  k: {
    type: 'int',
    label: 'Window / stride k',
    min: 1,
    max: 64,
    default: 4,
    description:
      'Shared by every layer: local window radius, atrous stride, strided stride, fixed block size.',
  },
  causal: {
    type: 'boolean',
    label: 'Causal',
    default: false,
    description: 'Every layer reads only earlier positions (strided and fixed always do).',
  },
  out: {
    type: 'int',
    label: 'Output position o',
    min: 0,
    max: 255,
    default: 12,
    description: 'The output whose receptive field is shown; clamped to n − 1.',
  },
});
