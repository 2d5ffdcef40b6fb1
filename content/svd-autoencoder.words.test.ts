// The new-words numbers the SVD article types into its prose, recomputed as the figure computes them: the
// matrix from jieba's dict.txt by the build script's buildWordMatrix, its rank-64 truncated SVD with the
// widget's sketch settings and seed, and the unseen pairs at rank 16. Slow (a 1000 × 1000 sketch): one file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEW_WORDS_LIMIT,
  NEW_WORDS_MAX_RANK,
  NEW_WORDS_SEED,
  newWordsParams,
} from '@/components/widgets/NewWords/params';
import { formatInteger } from '@/lib/format';
import { truncatedSvd } from '@/lib/linalg';
import {
  csrGet,
  csrHas,
  decodeWordMatrix,
  reconstructEntry,
  topUnseenPairs,
  weightCounts,
} from '@/lib/words';
import { buildWordMatrix } from '@/lib/words/buildMatrix.mjs';
import { NEW_WORDS_SVD } from '@/workers/newWords';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'svd-autoencoder.mdx'), 'utf8'));
const jieba = path.dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json'));

describe('svd-autoencoder: the new-words experiment against lib', () => {
  const asset = buildWordMatrix(
    readFileSync(path.join(jieba, 'dict.txt'), 'utf8'),
    { threshold: 100, maxRows: 1000, maxCols: 1000 },
    {},
  );
  const W = decodeWordMatrix(JSON.parse(JSON.stringify(asset)));

  it('the dictionary counts: 114,134 two-character words, 23,630 at ≥ 100, 15,362 kept (65%)', () => {
    const { twoCharWords, aboveThreshold, kept } = W.stats;
    const share = `${Math.round((100 * (kept ?? 0)) / (aboveThreshold ?? 1))}%`;
    expect(text).toContain(
      `of its ${formatInteger(twoCharWords ?? 0)} two-character words, ${formatInteger(aboveThreshold ?? 0)} have a frequency of at least 100; we keep the 1,000 first and 1,000 second characters that form the most of them, which keeps ${formatInteger(kept ?? 0)} words (${share})`,
    );
  });

  it('at rank 16 with 0/1 entries: the top ten unseen pairs, the dictionary words among them and among fifty; 神术', () => {
    expect(newWordsParams.k.default).toBe(16);
    expect(newWordsParams.weighting.default).toBe('binary');
    const M = weightCounts(W.seen, 'binary');
    const f = truncatedSvd(M, NEW_WORDS_MAX_RANK, { seed: NEW_WORDS_SEED, ...NEW_WORDS_SVD });
    const top = topUnseenPairs(f, 16, M, { limit: NEW_WORDS_LIMIT });
    const word = (p: { i: number; j: number }) => `${W.rows[p.i]}${W.cols[p.j]}`;
    const ten = top.slice(0, 10);
    const hits = ten.filter((p) => csrHas(W.below, p.i, p.j)).map(word);
    const names = ten.map(word);
    expect(text).toContain(
      `the top ten unseen pairs are ${names.slice(0, 9).join(', ')} and ${names[9]}; seven of them (${hits.join(', ')}) are dictionary words below the threshold, and of the top fifty, ${top.filter((p) => csrHas(W.below, p.i, p.j)).length} are`,
    );
    expect(hits).toHaveLength(7);
    expect(top).toHaveLength(50);
    const [i, j] = [W.rows.indexOf('神'), W.cols.indexOf('术')];
    expect(csrGet(W.below, i, j)).toBe(3);
    expect(text).toContain(
      `神术 is in jieba's dictionary, with a frequency of 3, so it was left out of the matrix; at rank 16 the reconstruction gives it $${reconstructEntry(f, 16, i, j).toFixed(4)}$`,
    );
  });
});
