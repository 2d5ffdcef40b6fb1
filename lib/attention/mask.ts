/**
 * Attention masks: which keys j each query i may attend to, for the patterns of sparse attention.
 *
 * Sources: Su Jianlin, "为节约而生：从标准Attention到稀疏Attention" (kexue.fm/archives/6853, 2019) for
 * local, atrous and sparse; Child, Gray, Radford & Sutskever, "Generating Long Sequences with Sparse
 * Transformers" (2019) for strided and fixed.
 */

import type { Mask } from '../linalg';

import { type MaskKind, type MaskOptions, resolveMaskOptions } from './options';

export type { MaskKind, MaskOptions, ResolvedMaskOptions } from './options';
export { MASK_KIND_LABELS, MASK_KINDS, MAX_MASK_N, resolveMaskOptions } from './options';

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
 * The patterns that are causal by construction (Child et al.'s strided and fixed): their masks never allow
 * j > i whatever the `causal` option says.
 */
export const ALWAYS_CAUSAL: ReadonlySet<MaskKind> = new Set<MaskKind>(['strided', 'fixed']);

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
