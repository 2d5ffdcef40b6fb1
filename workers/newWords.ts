/**
 * Worker tasks of the new-words widget: the word matrix asset, fetched and decoded here (never on the page's
 * main thread), the truncated SVD of the first × second character matrix (once per weighting) and the scan
 * of all unseen pairs for the best rank-k reconstructions (once per rank).
 */
import type { Csr } from '@/lib/linalg/csr';
import type { Svd } from '@/lib/linalg/svd';
import { truncatedSvd } from '@/lib/linalg/truncatedSvd';
import { decodeWordMatrix, NEW_WORDS_PATH, type WordMatrix } from '@/lib/words/asset';
import {
  type ReconstructionErrors,
  reconstructionErrors,
  type ScoredPair,
  topUnseenPairs,
} from '@/lib/words/newWords';
import { fetchJson } from './fetchJson';

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

/**
 * The word matrix asset at `url` (the site's /data/new-words.json), fetched, parsed and decoded
 * (decodeWordMatrix) in the worker; its typed arrays are moved to the page. Rejects with the HTTP status or the decoder's message.
 */
export async function newWordsAsset(input: {
  url: string;
}): Promise<{ value: WordMatrix; transfer: Transferable[] }> {
  const words = decodeWordMatrix(await fetchJson(input.url));
  const buffers = [words.seen, words.below].flatMap((m) => [
    m.indptr.buffer,
    m.indices.buffer,
    m.values.buffer,
  ]);
  return { value: words, transfer: [...buffers, words.rowWords.buffer, words.colWords.buffer] };
}

let wordMatrix: Promise<WordMatrix> | null = null;

/**
 * The word matrix (NEW_WORDS_PATH), fetched and decoded once per worker and kept for the tasks that read it
 * here (monarch-project takes blocks of it); a failed load is forgotten, so the next task fetches anew. Unlike
 * {@link newWordsAsset} nothing is moved to the page, so the copy stays usable.
 */
export function loadWordMatrix(): Promise<WordMatrix> {
  if (!wordMatrix) {
    const loaded = fetchJson(NEW_WORDS_PATH).then(decodeWordMatrix);
    wordMatrix = loaded;
    loaded.catch(() => {
      if (wordMatrix === loaded) wordMatrix = null;
    });
  }
  return wordMatrix;
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

/**
 * What the new-words widget shows at rank k, computed off the page: the unseen pairs with the highest
 * reconstruction (topUnseenPairs over every cell, or only in `row` and/or `col` when the reader filters by a
 * character) and the reconstruction errors (reconstructionErrors). `tag`, `k`, `row` and `col` come back so the
 * page can tell whose result it holds.
 */
export function newWordsTop(input: {
  f: Svd;
  seen: Csr;
  k: number;
  limit: number;
  tag: string;
  row?: number;
  col?: number;
}): {
  value: {
    pairs: ScoredPair[];
    errors: ReconstructionErrors;
    k: number;
    tag: string;
    row?: number;
    col?: number;
    ms: number;
  };
} {
  const start = performance.now();
  const { f, seen, k, limit, tag, row, col } = input;
  const pairs = topUnseenPairs(f, k, seen, { limit, row, col });
  const errors = reconstructionErrors(f, k, seen);
  return { value: { pairs, errors, k, tag, row, col, ms: performance.now() - start } };
}
