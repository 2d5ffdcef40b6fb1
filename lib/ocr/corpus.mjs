/**
 * The pure core of scripts/ocr-corpus.mjs: a word-frequency dictionary (jieba's dict.txt, lines
 * "word freq tag") → character unigram and bigram counts for the OCR language model, plus a held-out set of
 * words that the counts never saw.
 *
 * What is counted: every word w with frequency f contributes f to c(a) for each occurrence of a character a in w,
 * and f to c(ab) for each adjacent pair ab inside w. So P(b|a) = c(ab)/c(a) is the chance that a is followed by
 * b inside a word, and a word-final a is an "end" (the model's endProb). What is lost: transitions across word
 * boundaries (a dictionary has no running text), and the order of words in sentences.
 *
 * Plain JavaScript (types in corpus.d.mts) so the build script runs on Node 20 without a TypeScript loader;
 * no I/O here. The asset is decoded by lib/ocr/asset.ts.
 */

/** The asset's format tag; lib/ocr/asset.ts refuses anything else. */
export const OCR_MODEL_FORMAT = 'frugal-ocr-model/2';

/**
 * Sentences written around the post's corrections (研友→研发, 速于→速干, 围像→图像, 电柳→电视;
 * kexue.fm/archives/3842): the ocr-correct widget's examples and the first lines of the asset's sentence set.
 */
export const POST_SENTENCES = [
  '研发团队在电视上展示了速干面料的图像。',
  '公司加大了新产品的研发投入。',
  '这件速干衣很适合夏天跑步。',
  '图像处理需要大量的计算。',
  '晚上我们一起在家看电视。',
];

const HAN = /^\p{Script=Han}+$/u;
const COUNT = /^\d+$/;

/**
 * Parses dictionary text into the words made only of Han characters, with their frequencies.
 *
 * A line is "word freq [tag]" separated by spaces or tabs; blank lines, lines without a count and counts that
 * are not non-negative integers are skipped (counted in `skipped`); words with a non-Han character (4S店, AA制)
 * are left out (counted in `nonHan`). A word listed twice has its frequencies summed; entries keep the order
 * of first appearance.
 *
 * @example
 * parseDictionary('电视 4833 n\nAA制 3 n\n电视 1 n\n').entries; // [{ word: '电视', freq: 4834 }]
 */
export function parseDictionary(text) {
  const freq = new Map();
  let lines = 0;
  let skipped = 0;
  let nonHan = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    lines += 1;
    const [word, count] = line.split(/[ \t]+/);
    if (word === undefined || count === undefined || !COUNT.test(count)) {
      skipped += 1;
      continue;
    }
    if (!HAN.test(word)) {
      nonHan += 1;
      continue;
    }
    freq.set(word, (freq.get(word) ?? 0) + Number(count));
  }
  return { entries: [...freq].map(([word, f]) => ({ word, freq: f })), lines, skipped, nonHan };
}

const HAN_CHAR = /\p{Script=Han}/gu;

/**
 * Running sentences from strings of real text (a UI translation, a README): template placeholders (`${x}`,
 * `{{x}}`: values filled in later, not text) break a string; then it is cut after 。！？；and at line breaks. A
 * piece is kept,
 * trimmed, when it has at least `minHan` Han characters, Han characters make up at least `minHanShare` of its
 * non-space characters (Latin words, digits and punctuation pass through the corrector, but a line of code is
 * not a sentence) and it has at most `maxChars` code points. Duplicates are dropped; the first occurrence keeps
 * its place.
 *
 * @example
 * extractSentences(['确保每个 accesskey 属性值都是唯一的', '对比度为 ${data.ratio} 不足']);
 * // ['确保每个 accesskey 属性值都是唯一的'] (12 Han characters of 21; the second breaks into short pieces)
 */
export function extractSentences(texts, { minHan = 6, minHanShare = 0.5, maxChars = 200 } = {}) {
  const out = [];
  const seen = new Set();
  for (const text of texts) {
    const pieces = text.replace(/\$\{[^}]*\}|\{\{[^}]*\}\}/g, '\n').split(/(?<=[。！？；])|\r?\n/);
    for (const raw of pieces) {
      const piece = raw.trim();
      const han = (piece.match(HAN_CHAR) ?? []).length;
      const visible = Array.from(piece.replace(/\s/g, '')).length;
      if (han < minHan || han < minHanShare * visible || Array.from(piece).length > maxChars) continue;
      if (seen.has(piece)) continue;
      seen.add(piece);
      out.push(piece);
    }
  }
  return out;
}

/**
 * The prose lines of a Markdown file: fenced code blocks dropped, links and images reduced to their text
 * (`[text](url)`, `[text][ref]` → text), emphasis and code marks (`*`, `_`, `` ` ``), heading, quote and list
 * markers removed. Enough Markdown for a README; the result goes through {@link extractSentences}.
 *
 * @example
 * markdownLines('**Biome** 是一个[快速的格式化工具](https://x)'); // ['Biome 是一个快速的格式化工具']
 */
