/**
 * From a model of characters inside words to a model of running text. Our bigram counts come from a word list
 * (jieba's dictionary), so they only know the pairs inside words; the post counted WeChat articles, where the
 * pairs that join two words are counted too. Reading text as a chain of words drawn one after another by
 * frequency gives those joins back: after a, either the word goes on with b (the within-word P(b | a)) or it
 * ends (endProb(a)) and the next word starts with b (σ(b), the share of words that start with b).
 */

import {
  type BigramCounts,
  type BigramModel,
  type BigramRowIndex,
  indexedBigramModel,
  type Smoothing,
} from '../viterbi/bigram';

/** The first code point of a bigram key and the rest (keys are prev + next; a code point may take two units). */
function splitKey(key: string): [string, string] {
  const code = key.charCodeAt(0);
  const cut = code >= 0xd800 && code <= 0xdbff && key.length > 1 ? 2 : 1;
  return [key.slice(0, cut), key.slice(cut)];
}

/**
 * σ(b), the share of word starts that are b: the occurrences of b that no counted character precedes inside
 * its word, c(b) − Σₐ c(ab), divided by their total over all characters of `counts.unigram`.
 *
 * Each occurrence of b inside a word either starts the word or follows exactly one character, so
 * c(b) − Σₐ c(ab) counts the word-initial b (plus the b that follow a character outside the vocabulary, whose
 * pairs were not kept). The entries sum to 1. Edges: a negative difference (pairs that exceed c(b), which a
 * consistent count never has) counts 0; no counts (or all starts 0) give an empty map.
 *
 * @example
 * // 电视 ×3 and 电 ×2 as words: 电 starts 5 words, 视 none.
 * wordStartProbs({ unigram: new Map([['电', 5], ['视', 3]]), bigram: new Map([['电视', 3]]), vocabulary: 2 });
 * // Map { '电' → 1, '视' → 0 }
 */
export function wordStartProbs(counts: BigramCounts): Map<string, number> {
  const preceded = new Map<string, number>();
  for (const [key, c] of counts.bigram) {
    const next = splitKey(key)[1];
    preceded.set(next, (preceded.get(next) ?? 0) + c);
  }
  const starts = new Map<string, number>();
  let total = 0;
  for (const [ch, c] of counts.unigram) {
    const s = Math.max(0, c - (preceded.get(ch) ?? 0));
    starts.set(ch, s);
    total += s;
  }
  if (!(total > 0)) return new Map();
  for (const [ch, s] of starts) starts.set(ch, s / total);
  return starts;
}

/**
 * The bigram of running text made of words: P(b | a) = P_word(b | a) + endProb(a)·σ(b), with P_word and
 * endProb from `model` (any smoothing) and σ from {@link wordStartProbs}.
 *
 * It is the character bigram of a text whose words follow each other independently, each drawn by frequency:
 * inside a word the model's own transitions, across a word boundary the chance that the word ends times the
 * chance that the next one starts with b. Rows still sum to one: Σ_b P(b | a) = Σ_b P_word(b | a) + endProb(a)
 * = 1 when σ sums to 1, so the result's endProb is 0 (running text does not end). A character missing from σ
 * starts no word (σ = 0). The within-word model alone rewards rare characters across word boundaries, since a
 * smoothed unseen pair gets α/(c(a) + αV), large for a rare a; here the boundary term grows with endProb(a)
 * and σ(b) instead.
 *
 * @example
 * const lm = runningTextModel(bigramModel(counts, { kind: 'mle' }), wordStartProbs(counts));
 * lm.prob('的', '图'); // P_word(图 | 的) + endProb(的)·σ(图)
 */
export function runningTextModel(model: BigramModel, wordStart: ReadonlyMap<string, number>): BigramModel {
  const prob = (prev: string, next: string) =>
    model.prob(prev, next) + model.endProb(prev) * (wordStart.get(next) ?? 0);
  return {
    prob,
    logProb: (prev, next) => Math.log(prob(prev, next)),
    endProb: () => 0,
  };
}

/**
 * The language model the OCR corrector decodes with: the asset's within-word bigram under `smoothing`, made a
 * model of running text with the asset's word starts, runningTextModel(indexedBigramModel(rows, smoothing),
 * wordStart). `rows` is bigramRowIndex(model.counts), built once per asset. Errors as indexedBigramModel.
 *
 * @example
 * const rows = bigramRowIndex(model.counts);
 * correct(lattice, correctorModel(rows, model.wordStart, { kind: 'add', alpha: 1 }), { vocabulary: model.index });
 */
export function correctorModel(
  rows: BigramRowIndex,
  wordStart: ReadonlyMap<string, number>,
  smoothing: Smoothing,
): BigramModel {
  return runningTextModel(indexedBigramModel(rows, smoothing), wordStart);
}
