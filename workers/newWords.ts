/**
 * Worker tasks of the new-words widget: the truncated SVD of the first × second character matrix (once per
 * weighting) and the scan of all unseen pairs for the best rank-k reconstructions (once per rank).
 */
import type { Csr } from '@/lib/linalg/csr';
import type { Svd } from '@/lib/linalg/svd';
import { truncatedSvd } from '@/lib/linalg/truncatedSvd';
import { type ScoredPair, topUnseenPairs } from '@/lib/words/newWords';

/**
 * Sketch settings of the widget's SVD. Measured on the 1000×1000 binary matrix against the exact svd (9.5 s):
 * σ₁…σ₆₄ within 5.4e-4 (relative); the top-10 unseen pairs are identical at k = 8 and 16, while at k = 32 and 64,
 * where σ_k ≈ σ_{k+1}, the order of close scores can differ.
 */
export const NEW_WORDS_SVD = { oversample: 32, powerIterations: 10 } as const;

interface Ctx {
  progress: (fraction: number) => void;
  cancelled: () => boolean;
}

/** truncatedSvd(M, k) with the widget's sketch settings; `tag` comes back so the page can match results. */
export function newWordsSvd(
  input: { M: Csr; k: number; seed: number; tag: string },
  ctx: Ctx,
): { value: Svd & { tag: string; ms: number }; transfer: Transferable[] } {
  const start = performance.now();
  const f = truncatedSvd(input.M, input.k, {
    seed: input.seed,
    ...NEW_WORDS_SVD,
    onProgress: (done, total) => ctx.progress(done / total),
  });
  const ms = performance.now() - start;
  return {
    value: { ...f, tag: input.tag, ms },
    transfer: [f.U.data.buffer, f.V.data.buffer, f.S.buffer],
  };
}

/** topUnseenPairs(f, k, seen, { limit }) over every cell; `tag` and `k` come back with the pairs. */
export function newWordsTop(input: { f: Svd; seen: Csr; k: number; limit: number; tag: string }): {
  value: { pairs: ScoredPair[]; k: number; tag: string; ms: number };
} {
  const start = performance.now();
  const pairs = topUnseenPairs(input.f, input.k, input.seen, { limit: input.limit });
  return { value: { pairs, k: input.k, tag: input.tag, ms: performance.now() - start } };
}
