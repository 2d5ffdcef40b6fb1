/**
 * WordNet synonym sets restricted to a vocabulary: the pure core of scripts/wordnet-synonyms.mjs (plain JS so
 * the build script can import it; typed by wordnet.d.mts). WordNet's data files (data.noun, data.verb,
 * data.adj, data.adv) hold one synset per line: `offset lex_filenum ss_type w_cnt word lex_id [word lex_id …]
 * p_cnt …| gloss`, with w_cnt in two hexadecimal digits; lines that start with a space are the licence header.
 */

/** The asset's format tag. */
export const WORDNET_FORMAT = 'frugal-wordnet-synonyms/1';

/**
 * The lemmas of each synset in a WordNet data file, lower-cased, with adjective markers ("(a)", "(p)",
 * "(ip)") removed; collocations (lemmas with "_") are kept as they are, so a caller can drop them. Malformed
 * lines (too few fields, a w_cnt that is not hexadecimal) are skipped.
 */
export function wordnetSynsets(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const n = Number.parseInt(f[3] ?? '', 16);
    if (!Number.isInteger(n) || n < 1 || f.length < 4 + 2 * n) continue;
    const lemmas = [];
    for (let i = 0; i < n; i++) lemmas.push(f[4 + 2 * i].toLowerCase().replace(/\((a|p|ip)\)$/, ''));
    out.push(lemmas);
  }
  return out;
}

/**
 * The synonym sets of a vocabulary: each synset's single-word lemmas that are in `vocabulary` (indices into
 * it, ascending, each once), keeping only sets of two or more and each distinct set once, sorted by their
 * members. A word of several senses may sit in several sets.
 */
export function synonymSets(synsets, vocabulary) {
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const seen = new Set();
  const sets = [];
  for (const lemmas of synsets) {
    const ids = [...new Set(lemmas.filter((w) => !w.includes('_')).map((w) => index.get(w)))]
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b);
    if (ids.length < 2) continue;
    const key = ids.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    sets.push(ids);
  }
  return sets.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  });
}
