/**
 * Decoding and checking the Brown corpus asset written by scripts/brown-corpus.mjs (format 'frugal-brown/1',
 * see lib/corpus/brown.mjs) into typed arrays, and the counts of a set of its documents.
 */
import { BROWN_FORMAT, BROWN_GENRES, BROWN_TEXT_FORMAT } from './brown.mjs';

/** Where the build writes the asset (scripts/brown-corpus.mjs), on the site's own origin. */
export const BROWN_PATH = '/data/brown.json';

/** Where the build writes the running text (scripts/brown-corpus.mjs), on the site's own origin. */
export const BROWN_TEXT_PATH = '/data/brown-text.json';

/** The decoded running text: every sentence as vocabulary indices, −1 between sentences. */
export interface BrownText {
  readonly stream: Int32Array;
  readonly sentences: number;
  readonly vocabularySize: number;
  /** The build stamp it shares with the counts asset it was built with. */
  readonly stamp: string;
}

/** One document (corpus file) as a bag of words: ascending vocabulary indices and their counts. */
export interface BrownDocument {
  readonly id: string;
  /** The genre letter a–r (BROWN_GENRES names it). */
  readonly genre: string;
  /** Word tokens in the file. */
  readonly tokens: number;
  readonly words: Int32Array;
  readonly counts: Int32Array;
}

/** The decoded asset. */
export interface BrownCorpus {
  /** Word forms, most frequent first. */
  readonly vocabulary: readonly string[];
  /** Corpus count of each form. */
  readonly counts: Int32Array;
  readonly documents: readonly BrownDocument[];
  /** Document indices: train in a fixed shuffled order (take a prefix for a smaller slice), dev and test. */
  readonly split: { readonly train: Int32Array; readonly dev: Int32Array; readonly test: Int32Array };
  /** The opening `tokens` word tokens of the corpus and, for a few words, their positions (ascending). */
  readonly traces: {
    readonly tokens: number;
    readonly words: readonly { word: string; positions: Int32Array }[];
  };
  readonly source: {
    package?: string;
    version?: string;
    license?: string;
    homepage?: string;
    stamp?: string;
  };
}

function fail(message: string): never {
  throw new Error(`Brown asset: ${message}`);
}

function ints(x: unknown, name: string, deltas = false): Int32Array {
  if (!Array.isArray(x)) fail(`${name} is not an array`);
  const out = new Int32Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > 0x7fffffff)
      fail(`${name}[${i}] is ${String(v)}`);
    sum = deltas ? sum + (v as number) : (v as number);
    out[i] = sum;
  }
  return out;
}

function object(x: unknown, name: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(`${name} is missing`);
  return x as Record<string, unknown>;
}

/**
 * Decodes the parsed JSON of the asset, checking every field: the format tag, word forms as strings, counts and
 * indices as non-negative integers, ascending bags inside the vocabulary whose counts sum to the file's tokens,
 * split indices inside the document list, trace positions inside the stream.
 * Throws Error naming the first field that is wrong.
 * @example
 * decodeBrown(await (await fetch(BROWN_PATH)).json()).vocabulary[0]; // 'the'
 */
