/** The asset's format tag; lib/ocr/asset.ts refuses anything else. */
export const OCR_MODEL_FORMAT: 'frugal-ocr-model/2';

/** Sentences written around the post's corrections: the widget's examples, first in the asset's sentence set. */
export const POST_SENTENCES: readonly string[];

/** Running sentences cut from strings of real text (placeholders break; cut after 。！？；). */
export function extractSentences(
  texts: Iterable<string>,
  options?: { minHan?: number; minHanShare?: number; maxChars?: number },
): string[];

/** The prose lines of a Markdown file (code blocks dropped, links reduced to their text, marks removed). */
export function markdownLines(markdown: string): string[];

/** A dictionary word and its frequency. */
export interface DictionaryEntry {
  word: string;
  freq: number;
}

/** Han-only words of a "word freq [tag]" dictionary, with line statistics. */
export function parseDictionary(text: string): {
  entries: DictionaryEntry[];
  lines: number;
  skipped: number;
  nonHan: number;
};

/** FNV-1a over the UTF-16 code units of `salt + "\0" + text`, unsigned 32-bit. */
export function hashString(text: string, salt?: string): number;

/** Holds out words of ≥ minLength characters whose salted hash falls below fraction·2³². */
export function splitHeldOut(
  entries: readonly DictionaryEntry[],
  options?: { fraction?: number; minLength?: number; salt?: string },
): { train: DictionaryEntry[]; heldOut: DictionaryEntry[] };

/** Row-compressed pair counts: row i's successors are prefix sums of next[indptr[i] … indptr[i+1]). */
export interface EncodedPairs {
  indptr: number[];
  next: number[];
  count: number[];
}

/** Counting statistics reported by the build script. */
export interface CountStats {
  usedWords: number;
  droppedWords: number;
  tokens: number;
  characters: number;
  vocabularyCoverage: number;
  pairTypes: number;
  pairsInVocabulary: number;
  pairsKept: number;
  pairMassKept: number;
}

/** Unigram and bigram counts over a vocabulary, compactly encoded. */
export interface EncodedCounts {
  /** The V vocabulary characters, most frequent first. */
  chars: string;
  /** c(chars[i]). */
  unigram: number[];
  pairs: EncodedPairs;
  stats: CountStats;
}

/** Counts of the training words over the vocabularySize most frequent accepted characters. */
export function buildCounts(
  entries: readonly DictionaryEntry[],
  options?: { vocabularySize?: number; minPairCount?: number; accept?: (ch: string) => boolean },
): EncodedCounts;
