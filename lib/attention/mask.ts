/**
 * Attention masks: which keys j each query i may attend to, for the patterns of sparse attention.
 *
 * Sources: Su Jianlin, "为节约而生：从标准Attention到稀疏Attention" (kexue.fm/archives/6853, 2019) for
 * local, atrous and sparse; Child, Gray, Radford & Sutskever, "Generating Long Sequences with Sparse
 * Transformers" (2019) for strided and fixed.
 */

import type { Mask } from '../linalg';

/** The attention patterns {@link attentionMask} can build. */
export type MaskKind = 'full' | 'local' | 'atrous' | 'sparse' | 'strided' | 'fixed';

/** Every {@link MaskKind}, in teaching order: dense first, then the sparse patterns. */
export const MASK_KINDS: readonly MaskKind[] = ['full', 'local', 'atrous', 'sparse', 'strided', 'fixed'];

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

/** Sets row i to 1 on columns [max(0, i−k), min(n−1, i+k)] (or up to i when causal). */
function fillLocal(data: Uint8Array, n: number, k: number, causal: boolean): void {
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - k);
    const hi = causal ? i : Math.min(n - 1, i + k);
    data.fill(1, i * n + lo, i * n + hi + 1);
  }
}

/** Sets the cells with (i − j) mod k = 0 (and j ≤ i when causal). */
function fillAtrous(data: Uint8Array, n: number, k: number, causal: boolean): void {
  if (causal) {
    // Row i is row i−k (its columns ≤ i−k) plus the diagonal cell.
    for (let i = 0; i < n; i++) {
      const row = i * n;
      if (i >= k) data.copyWithin(row, row - k * n, row - k * n + i - k + 1);
      data[row + i] = 1;
    }
    return;
  }
  // Row i depends only on i mod k: build the first k rows, then copy whole blocks of k rows by doubling.
  const first = Math.min(k, n);
  for (let i = 0; i < first; i++) {
    const row = i * n;
    for (let j = i; j < n; j += k) data[row + j] = 1;
  }
  let filled = first;
  while (filled < n) {
    const count = Math.min(filled, n - filled);
    data.copyWithin(filled * n, 0, count * n);
    filled += count;
  }
}

/** Child et al.'s fixed pattern: j ≤ i and (⌊j/k⌋ = ⌊i/k⌋ or j mod k ≥ k − c). */
function fillFixed(data: Uint8Array, n: number, k: number, c: number): void {
  for (let i = 0; i < n; i++) {
    const row = i * n;
    if (i > 0) {
      // Row i extends row i−1 by the cell (i, i) …
      data.copyWithin(row, row - n, row - n + i);
      if (i % k === 0) {
        // … except that at a block start the previous block keeps only its c summary columns.
        const prev = i - k;
        data.fill(0, row + prev, row + prev + k - c);
      }
    }
    data[row + i] = 1;
  }
}

/**
 * The n×n attention mask of a pattern: entry (i, j) is 1 when query i may attend to key j, else 0.
 *
 * With d = i − j and k from the options:
 * - `full`: every pair.
 * - `local`: |d| ≤ k, a band of width 2k + 1 (k = 0 is the diagonal).
 * - `atrous` (dilated): d mod k = 0 (a true modulo, so negative d works), about n/k keys per row.
 * - `sparse`: local ∪ atrous, "dense nearby, sparse far away" (Su's symmetric reading of Child et al.).
 * - `strided` (Child et al. 2019, always causal): A¹ = {max(0, i−k), …, i} ∪ A² = {j ≤ i : d mod k = 0};
 *   this is exactly `sparse` with `causal: true`.
 * - `fixed` (Child et al. 2019, always causal): j ≤ i and (⌊j/k⌋ = ⌊i/k⌋ or j mod k ≥ k − c): the query's
 *   own block so far plus the last c "summary" columns of every earlier block. With c = k it is causal full.
 *
 * `causal: true` additionally removes j > i from full, local, atrous and sparse. n = 0 gives a 0×0 mask;
 * k ≥ n is allowed (local and sparse then become full, atrous the diagonal). Rows are filled by ranges and
 * block copies, so n = 4096 takes milliseconds. Throws RangeError on invalid arguments
 * (see {@link resolveMaskOptions}).
 *
 * @example
 * attentionMask('local', 16, { k: 4 });            // 124 allowed pairs
 * attentionMask('sparse', 16, { k: 4 });           // 148 allowed pairs
 * attentionMask('fixed', 64, { k: 8, c: 2 });      // causal blocks of 8 with 2 summary columns
 * attentionMask('full', 5, { causal: true });      // lower triangle including the diagonal
 */
export function attentionMask(kind: MaskKind, n: number, options: MaskOptions = {}): Mask {
  const { k, causal, c } = resolveMaskOptions(kind, n, options);
  const data = new Uint8Array(n * n);
  switch (kind) {
    case 'full':
      if (causal) for (let i = 0; i < n; i++) data.fill(1, i * n, i * n + i + 1);
      else data.fill(1);
      break;
    case 'local':
      fillLocal(data, n, k, causal);
      break;
    case 'atrous':
      fillAtrous(data, n, k, causal);
      break;
    case 'sparse':
    case 'strided':
      fillAtrous(data, n, k, causal);
      fillLocal(data, n, k, causal);
      break;
    case 'fixed':
      fillFixed(data, n, k, c);
      break;
  }
  return { rows: n, cols: n, data };
}
