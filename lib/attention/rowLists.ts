/**
 * The compressed row lists (CSR) of an attention pattern, built straight from its definition: the input
 * a sparse kernel needs, without ever forming the n×n mask.
 */

import type { RowLists } from './attention';
import { expectedNnz } from './counts';
import { type MaskKind, type MaskOptions, resolveMaskOptions } from './options';

/**
 * The CSR row lists of `attentionMask(kind, n, options)` — for every query i, the increasing list of keys j
 * it may attend — built row by row from the pattern's definition in O(n + nnz) time and memory, without the
 * n×n mask (which costs n² bytes and an O(n²) scan in {@link maskToRowLists}).
 *
 * Row i of each kind, with lo = max(0, i − k) and hi = min(n − 1, i + k) (hi = i when causal):
 * - full: 0 … n − 1 (… i when causal); local: lo … hi; atrous: j ≡ i (mod k);
 * - sparse and strided: the atrous keys below lo, then lo … hi, then the atrous keys above hi;
 * - fixed: the last c columns of every earlier block of k, then the own block ⌊i/k⌋k … i.
 *
 * Shapes: indptr has length n + 1, indices length nnz = {@link expectedNnz}(kind, n, options); the result
 * equals `maskToRowLists(attentionMask(kind, n, options))` exactly. n = 0 gives indptr [0]. Validates like
 * {@link attentionMask} (RangeError on a bad kind, n, k or c).
 *
 * @example
 * attentionRowLists('local', 4, { k: 1 });
 * // { rows: 4, cols: 4, indptr: [0, 2, 5, 8, 10], indices: [0, 1, 0, 1, 2, 1, 2, 3, 2, 3] }
 * attentionRowLists('sparse', 4096, { k: 64 }).indices.length; // 774 208 pairs, not 16 777 216
 */
export function attentionRowLists(kind: MaskKind, n: number, options: MaskOptions = {}): RowLists {
  const total = expectedNnz(kind, n, options);
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(total);
  let t = 0;
  forEachRun(kind, n, options, (i, lo, hi, step) => {
    for (let j = lo; j <= hi; j += step) indices[t++] = j;
    indptr[i + 1] = t;
  });
  if (t !== total) {
    // Unreachable if the closed forms and the row rules agree (tested for every kind); fail loudly if not.
    throw new Error(`attentionRowLists('${kind}'): built ${t} pairs, but the closed form gives ${total}`);
  }
  return { rows: n, cols: n, indptr, indices };
}

/**
 * How many keys each query of `attentionMask(kind, n, options)` may attend: entry i is the length of row i of
 * {@link attentionRowLists} (indptr[i + 1] − indptr[i]), counted from the same row rules without listing the
 * keys, in O(n) time and memory (O(n²/k) for 'fixed'), so a cost model at n = 4096 needs no 16-million-entry
 * list for 'full'. n = 0 gives an empty array. Validates like {@link attentionMask}.
 *
 * @example
 * attentionRowLengths('local', 4, { k: 1 }); // Int32Array [2, 3, 3, 2]
 * attentionRowLengths('full', 3, { causal: true }); // Int32Array [1, 2, 3]
 */
export function attentionRowLengths(kind: MaskKind, n: number, options: MaskOptions = {}): Int32Array {
  const lengths = new Int32Array(n);
  forEachRun(kind, n, options, (i, lo, hi, step) => {
    if (hi >= lo) lengths[i] += Math.floor((hi - lo) / step) + 1;
  });
  return lengths;
}

/**
 * The row rules of every pattern: calls `run(i, lo, hi, step)` for each arithmetic run of keys j = lo, lo +
 * step, … ≤ hi of row i, in increasing order of j (a run with hi < lo is empty), and at least once per row, rows
 * in order. Validates the options (RangeError).
 */
function forEachRun(
  kind: MaskKind,
  n: number,
  options: MaskOptions,
  run: (i: number, lo: number, hi: number, step: number) => void,
): void {
  const { k, causal, c } = resolveMaskOptions(kind, n, options);
  for (let i = 0; i < n; i++) {
    const last = causal ? i : n - 1;
    switch (kind) {
      case 'full':
        run(i, 0, last, 1);
        break;
      case 'local':
        run(i, Math.max(0, i - k), Math.min(last, i + k), 1);
        break;
      case 'atrous':
        run(i, i % k, last, k);
        break;
      case 'sparse':
      case 'strided': {
        const lo = Math.max(0, i - k);
        const hi = Math.min(last, i + k);
        run(i, i % k, lo - 1, k);
        run(i, lo, hi, 1);
        // The first j > hi with j ≡ i (mod k); hi − i ≤ k, so it is i + k or i + 2k.
        run(i, i + k * Math.ceil((hi + 1 - i) / k), last, k);
        break;
      }
      case 'fixed': {
        const start = i - (i % k);
        for (let b = 0; b < start; b += k) run(i, b + k - c, b + k - 1, 1);
        run(i, start, i, 1);
        break;
      }
    }
  }
}

/**
 * The most keys any query attends to: max over i of indptr[i + 1] − indptr[i] (0 for no rows). It is the
 * length of the row buffer {@link sparseAttention} allocates for scores.
 *
 * @example
 * longestRow(attentionRowLists('local', 5, { k: 1 })); // 3
 */
export function longestRow(lists: RowLists): number {
  const { rows, indptr } = lists;
  let longest = 0;
  for (let i = 0; i < rows; i++)
    longest = Math.max(longest, (indptr[i + 1] as number) - (indptr[i] as number));
  return longest;
}
