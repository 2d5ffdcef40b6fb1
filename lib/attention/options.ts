/**
 * The kinds of attention mask and the validation of their options, shared by the mask builder and the
 * closed-form counts (kept apart so code that only counts need not load the builder).
 */

/** The attention patterns {@link attentionMask} can build. */
export type MaskKind = 'full' | 'local' | 'atrous' | 'sparse' | 'strided' | 'fixed';

/** Every {@link MaskKind}, in teaching order: dense first, then the sparse patterns. */
export const MASK_KINDS: readonly MaskKind[] = ['full', 'local', 'atrous', 'sparse', 'strided', 'fixed'];

/**
 * What a menu calls each {@link MaskKind}: the name with its rule (the local window and atrous stride are k;
 * strided and fixed are Child et al.'s causal patterns with stride and block size k).
 *
 * @example
 * MASK_KIND_LABELS.atrous; // 'Atrous ((i−j) mod k = 0)'
 */
export const MASK_KIND_LABELS: Readonly<Record<MaskKind, string>> = {
  full: 'Full (every pair)',
  local: 'Local (|i−j| ≤ k)',
  atrous: 'Atrous ((i−j) mod k = 0)',
  sparse: 'Sparse (local ∪ atrous)',
  strided: 'Strided (causal, stride k)',
  fixed: 'Fixed (causal, blocks of k)',
};

/** The largest sequence length {@link attentionMask} accepts (an 8192×8192 mask is 64 MiB). */
export const MAX_MASK_N = 8192;

/** Options of {@link attentionMask} and {@link expectedNnz}. */
export interface MaskOptions {
  /** Window radius (local), dilation (atrous), both (sparse), stride (strided) or block size (fixed). Default 4. */
  k?: number;
  /** Also forbid j > i (attend only to the past). Ignored by strided and fixed, which are always causal. Default false. */
  causal?: boolean;
  /** fixed only: the number c ∈ [1, k] of "summary" columns at the end of every block. Default 1. */
  c?: number;
}

/** {@link MaskOptions} after defaults and validation; `causal` is already forced for strided and fixed. */
export interface ResolvedMaskOptions {
  readonly k: number;
  readonly causal: boolean;
  readonly c: number;
}

/**
 * Validates the arguments of {@link attentionMask} and fills in defaults (k = 4, causal = false, c = 1).
 *
 * Throws RangeError unless `kind` is a {@link MaskKind}, n is an integer in [0, 8192], k is an integer ≥ 1
 * (local also accepts k = 0, the diagonal), and for fixed c is an integer in [1, k]. `full` ignores k and c.
 * Returns `causal: true` for strided and fixed whatever was passed.
 *
 * @example
 * resolveMaskOptions('fixed', 16, { k: 4 }); // { k: 4, causal: true, c: 1 }
 */
export function resolveMaskOptions(
  kind: MaskKind,
  n: number,
  options: MaskOptions = {},
): ResolvedMaskOptions {
  const { k = 4, causal = false, c = 1 } = options;
  if (!MASK_KINDS.includes(kind)) {
    throw new RangeError(
      `attentionMask: unknown kind '${String(kind)}'; expected one of ${MASK_KINDS.join(', ')}`,
    );
  }
  if (!Number.isInteger(n) || n < 0 || n > MAX_MASK_N) {
    throw new RangeError(`attentionMask: n must be an integer in [0, ${MAX_MASK_N}], got ${n}`);
  }
  if (kind !== 'full') {
    const minK = kind === 'local' ? 0 : 1;
    if (!Number.isSafeInteger(k) || k < minK) {
      throw new RangeError(`attentionMask('${kind}'): k must be an integer ≥ ${minK}, got ${k}`);
    }
  }
  if (kind === 'fixed' && (!Number.isInteger(c) || c < 1 || c > k)) {
    throw new RangeError(`attentionMask('fixed'): c must be an integer in [1, k] = [1, ${k}], got ${c}`);
  }
  return { k, causal: causal || kind === 'strided' || kind === 'fixed', c };
}
