/**
 * Decoding and checking the Brown entity-tag asset written by scripts/brown-corpus.mjs (format
 * 'frugal-brown-entities/1', see buildBrownEntities in lib/corpus/brown.mjs) against the running text it tags,
 * into tagged sentences; and the cut of those sentences to a model's vocabulary.
 */
import type { TaggedSentence } from '../sequence/tagger';
import { isLegal, TAGS, type Tag } from '../sequence/tags';
import type { BrownText } from './asset';
import { BROWN_ENTITIES_FORMAT, type EntityStats, seededOrder } from './brown.mjs';

/**
 * The counts the asset states for each split and the whole corpus (entityStats in lib/corpus/brown.mjs):
 * sentences, tokens, spans, entity tokens, sentences with a span, capitalised tokens, tag counts, span lengths.
 * @example
 * entities.stats.test.spanLengths[0]; // one-word spans in the test sentences
 */
export type BrownEntityStats = EntityStats;

/** Where the build writes the entity tags (scripts/brown-corpus.mjs), on the site's own origin. */
export const BROWN_ENTITIES_PATH = '/data/brown-entities.json';

/** A tagged sentence of the corpus: its index among brown-text.json's sentences, words, caps, tags. */
export interface EntitySentence extends TaggedSentence {
  /** The sentence's index in the running text. */
  readonly index: number;
  /** Word indices (the full vocabulary, or a cut of it: see cutVocabulary). */
  readonly words: Int32Array;
  /** 1 where the word's form starts with an upper-case letter. */
  readonly caps: Uint8Array;
  /** Tag indices into TAGS (x 0, s 1, b 2, m 3, e 4). */
  readonly tags: Uint8Array;
}

/** The decoded asset: the sentences of each split (train in its fixed shuffled order) and their counts. */
export interface BrownEntities {
  /** Every 1–60-word sentence of the train files, shuffled: take the first n as labelled, the rest as a pool. */
  readonly train: readonly EntitySentence[];
  /** 1,000 sentences of the dev files. */
  readonly dev: readonly EntitySentence[];
  /** 2,000 sentences of the test files. */
  readonly test: readonly EntitySentence[];
  /** The sentence indices of each split, in the order of the lists above. */
  readonly split: { readonly train: Int32Array; readonly dev: Int32Array; readonly test: Int32Array };
  readonly stats: {
    readonly corpus: BrownEntityStats;
    readonly train: BrownEntityStats;
    readonly dev: BrownEntityStats;
    readonly test: BrownEntityStats;
  };
  /**
   * Known words: word indices are below it, except after cutVocabulary, where the index vocabularySize itself
   * stands for every unknown word (so a model's embedding needs vocabularySize + 1 rows).
   */
  readonly vocabularySize: number;
  readonly stamp: string;
}

function fail(message: string): never {
  throw new Error(`Brown entity tags: ${message}`);
}

const LETTER: Record<string, number> = {};
TAGS.forEach((t, i) => {
  LETTER[t] = i;
  LETTER[t.toUpperCase()] = i;
});

/** Ascending sentence indices from deltas, each below `n`. */
function indices(x: unknown, name: string, n: number): Int32Array {
  if (!Array.isArray(x)) fail(`split.${name} is not an array`);
  const out = new Int32Array(x.length);
  let sum = -1;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!Number.isSafeInteger(v) || (v as number) < (i === 0 ? 0 : 1))
      fail(`split.${name}[${i}] is ${String(v)}`);
    sum = i === 0 ? (v as number) : sum + (v as number);
    if (sum >= n) fail(`split.${name} names sentence ${sum} of ${n}`);
    out[i] = sum;
  }
  return out;
}

function isStats(x: unknown): x is EntityStats {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return (
    ['sentences', 'tokens', 'spans', 'entityTokens', 'withSpan', 'capitalised'].every((k) =>
      Number.isSafeInteger(s[k]),
    ) &&
    Array.isArray(s.spanLengths) &&
    typeof s.tags === 'object' &&
    s.tags !== null
  );
}

/**
 * Decodes the parsed JSON of the entity-tag asset against the running text it tags (`text`, decodeBrownText):
 * checks the format tag, that both were built together (same stamp and sentence count), one tag letter per
 * word of the text, split indices ascending, disjoint and inside the text, every split sentence 1 … maxWords
 * words long with a tag sequence legal under the post's table (isLegal), and the stats present. Returns the
 * split's sentences (words from the text, caps and tags from the letters), train in its fixed shuffled order.
 * Throws Error naming the first thing that is wrong.
 * @example
 * decodeBrownEntities(await (await fetch(BROWN_ENTITIES_PATH)).json(), text).train.length; // 34,279
 */
