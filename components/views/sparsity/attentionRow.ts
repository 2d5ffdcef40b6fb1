import { defaults } from '@/components/figure/schema';
import { resolveInputs } from '@/components/widgets/MaskedAttention/inputs';
import { maskedAttentionParams } from '@/components/widgets/MaskedAttention/params';
import { attention, attentionMask, type MaskKind } from '@/lib/attention';

const DEFAULTS = defaults(maskedAttentionParams);

/** The number of rows of the sparse-attention article's default attention matrix (its default n). */
export const ATTENTION_ROWS = DEFAULTS.n;

/** A one-line description of where the attention rows come from, for hints and captions. */
export const ATTENTION_SOURCE = `masked attention with its defaults: n = ${DEFAULTS.n}, d = ${DEFAULTS.d}, seed ${DEFAULTS.seed}, t = ${DEFAULTS.t}, ${DEFAULTS.pattern} mask with k = ${DEFAULTS.k}`;

let cached: number[][] | null = null;

/**
 * Row `row` of the attention weight matrix the masked-attention widget shows at its default parameters
 * (seeded Q, K, V from `resolveInputs`, its mask, `attention` from lib/attention): a probability vector of
 * length ATTENTION_ROWS whose masked keys are exactly 0. A row outside [0, ATTENTION_ROWS) is clamped.
 *
 * @example attentionRowPreset(0).length // 8
 */
export function attentionRowPreset(row: number): number[] {
  if (!cached) {
    const { n, d, seed, t, pattern, k, causal } = DEFAULTS;
    const inputs = resolveInputs({ n, d, seed, Q: [], K: [], V: [] });
    const mask = attentionMask(pattern as MaskKind, n, { k, causal });
    const { weights } = attention(inputs.Q, inputs.K, inputs.V, mask, { temperature: t });
    cached = Array.from({ length: n }, (_, i) => Array.from(weights.data.subarray(i * n, (i + 1) * n)));
  }
  const i = Math.min(ATTENTION_ROWS - 1, Math.max(0, Math.round(Number.isFinite(row) ? row : 0)));
  return cached[i].slice();
}