export function markdownLines(markdown) {
  const lines = [];
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    lines.push(
      line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/^\s*(#+|>|[-+]\s|\d+\.\s)\s*/, '')
        .trim(),
    );
  }
  return lines;
}

/**
 * FNV-1a hash of a string's UTF-16 code units after a salt, as an unsigned 32-bit integer: a fixed,
 * platform-independent way to pick a held-out set that does not depend on the dictionary's line order.
 *
 * @example
 * hashString('电视', 'a') === hashString('电视', 'a'); // true
 */
export function hashString(text, salt = '') {
  let h = 0x811c9dc5;
  const s = `${salt}\u0000${text}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Splits entries into a training set and a held-out set BEFORE any counting: a word of at least `minLength`
 * characters is held out when hashString(word, salt)/2³² < fraction. Shorter words always train.
 *
 * @example
 * splitHeldOut([{ word: '图像处理', freq: 9 }], { fraction: 1 }).heldOut.length; // 1
 */
export function splitHeldOut(entries, { fraction = 0.1, minLength = 3, salt = 'frugal-ocr-held-out' } = {}) {
  const train = [];
  const heldOut = [];
  for (const e of entries) {
    const long = [...e.word].length >= minLength;
    if (long && hashString(e.word, salt) / 4294967296 < fraction) heldOut.push(e);
    else train.push(e);
  }
  return { train, heldOut };
}

/**
 * Character counts of the training words, restricted to a vocabulary, encoded as the compact asset.
 *
 * Steps: words containing a character for which `accept(ch)` is false are dropped whole (jieba's list holds
 * some mis-encoded entries, and the confusion set needs a glyph for every class); c(a) = Σ_w f_w·(occurrences
 * of a in w); the vocabulary is the `vocabularySize` most frequent characters (ties by code point); c(ab) is
 * kept for pairs of vocabulary characters with c(ab) ≥ minPairCount. Occurrences of a next to a character
 * outside the vocabulary stay in c(a), so they become end mass. Output:
 * `{ chars, unigram, pairs: { indptr, next, count }, stats }` with chars a string of V characters in vocabulary
 * order (most frequent first), unigram[i] = c(chars[i]), and row i's pairs at indptr[i] … indptr[i+1] − 1 with
 * `next` delta-coded (the successor indices are prefix sums of the deltas, increasing).
 *
 * @example
 * buildCounts([{ word: '电视', freq: 3 }, { word: '电', freq: 2 }], { vocabularySize: 2 }).unigram; // [5, 3]
 */
export function buildCounts(entries, { vocabularySize = 4000, minPairCount = 1, accept = () => true } = {}) {
  const unigram = new Map();
  const bigram = new Map();
  let droppedWords = 0;
  let usedWords = 0;
  let tokens = 0;
  for (const { word, freq } of entries) {
    const chars = [...word];
    if (!chars.every((ch) => accept(ch))) {
      droppedWords += 1;
      continue;
    }
    usedWords += 1;
    tokens += freq * chars.length;
    for (const ch of chars) unigram.set(ch, (unigram.get(ch) ?? 0) + freq);
    for (let i = 0; i + 1 < chars.length; i++) {
      const key = chars[i] + chars[i + 1];
      bigram.set(key, (bigram.get(key) ?? 0) + freq);
    }
  }
  const ranked = [...unigram.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].codePointAt(0) - b[0].codePointAt(0))
    .slice(0, vocabularySize);
  const index = new Map(ranked.map(([ch], i) => [ch, i]));
  const rows = ranked.map(() => []);
  let pairsInVocabulary = 0;
  let keptPairMass = 0;
  let pairMass = 0;
  for (const [key, c] of bigram) {
    pairMass += c;
    const [a, b] = [...key];
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    pairsInVocabulary += 1;
    if (c < minPairCount) continue;
    keptPairMass += c;
    rows[i].push([j, c]);
  }
  const indptr = [0];
  const next = [];
  const count = [];
  for (const row of rows) {
    row.sort((p, q) => p[0] - q[0]);
    let last = 0;
    for (const [j, c] of row) {
      next.push(j - last);
      last = j;
      count.push(c);
    }
    indptr.push(next.length);
  }
  const vocabMass = ranked.reduce((s, [, c]) => s + c, 0);
  return {
    chars: ranked.map(([ch]) => ch).join(''),
    unigram: ranked.map(([, c]) => c),
    pairs: { indptr, next, count },
    stats: {
      usedWords,
      droppedWords,
      tokens,
      characters: unigram.size,
      vocabularyCoverage: tokens === 0 ? 0 : vocabMass / tokens,
      pairTypes: bigram.size,
      pairsInVocabulary,
      pairsKept: next.length,
      pairMassKept: pairMass === 0 ? 0 : keptPairMass / pairMass,
    },
  };
}
