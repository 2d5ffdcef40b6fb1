/**
 * Turning text into vocabulary words for a bag of words: greedy longest match for text written without spaces
 * (Chinese), splitting on spaces and punctuation for English; pieces the vocabulary lacks are kept, marked
 * unknown (suggestWords in ./vocabulary proposes vocabulary words for them), and replaceSegment puts a
 * suggestion in the unknown piece's place.
 */

/**
 * A piece of the text: its word (lower-cased in 'spaces' mode), where it starts and how long it is in the
 * text (both in code points), and its vocabulary index (−1: unknown).
 */
export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly length: number;
  readonly index: number;
}

/** How text is cut: 'longest' (greedy longest match, no spaces needed) or 'spaces' (words between separators). */
export type SegmentMode = 'longest' | 'spaces';

/** A letter or digit (of any script): everything else separates words and is dropped. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Cuts `text` into vocabulary words. 'longest': from left to right, the longest vocabulary word that starts
 * here (so 我爱空间科学 over 我/爱/科学/空间/不/错 gives 我/爱/空间/科学, and a word that is a prefix of another
 * loses to the longer one when both fit); a run of characters where no word starts is one unknown piece.
 * 'spaces': lower-cased runs of letters, digits and apostrophes, each looked up whole. In both modes other
 * characters (spaces, punctuation) separate pieces and are dropped; empty text gives no pieces. Positions
 * count code points. Duplicate vocabulary entries: the first one's index.
 * @example
 * segment('我爱空间科学', ['我', '爱', '科学', '空间', '不', '错'], 'longest').map((s) => s.index); // [0, 1, 3, 2]
 * segment('The cat!', ['the', 'of'], 'spaces').map((s) => [s.text, s.index]); // [['the', 0], ['cat', -1]]
 */
export function segment(text: string, vocabulary: readonly string[], mode: SegmentMode): Segment[] {
  const index = new Map<string, number>();
  vocabulary.forEach((w, i) => {
    if (w !== '' && !index.has(w)) index.set(w, i);
  });
  const chars = Array.from(text);
  const out: Segment[] = [];
  if (mode === 'spaces') {
    let p = 0;
    while (p < chars.length) {
      const isWord = (c: string) => WORD_CHAR.test(c) || c === "'" || c === '’';
      if (!isWord(chars[p] as string)) {
        p++;
        continue;
      }
      let q = p;
      while (q < chars.length && isWord(chars[q] as string)) q++;
      const word = chars.slice(p, q).join('').toLowerCase().replace(/’/g, "'");
      out.push({ text: word, start: p, length: q - p, index: index.get(word) ?? -1 });
      p = q;
    }
    return out;
  }
  let longest = 0;
  for (const w of index.keys()) longest = Math.max(longest, Array.from(w).length);
  const match = (p: number): number => {
    for (let len = Math.min(longest, chars.length - p); len >= 1; len--) {
      const i = index.get(chars.slice(p, p + len).join(''));
      if (i !== undefined) return len;
    }
    return 0;
  };
  let p = 0;
  let unknownStart = -1;
  const closeUnknown = (end: number) => {
    if (unknownStart >= 0)
      out.push({
        text: chars.slice(unknownStart, end).join(''),
        start: unknownStart,
        length: end - unknownStart,
        index: -1,
      });
    unknownStart = -1;
  };
  while (p < chars.length) {
    if (!WORD_CHAR.test(chars[p] as string)) {
      closeUnknown(p);
      p++;
      continue;
    }
    const len = match(p);
    if (len === 0) {
      if (unknownStart < 0) unknownStart = p;
      p++;
      continue;
    }
    closeUnknown(p);
    const word = chars.slice(p, p + len).join('');
    out.push({ text: word, start: p, length: len, index: index.get(word) as number });
    p += len;
  }
  closeUnknown(p);
  return out;
}

/**
 * `text` with the piece `at` (from segment over the same text) replaced by `word`: how a suggestion is taken.
 * Positions count code points, so characters outside the BMP are kept whole. Throws RangeError when the piece
 * does not lie inside the text.
 * @example
 * replaceSegment('我很爱', { text: '很', start: 1, length: 1, index: -1 }, '不'); // '我不爱'
 */
export function replaceSegment(text: string, at: Segment, word: string): string {
  const chars = Array.from(text);
  if (!Number.isInteger(at.start) || at.start < 0 || at.length < 0 || at.start + at.length > chars.length)
    throw new RangeError(`replaceSegment: piece ${at.start}+${at.length} outside a text of ${chars.length}`);
  return chars.slice(0, at.start).join('') + word + chars.slice(at.start + at.length).join('');
}
