/**
 * The pure core of scripts/new-words.mjs: a word-frequency dictionary (jieba's dict.txt, lines
 * "word freq tag") → the first-character × second-character count matrix of its two-character words,
 * encoded as the compact asset the new-words widget loads (decoded by lib/words/asset.ts).
 *
 * Plain JavaScript (with buildMatrix.d.mts for TypeScript) so that the build script runs on Node 20 without a
 * TypeScript loader; no I/O here.
 */

/** The asset's format tag; lib/words/asset.ts refuses anything else. */
export const WORD_MATRIX_FORMAT = 'frugal-new-words/1';

const TWO_HAN = /^\p{Script=Han}\p{Script=Han}$/u;
const COUNT = /^\d+$/;

/**
 * Parses dictionary text into the two-character words whose characters are both Han, with their counts.
 *
 * A line is "word count [tag]" separated by spaces or tabs; blank lines, lines without a count, and counts that
 * are not non-negative integers are skipped (counted in `skipped`). A word listed twice has its counts summed.
 * Characters are code points, so a character outside the BMP counts as one.
 *
 * @example
 * parseTwoCharWords('神兽 120 n\n神 5 n\nAA制 3 n\n').words; // Map { '神兽' => 120 }
 */
export function parseTwoCharWords(text) {
  const words = new Map();
  let lines = 0;
  let skipped = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    lines += 1;
    const [word, count] = line.split(/[ \t]+/);
    if (word === undefined || count === undefined || !COUNT.test(count)) {
      skipped += 1;
      continue;
    }
    if (!TWO_HAN.test(word)) continue;
    words.set(word, (words.get(word) ?? 0) + Number(count));
  }
  return { words, lines, skipped };
}

/** Characters ranked by number of words (desc), then total count (desc), then code point (asc). */
function rankChars(stats) {
  return [...stats.entries()]
    .sort(
      (a, b) =>
        b[1].words - a[1].words || b[1].total - a[1].total || a[0].codePointAt(0) - b[0].codePointAt(0),
    )
    .map(([ch]) => ch);
}

function tally(stats, ch, count) {
  const s = stats.get(ch);
  if (s) {
    s.words += 1;
    s.total += count;
  } else stats.set(ch, { words: 1, total: count });
}

/** Row-compressed, delta-encoded entries: row i's columns are prefix sums of delta[indptr[i] … indptr[i+1]). */
function encodeRows(entries, rowCount) {
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const indptr = new Array(rowCount + 1).fill(0);
  const delta = [];
  const counts = [];
  let row = -1;
  let last = 0;
  for (const [i, j, c] of entries) {
    if (i !== row) {
      row = i;
      last = 0;
    }
    delta.push(j - last);
    last = j;
    counts.push(c);
    indptr[i + 1] += 1;
  }
  for (let i = 0; i < rowCount; i++) indptr[i + 1] += indptr[i];
  return { indptr, delta, counts };
}

/**
 * Builds the word-matrix asset from dictionary text.
 *
 * Keeps two-Han-character words with count ≥ `threshold` (default 100, as in kexue.fm/archives/4208); ranks
 * first characters and second characters separately by how many kept words they start / end (ties: larger
 * total count, then smaller code point) and keeps the top `maxRows` / `maxCols` (default 1000 each). `seen`
 * holds the kept words as (row, column, count) entries; `below` holds the dictionary's other two-character
 * words between kept characters (count < threshold), so a "new word" can be checked against the full
 * dictionary. Rows with no entry may remain (their words all end in dropped characters). Empty text gives
 * 0×0. Throws RangeError for a threshold or size that is not a non-negative integer.
 *
 * @example
 * const asset = buildWordMatrix('神兽 120\n魔兽 130\n魔术 200\n神术 3\n', { threshold: 100 }, source);
 * asset.rows; // '魔神' (魔 starts two kept words)
 * asset.below.counts; // [3]: 神术 is in the dictionary, below the threshold
 */
export function buildWordMatrix(text, options = {}, source = {}) {
  const { threshold = 100, maxRows = 1000, maxCols = 1000 } = options;
  for (const [name, v] of Object.entries({ threshold, maxRows, maxCols })) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`buildWordMatrix: ${name} must be a non-negative integer, got ${v}`);
    }
  }
  const { words, lines, skipped } = parseTwoCharWords(text);
  const firstStats = new Map();
  const secondStats = new Map();
  let aboveThreshold = 0;
  for (const [word, count] of words) {
    if (count < threshold) continue;
    aboveThreshold += 1;
    const [a, b] = Array.from(word);
    tally(firstStats, a, count);
    tally(secondStats, b, count);
  }
  const rows = rankChars(firstStats).slice(0, maxRows);
  const cols = rankChars(secondStats).slice(0, maxCols);
  const rowIndex = new Map(rows.map((ch, i) => [ch, i]));
  const colIndex = new Map(cols.map((ch, j) => [ch, j]));
  const seen = [];
  const below = [];
  for (const [word, count] of words) {
    const [a, b] = Array.from(word);
    const i = rowIndex.get(a);
    const j = colIndex.get(b);
    if (i === undefined || j === undefined) continue;
    (count >= threshold ? seen : below).push([i, j, count]);
  }
  return {
    format: WORD_MATRIX_FORMAT,
    source,
    threshold,
    stats: {
      lines,
      skipped,
      twoCharWords: words.size,
      aboveThreshold,
      firstChars: firstStats.size,
      secondChars: secondStats.size,
      kept: seen.length,
      keptBelow: below.length,
    },
    rows: rows.join(''),
    cols: cols.join(''),
    seen: encodeRows(seen, rows.length),
    below: encodeRows(below, rows.length),
  };
}