export function decodeBrownEntities(json: unknown, text: BrownText): BrownEntities {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('the asset is missing');
  const o = json as Record<string, unknown>;
  if (o.format !== BROWN_ENTITIES_FORMAT)
    fail(`format ${JSON.stringify(o.format)}, expected ${BROWN_ENTITIES_FORMAT}`);
  if (o.stamp !== text.stamp || o.sentences !== text.sentences)
    fail('the tags were built with another running text; rebuild the Brown assets');
  const letters = o.tags;
  if (typeof letters !== 'string') fail('tags is not a string');
  const maxWords = o.maxWords;
  if (!Number.isSafeInteger(maxWords) || (maxWords as number) < 1) fail('maxWords is not a count');
  // Sentence starts in the stream; the tags of sentence k start k places earlier (no separators there).
  const starts = new Int32Array(text.sentences + 1);
  let k = 1;
  for (let t = 0; t < text.stream.length; t++) if (text.stream[t] === -1) starts[k++] = t + 1;
  starts[text.sentences] = text.stream.length + 1;
  const words = text.stream.length - (text.sentences - 1);
  if (letters.length !== words) fail(`${letters.length} tag letters for ${words} words`);
  const s = o.split;
  if (typeof s !== 'object' || s === null) fail('split is missing');
  const sp = s as Record<string, unknown>;
  if (typeof sp.trainSeed !== 'string') fail('split.trainSeed is missing');
  const sorted = indices(sp.train, 'train', text.sentences);
  const train = Int32Array.from(seededOrder(sorted.length, sp.trainSeed), (i) => sorted[i] as number);
  const split = {
    train,
    dev: indices(sp.dev, 'dev', text.sentences),
    test: indices(sp.test, 'test', text.sentences),
  };
  const used = new Uint8Array(text.sentences);
  const sentences = (name: 'train' | 'dev' | 'test'): EntitySentence[] =>
    Array.from(split[name], (index) => {
      if (used[index]) fail(`sentence ${index} is in two splits`);
      used[index] = 1;
      const from = starts[index] as number;
      const n = (starts[index + 1] as number) - 1 - from;
      if (n < 1 || n > (maxWords as number)) fail(`${name} sentence ${index} has ${n} words`);
      const at = from - index;
      const caps = new Uint8Array(n);
      const tags = new Uint8Array(n);
      const names: Tag[] = [];
      for (let i = 0; i < n; i++) {
        const c = letters[at + i] as string;
        const tag = LETTER[c];
        if (tag === undefined) fail(`tag letter ${JSON.stringify(c)} at ${at + i}`);
        tags[i] = tag;
        caps[i] = c === c.toUpperCase() ? 1 : 0;
        names.push(TAGS[tag] as Tag);
      }
      if (!isLegal(names)) fail(`${name} sentence ${index} has an illegal tag sequence ${names.join('')}`);
      return { index, words: text.stream.slice(from, from + n), caps, tags };
    });
  const st = o.stats as Record<string, unknown> | null;
  if (!st || !['corpus', 'train', 'dev', 'test'].every((key) => isStats(st[key]))) fail('stats are missing');
  return {
    train: sentences('train'),
    dev: sentences('dev'),
    test: sentences('test'),
    split,
    stats: st as unknown as BrownEntities['stats'],
    vocabularySize: text.vocabularySize,
    stamp: text.stamp,
  };
}

/**
 * The same sentences for a model that knows only the V most frequent words: every word index ≥ V becomes V (the
 * unknown word). Caps and tags are shared with the input; a V at or above the vocabulary size returns the input.
 * Throws RangeError unless V is a positive integer.
 * @example
 * cutVocabulary(entities, 5000).train[0].words; // indices ≤ 5000, 5000 = unknown
 */
export function cutVocabulary(entities: BrownEntities, V: number): BrownEntities {
  if (!Number.isInteger(V) || V < 1)
    throw new RangeError(`cutVocabulary: V = ${V} is not a positive integer`);
  if (V >= entities.vocabularySize) return entities;
  const cut = (list: readonly EntitySentence[]) =>
    list.map((s) => ({ ...s, words: s.words.map((w) => Math.min(w, V)) }));
  return {
    ...entities,
    train: cut(entities.train),
    dev: cut(entities.dev),
    test: cut(entities.test),
    vocabularySize: V,
  };
}
