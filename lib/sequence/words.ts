/**
 * Typed English split into words the way the Brown assets count them: runs of letters and digits, joined by
 * an inner apostrophe, hyphen or full stop ("Atlanta's", "term-end", "U.S"), everything else dropped; each word
 * lower-cased for the vocabulary, with a flag for a leading capital (the tagger's case input).
 */

/** A typed sentence as the tagger reads it. */
export interface TypedWords {
  /** The words as typed. */
  readonly forms: string[];
  /** Lower-cased, as the vocabulary lists them. */
  readonly lower: string[];
  /** 1 where the word starts with an upper-case letter. */
  readonly caps: number[];
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` (at most `limit`, default 60; the rest are dropped and counted in `dropped`).
 * @example
 * splitWords("The jury praised Atlanta's mayor.").lower; // ['the', 'jury', 'praised', "atlanta's", 'mayor']
 */
export function splitWords(text: string, limit = 60): TypedWords & { dropped: number } {
  const all = text.match(WORD) ?? [];
  const forms = all.slice(0, limit).map((w) => w.replace(/’/g, "'"));
  return {
    forms,
    lower: forms.map((w) => w.toLowerCase()),
    caps: forms.map((w) => (/^\p{Lu}/u.test(w) ? 1 : 0)),
    dropped: Math.max(0, all.length - limit),
  };
}
