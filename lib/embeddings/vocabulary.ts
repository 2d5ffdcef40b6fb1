/**
 * Help for a reader who types a word the vocabulary lacks: the closest words by edit distance.
 */

/**
 * The Levenshtein distance between a and b (insertions, deletions, substitutions of UTF-16 code units), or
 * max + 1 as soon as it must exceed `max`.
 * @example
 * editDistance('kitten', 'sitting'); // 3
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Up to `n` words of `vocabulary` (ordered most frequent first) closest to `word` (trimmed, lower-cased):
 * words it is a prefix of come first, then words within edit distance 2, nearer first, ties in vocabulary
 * order. An empty word gets the n most frequent words.
 * @example
 * suggestWords('goverment', ['the', 'government', 'govern'], 2); // ['government', 'govern']
 */
export function suggestWords(word: string, vocabulary: readonly string[], n: number): string[] {
  const w = word.trim().toLowerCase();
  if (w === '') return vocabulary.slice(0, n);
  const prefixed: string[] = [];
  const near: { word: string; d: number; i: number }[] = [];
  vocabulary.forEach((v, i) => {
    if (v === w) return;
    if (v.startsWith(w) && prefixed.length < n) prefixed.push(v);
    else {
      const d = editDistance(w, v, 2);
      if (d <= 2) near.push({ word: v, d, i });
    }
  });
  near.sort((a, b) => a.d - b.d || a.i - b.i);
  return [...prefixed, ...near.map((x) => x.word)].slice(0, n);
}

/**
 * The words of a typed list (separated by commas, spaces or both), trimmed, lower-cased, repeats dropped
 * (first kept), at most `max` of them: what a reader types to choose a set of words.
 * @example
 * parseWordList('Monday, tuesday  monday,,', 10); // ['monday', 'tuesday']
 */
export function parseWordList(text: string, max: number): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().split(/[\s,]+/)) {
    if (w === '' || out.includes(w)) continue;
    if (out.length >= max) break;
    out.push(w);
  }
  return out;
}
