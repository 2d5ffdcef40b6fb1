/** One ready-made mask expression of the mask lab. */
export interface MaskPreset {
  id: string;
  label: string;
  expr: string;
  /** One line on what the pattern is. */
  note: string;
}

/**
 * The lab's presets: the patterns of the post and FlexAttention's usual examples, written in the mask
 * language (tested against `attentionMask` in presets.test.ts).
 */
export const MASK_PRESETS: readonly MaskPreset[] = [
  { id: 'causal', label: 'Causal', expr: 'q >= kv', note: 'each query sees itself and the past' },
  {
    id: 'sliding',
    label: 'Sliding window',
    expr: 'abs(q - kv) <= 3',
    note: 'the post’s local attention with k = 3',
  },
  {
    id: 'dilated',
    label: 'Dilated',
    expr: '(q - kv) % 4 == 0',
    note: 'the post’s atrous attention with k = 4',
  },
  {
    id: 'sparse',
    label: 'Sparse (post)',
    expr: 'abs(q - kv) <= 4 || (q - kv) % 4 == 0',
    note: 'local ∪ atrous, k = 4: dense nearby, sparse far away',
  },
  {
    id: 'document',
    label: 'Documents',
    expr: 'q / 16 == kv / 16',
    note: 'documents of 16 tokens packed together attend only within themselves',
  },
  {
    id: 'causal-document',
    label: 'Causal documents',
    expr: 'q / 16 == kv / 16 && q >= kv',
    note: 'documents of 16 tokens, causal inside each',
  },
];