export function decodeBrown(json: unknown): BrownCorpus {
  const o = object(json, 'the asset');
  if (o.format !== BROWN_FORMAT) fail(`format ${JSON.stringify(o.format)}, expected ${BROWN_FORMAT}`);
  const vocabulary = o.vocabulary;
  if (!Array.isArray(vocabulary) || vocabulary.some((w) => typeof w !== 'string' || w === ''))
    fail('vocabulary is not a list of words');
  const V = vocabulary.length;
  const counts = ints(o.counts, 'counts');
  if (counts.length !== V) fail(`${counts.length} counts for ${V} words`);
  const d = object(o.documents, 'documents');
  const ids = d.ids;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) fail('documents.ids is not a list');
  const genres = d.genres;
  if (typeof genres !== 'string' || genres.length !== ids.length)
    fail('documents.genres does not match the ids');
  const tokens = ints(d.tokens, 'documents.tokens');
  const words = d.words;
  const bagCountsJson = d.counts;
  if (!Array.isArray(words) || !Array.isArray(bagCountsJson)) fail('documents.words or counts is missing');
  if (tokens.length !== ids.length || words.length !== ids.length || bagCountsJson.length !== ids.length)
    fail('documents fields differ in length');
  const documents = ids.map((id: string, k): BrownDocument => {
    const genre = genres[k] as string;
    if (!(genre in BROWN_GENRES)) fail(`document ${id} has genre ${genre}`);
    const w = ints(words[k], `documents.words[${k}]`, true);
    const c = ints(bagCountsJson[k], `documents.counts[${k}]`);
    if (w.length !== c.length) fail(`document ${id}: ${w.length} words, ${c.length} counts`);
    let sum = 0;
    for (let i = 0; i < w.length; i++) {
      if ((w[i] as number) >= V || (i > 0 && (w[i] as number) <= (w[i - 1] as number)))
        fail(`document ${id}: word index ${w[i]} out of order or range`);
      sum += c[i] as number;
    }
    if (sum !== tokens[k]) fail(`document ${id}: counts sum to ${sum}, not ${tokens[k]}`);
    return { id, genre, tokens: tokens[k] as number, words: w, counts: c };
  });
  const s = object(o.split, 'split');
  const list = (name: 'train' | 'dev' | 'test') => {
    const v = ints(s[name], `split.${name}`);
    for (const i of v) if (i >= documents.length) fail(`split.${name} names document ${i}`);
    return v;
  };
  const split = { train: list('train'), dev: list('dev'), test: list('test') };
  const t = object(o.traces, 'traces');
  const streamLength = t.tokens;
  if (!Number.isSafeInteger(streamLength) || (streamLength as number) < 0)
    fail('traces.tokens is not a count');
  const traceWords = t.words;
  const positions = t.positions;
  if (!Array.isArray(traceWords) || !Array.isArray(positions) || traceWords.length !== positions.length)
    fail('traces.words and traces.positions differ');
  const traces = {
    tokens: streamLength as number,
    words: traceWords.map((word, k) => {
      if (typeof word !== 'string') fail(`traces.words[${k}] is not a word`);
      const p = ints(positions[k], `traces.positions[${k}]`, true);
      for (let i = 1; i < p.length; i++)
        if ((p[i] as number) <= (p[i - 1] as number)) fail(`trace ${word} is not ascending`);
      if (p.length > 0 && (p[p.length - 1] as number) >= (streamLength as number))
        fail(`trace ${word} leaves the stream`);
      return { word, positions: p };
    }),
  };
  const source = typeof o.source === 'object' && o.source !== null ? (o.source as BrownCorpus['source']) : {};
  return { vocabulary: vocabulary as string[], counts, documents, split, traces, source };
}

/**
 * The vocabulary counts summed over the given documents (indices into corpus.documents): one entry per word,
 * zeros for words the documents lack.
 * Throws RangeError for an index outside the document list.
 * @example
 * bagCounts(corpus, corpus.split.test); // Float64Array(V) of the test files' counts
 */
export function bagCounts(corpus: BrownCorpus, documents: ArrayLike<number>): Float64Array {
  const out = new Float64Array(corpus.vocabulary.length);
  for (let k = 0; k < documents.length; k++) {
    const doc = corpus.documents[documents[k] as number];
    if (!doc) throw new RangeError(`bagCounts: no document ${documents[k]}`);
    for (let i = 0; i < doc.words.length; i++) {
      const w = doc.words[i] as number;
      out[w] = (out[w] as number) + (doc.counts[i] as number);
    }
  }
  return out;
}

/**
 * Decodes the parsed JSON of the running-text asset, checking the format tag, that every entry is a
 * vocabulary index or −1, that no two boundaries are adjacent or at an end, and that the sentence count
 * matches. With `corpus`, also that it was built with that counts asset (same stamp and vocabulary size).
 * Throws Error naming what is wrong.
 * @example
 * decodeBrownText(await (await fetch(BROWN_TEXT_PATH)).json()).stream; // Int32Array of 1,070,477 entries
 */
export function decodeBrownText(json: unknown, corpus?: BrownCorpus): BrownText {
  const o = object(json, 'the running text');
  if (o.format !== BROWN_TEXT_FORMAT)
    fail(`format ${JSON.stringify(o.format)}, expected ${BROWN_TEXT_FORMAT}`);
  const V = o.vocabularySize;
  if (!Number.isSafeInteger(V) || (V as number) < 1) fail('vocabularySize is not a count');
  const raw = o.stream;
  if (!Array.isArray(raw)) fail('stream is not an array');
  const stream = new Int32Array(raw.length);
  let boundaries = 0;
  for (let t = 0; t < raw.length; t++) {
    const v = raw[t];
    if (!Number.isInteger(v) || (v as number) < -1 || (v as number) >= (V as number))
      fail(`stream[${t}] is ${String(v)}`);
    if (v === -1) {
      if (t === 0 || t === raw.length - 1 || raw[t - 1] === -1)
        fail(`stream[${t}] is an empty sentence's boundary`);
      boundaries += 1;
    }
    stream[t] = v as number;
  }
  const sentences = raw.length === 0 ? 0 : boundaries + 1;
  if (o.sentences !== sentences) fail(`${String(o.sentences)} sentences declared, ${sentences} found`);
  const stamp = typeof o.stamp === 'string' ? o.stamp : fail('stamp is missing');
  if (corpus && (corpus.source.stamp !== stamp || corpus.vocabulary.length !== V))
    fail('the running text was built with another vocabulary than the counts asset; rebuild both');
  return { stream, sentences, vocabularySize: V as number, stamp };
}
