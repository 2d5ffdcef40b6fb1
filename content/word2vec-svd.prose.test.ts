// The facts the word2vec article types into its prose, recomputed with lib/ (and the real Brown assets, built
// here when missing) and looked up in the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrownCorpus, type BrownText, decodeBrown, decodeBrownText } from '@/lib/corpus';
import {
  countVector,
  EXAMPLE_VOCABULARIES,
  oneHot,
  rowLookup,
  rowSum,
  seededEmbedding,
  segment,
  vecmat,
} from '@/lib/embeddings';
import { formatInteger } from '@/lib/format';
import { maximiseOnLogScale } from '@/lib/smoothing';
import { ensureBrownAsset, OUT_FILE, TEXT_FILE } from '@/scripts/brown-corpus.mjs';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'word2vec-svd.mdx'), 'utf8'));
let corpus: BrownCorpus;
let running: BrownText;

beforeAll(() => {
  ensureBrownAsset();
  corpus = decodeBrown(JSON.parse(readFileSync(OUT_FILE, 'utf8')));
  running = decodeBrownText(JSON.parse(readFileSync(TEXT_FILE, 'utf8')), corpus);
}, 120_000);

describe('word2vec-svd: typed facts against lib', () => {
  it('Eq. one-hot and Eq. bag-of-words: the post’s sentence is (1, 1, 1, 1, 0, 0) and its product the sum of four rows', () => {
    const { words, sentence } = EXAMPLE_VOCABULARIES.post;
    expect(text).toContain(`The phrase ${sentence} ("I love space science")`);
    const pieces = segment(sentence, words, 'longest');
    const x = countVector(
      pieces.map((p) => p.index),
      words.length,
    );
    expect(Array.from(x)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(text).toContain('the count vector $(1, 1, 1, 1, 0, 0)$');
    const W = seededEmbedding(words.length, 3, 7);
    expect(vecmat(x, W)).toEqual(rowSum(W, [0, 1, 2, 3]));
    for (let i = 0; i < words.length; i++)
      expect(vecmat(oneHot(i, words.length), W)).toEqual(rowLookup(W, i));
  });

  it('the figure’s English vocabulary is the Brown corpus’s 12 most frequent words', () => {
    expect(EXAMPLE_VOCABULARIES.brown.words).toEqual(corpus.vocabulary.slice(0, 12));
  });

  it('the corpus: 57,159 sentences and 1,013,319 words', () => {
    const words = corpus.documents.reduce((n, d) => n + d.tokens, 0);
    expect(text).toContain(
      `${formatInteger(running.sentences)} sentences and ${formatInteger(words)} words of edited American English`,
    );
  });

  it('Eq. levy-goldberg: each pair’s term is maximised at x = PMI − log k', () => {
    expect(text).toContain('\\vec w \\cdot \\vec c = \\operatorname{PMI}(w, c) - \\log k');
    // ℓ(x) = #(w,c) log σ(x) + k #(w) P_n(c) log σ(−x) for a few made-up counts; the maximiser found numerically
    // (on e^x, a log scale) equals log(#(w,c) / (k #(w) P_n(c))).
    const logSigma = (z: number) => -Math.log1p(Math.exp(-z));
    for (const [pair, word, pn, k] of [
      [12, 400, 0.002, 5],
      [3, 50, 0.01, 1],
      [40, 90, 0.3, 15],
    ] as const) {
      const ell = (ex: number) => pair * logSigma(Math.log(ex)) + k * word * pn * logSigma(-Math.log(ex));
      const best = maximiseOnLogScale(ell, 1e-6, 1e6, 200).value;
      expect(Math.log(best)).toBeCloseTo(Math.log(pair / (k * word * pn)), 6);
    }
  });
});
