/**
 * What the attention kernels keep in memory for their scores, in bytes: the accounting behind "dense
 * attention needs O(n²) memory whatever the mask; the sparse kernel needs O(nnz)".
 */

/** The two kernels of `attention.ts`: `attention` (dense) and `sparseAttention` (sparse). */
export type AttentionKernel = 'dense' | 'sparse';

/** Bytes one attention call keeps for its scores, by buffer; see {@link attentionMemory}. */
export interface AttentionMemory {
  /** Raw scores: dense 8nm (Float64, every pair); sparse 8·(longest row), one row at a time. */
  readonly scores: number;
  /** Softmax weights: dense 8nm (a second n×m matrix); sparse 0 (normalised in place, in the row buffer). */
  readonly weights: number;
  /** Which pairs are allowed: dense nm (the Uint8Array mask, when masked); sparse 4(n + 1) + 4·nnz (CSR). */
  readonly index: number;
  /** scores + weights + index. */
  readonly total: number;
}

/** Options of {@link attentionMemory}. */
export interface AttentionMemoryOptions {
  /** Number of keys m (columns of the score matrix). Default n. */
  m?: number;
  /** dense only: whether a mask is passed (it costs nm bytes). Default true. */
  masked?: boolean;
  /** sparse only: the most keys any query has (the row buffer's length). Default min(m, nnz), an upper bound. */
  longestRow?: number;
}

function checkCount(name: string, x: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(x) || x < 0 || x > max) {
    throw new RangeError(`attentionMemory: ${name} must be an integer in [0, ${max}], got ${x}`);
  }
}

/**
 * The bytes of score storage of one attention call with n queries, m keys and nnz allowed pairs, counted
 * from what the kernels in `attention.ts` actually allocate (Float64 scores, Int32 indices, Uint8 mask):
 *
 * - dense (`attention`): scores 8nm + weights 8nm + mask nm (if masked) = 17nm bytes, whatever nnz is;
 * - sparse (`sparseAttention` on row lists): one row of scores 8L (L = longest row), weights in place,
 *   row lists 4(n + 1) + 4·nnz, so O(n + nnz).
 *
 * Q, K, V and the n×dv output are the same for both kernels and are not counted; nor is a Mask handed to
 * `sparseAttention` instead of row lists (add nm bytes then). n = 0 gives 0 bytes dense and 4 bytes sparse
 * (indptr = [0]).
 * Throws RangeError unless n, m, nnz and longestRow are non-negative integers with nnz ≤ nm and
 * longestRow ≤ min(m, nnz).
 *
 * @example
 * attentionMemory('dense', 4096, 774208).total;                      // 285 212 672 (272 MiB)
 * attentionMemory('sparse', 4096, 774208, { longestRow: 190 }).total; // 3 114 740 (about 3 MiB)
 */
export function attentionMemory(
  kernel: AttentionKernel,
  n: number,
  nnz: number,
  options: AttentionMemoryOptions = {},
): AttentionMemory {
  const { m = n, masked = true } = options;
  checkCount('n', n);
  checkCount('m', m);
  checkCount('nnz', nnz, n * m);
  if (kernel === 'dense') {
    const pairs = n * m;
    const index = masked ? pairs : 0;
    return { scores: 8 * pairs, weights: 8 * pairs, index, total: 16 * pairs + index };
  }
  if (kernel !== 'sparse') {
    throw new RangeError(`attentionMemory: kernel must be 'dense' or 'sparse', got '${String(kernel)}'`);
  }
  const longestRow = options.longestRow ?? Math.min(m, nnz);
  checkCount('longestRow', longestRow, Math.min(m, nnz));
  const scores = 8 * longestRow;
  const index = 4 * (n + 1) + 4 * nnz;
  return { scores, weights: 0, index, total: scores + index };
}
