/**
 * A small probe list for English word vectors and its scorer: analogy quadruples a : b :: c : d in five
 * categories and word pairs graded for similarity, every word among the 5,000 most frequent of the Brown
 * corpus (lower-cased, as its vocabulary is).
 *
 * Provenance: written by hand for this project (Frugal, the word2vec article), not taken from a published
 * set. The analogy categories follow five of the question types of Mikolov et al.'s (2013) test set
 * (capital-common-countries, family, gram3-comparative, gram7-past-tense, gram8-plural), refilled with words
 * frequent in Brown, since most of their words are rare or absent there; the quadruples are every ordered
 * pair of distinct word pairs in a category, as in that set. The similarity grades are the author's on a
 * four-step scale that keeps similarity apart from relatedness, after Hill et al.'s SimLex-999: 3 near
 * synonyms, 2 members of one kind, 1 related by topic only, 0 unrelated. Small and hand-made: read its scores
 * as a comparison of two models on the same questions, not as a benchmark.
 */
import { spearman } from '../stats';
import { analogy, type Embeddings, nearestRows, rowNorms } from './neighbours';
import type { SgnsOptions } from './sgns';

/**
 * The skip-gram settings the word-probe figure scores on this list, all but the number of epochs (the figure's
 * parameter; workers/wordProbe.ts trains with them): dimension 50 (the SVD side's rank), window 5, k = 5 negatives (so its implicit matrix is PMI − log 5, what the
 * SVD side factorises), subsampling at word2vec's 10⁻³, and a learning rate of 0.05, twice word2vec's 0.025:
 * measured on Brown (top 5,000 words), one epoch at 0.025 leaves every cosine near 0.97 (the vectors still share
 * one direction), while three at 0.05 give useful neighbours in about 30 s.
 */
export const WORD_PROBE_SGNS: Omit<SgnsOptions, 'epochs'> = {
  dim: 50,
  window: 5,
  negatives: 5,
  learningRate: 0.05,
  subsample: 1e-3,
  seed: 1,
};

/** An analogy category: word pairs that stand in one relation (first : second). */
export interface AnalogyCategory {
  readonly id: string;
  readonly label: string;
  readonly pairs: readonly (readonly [string, string])[];
}

/** A graded word pair: 3 near synonyms, 2 one kind, 1 related by topic, 0 unrelated. */
export interface SimilarityPair {
  readonly a: string;
  readonly b: string;
  readonly grade: 0 | 1 | 2 | 3;
}

/** The analogy categories of the probe list (see the module comment for their provenance). */
export const ANALOGY_CATEGORIES: readonly AnalogyCategory[] = [
  {
    id: 'capital',
    label: 'capital : country',
    pairs: [
      ['paris', 'france'],
      ['london', 'england'],
      ['rome', 'italy'],
      ['moscow', 'russia'],
      ['berlin', 'germany'],
      ['washington', 'america'],
    ],
  },
  {
    id: 'gender',
    label: 'male : female',
    pairs: [
      ['man', 'woman'],
      ['king', 'queen'],
      ['boy', 'girl'],
      ['father', 'mother'],
      ['son', 'daughter'],
      ['brother', 'sister'],
      ['husband', 'wife'],
      ['he', 'she'],
      ['his', 'her'],
      ['men', 'women'],
      ['boys', 'girls'],
      ['uncle', 'aunt'],
    ],
  },
  {
    id: 'comparative',
    label: 'adjective : comparative',
    pairs: [
      ['good', 'better'],
      ['bad', 'worse'],
      ['big', 'bigger'],
      ['large', 'larger'],
      ['small', 'smaller'],
      ['long', 'longer'],
      ['high', 'higher'],
      ['great', 'greater'],
      ['young', 'younger'],
      ['old', 'older'],
    ],
  },
  {
    id: 'past',
    label: 'verb : past tense',
    pairs: [
      ['go', 'went'],
      ['see', 'saw'],
      ['take', 'took'],
      ['come', 'came'],
      ['give', 'gave'],
      ['know', 'knew'],
      ['think', 'thought'],
      ['find', 'found'],
      ['tell', 'told'],
      ['write', 'wrote'],
      ['speak', 'spoke'],
      ['walk', 'walked'],
    ],
  },
  {
    id: 'plural',
    label: 'noun : plural',
    pairs: [
      ['year', 'years'],
      ['day', 'days'],
      ['child', 'children'],
      ['house', 'houses'],
      ['city', 'cities'],
      ['car', 'cars'],
      ['dog', 'dogs'],
      ['book', 'books'],
      ['hand', 'hands'],
      ['eye', 'eyes'],
      ['room', 'rooms'],
      ['school', 'schools'],
    ],
  },
];

/** The graded similarity pairs of the probe list (see the module comment for their provenance). */
export const SIMILARITY_PAIRS: readonly SimilarityPair[] = [
  { a: 'big', b: 'large', grade: 3 },
  { a: 'small', b: 'little', grade: 3 },
  { a: 'begin', b: 'start', grade: 3 },
  { a: 'quick', b: 'fast', grade: 3 },
  { a: 'happy', b: 'glad', grade: 3 },
  { a: 'answer', b: 'reply', grade: 3 },
  { a: 'road', b: 'street', grade: 3 },
  { a: 'speak', b: 'talk', grade: 3 },
  { a: 'hard', b: 'difficult', grade: 3 },
  { a: 'end', b: 'finish', grade: 3 },
  { a: 'woman', b: 'lady', grade: 3 },
  { a: 'house', b: 'home', grade: 3 },
  { a: 'story', b: 'tale', grade: 3 },
  { a: 'ill', b: 'sick', grade: 3 },
  { a: 'silent', b: 'quiet', grade: 3 },
  { a: 'center', b: 'middle', grade: 3 },
  { a: 'maybe', b: 'perhaps', grade: 3 },
  { a: 'almost', b: 'nearly', grade: 3 },
  { a: 'job', b: 'task', grade: 3 },
  { a: 'town', b: 'village', grade: 3 },
  { a: 'red', b: 'blue', grade: 2 },
  { a: 'cat', b: 'dog', grade: 2 },
  { a: 'january', b: 'february', grade: 2 },
  { a: 'coffee', b: 'tea', grade: 2 },
  { a: 'train', b: 'bus', grade: 2 },
  { a: 'north', b: 'south', grade: 2 },
  { a: 'army', b: 'navy', grade: 2 },
  { a: 'chair', b: 'table', grade: 2 },
  { a: 'gold', b: 'silver', grade: 2 },
  { a: 'france', b: 'germany', grade: 2 },
  { a: 'two', b: 'three', grade: 2 },
  { a: 'river', b: 'lake', grade: 2 },
  { a: 'minute', b: 'hour', grade: 2 },
  { a: 'summer', b: 'winter', grade: 2 },
  { a: 'milk', b: 'wine', grade: 2 },
  { a: 'sun', b: 'moon', grade: 2 },
  { a: 'coat', b: 'hat', grade: 2 },
  { a: 'doctor', b: 'hospital', grade: 1 },
  { a: 'church', b: 'god', grade: 1 },
  { a: 'car', b: 'road', grade: 1 },
  { a: 'money', b: 'bank', grade: 1 },
  { a: 'school', b: 'teacher', grade: 1 },
  { a: 'war', b: 'soldier', grade: 1 },
  { a: 'food', b: 'eat', grade: 1 },
  { a: 'water', b: 'drink', grade: 1 },
  { a: 'music', b: 'song', grade: 1 },
  { a: 'book', b: 'read', grade: 1 },
  { a: 'sea', b: 'ship', grade: 1 },
  { a: 'night', b: 'dark', grade: 1 },
  { a: 'court', b: 'judge', grade: 1 },
  { a: 'rain', b: 'cloud', grade: 1 },
  { a: 'player', b: 'game', grade: 1 },
  { a: 'baby', b: 'mother', grade: 1 },
  { a: 'car', b: 'idea', grade: 0 },
  { a: 'music', b: 'tax', grade: 0 },
  { a: 'dog', b: 'theory', grade: 0 },
  { a: 'church', b: 'engine', grade: 0 },
  { a: 'coffee', b: 'election', grade: 0 },
  { a: 'water', b: 'democracy', grade: 0 },
  { a: 'book', b: 'horse', grade: 0 },
  { a: 'tree', b: 'law', grade: 0 },
  { a: 'piano', b: 'senate', grade: 0 },
  { a: 'rain', b: 'president', grade: 0 },
  { a: 'bread', b: 'science', grade: 0 },
  { a: 'wall', b: 'budget', grade: 0 },
];

/** One analogy question a : b :: c : d of a category. */
export interface AnalogyItem {
  readonly category: string;
  readonly a: string;
  readonly b: string;
  readonly c: string;
  readonly d: string;
}

/**
 * The analogy questions of categories: for every ordered pair of distinct pairs (a, b) and (c, d) of a
 * category, a : b :: c : d, so n pairs give n(n − 1) questions (none for a category of fewer than two pairs).
 * @example
 * analogyItems([{ id: 'g', label: 'g', pairs: [['man', 'woman'], ['king', 'queen']] }]);
 * // [man : woman :: king : queen, king : queen :: man : woman]
 */
export function analogyItems(categories: readonly AnalogyCategory[] = ANALOGY_CATEGORIES): AnalogyItem[] {
  const out: AnalogyItem[] = [];
  for (const cat of categories)
    for (const [a, b] of cat.pairs)
      for (const [c, d] of cat.pairs) if (a !== c) out.push({ category: cat.id, a, b, c, d });
  return out;
}

/** Accuracy of one group of analogy questions. */
export interface AnalogyScore {
  readonly category: string;
  /** Questions in the group, and those whose four words are all in the vocabulary (the ones scored). */
  readonly total: number;
  readonly covered: number;
  /** Fraction of covered questions whose answer d is the first guess, and among the first k (NaN if none). */
  readonly at1: number;
  readonly atK: number;
}

/** The scores of one model on the probe list. */
export interface ProbeScores {
  /** The k of accuracy@k. */
  readonly k: number;
  /** One score per category, in order, then the pooled score of every question (category 'all'). */
  readonly analogies: readonly AnalogyScore[];
  readonly similarity: {
    readonly total: number;
    readonly covered: number;
    /** Spearman's ρ between the grades and the cosines of the covered pairs (NaN for fewer than two). */
    readonly spearman: number;
    /** Each pair's cosine (NaN when a word is missing). */
    readonly cosines: readonly number[];
    /** Mean cosine of the covered pairs of each grade 0…3 (NaN for a grade with none). */
    readonly meanByGrade: readonly number[];
  };
}

/**
 * Scores a model on the probe list: for each analogy question whose words are all in `words` (the rows of E,
 * in order), the k nearest rows to b̂ − â + ĉ by 3CosAdd (a, b, c excluded), and whether d is first (accuracy
 * @1) or among them (accuracy@k); for the similarity pairs, the cosine of each covered pair and Spearman's ρ
 * against the grades (ties share ranks; see spearman). Questions with a missing word are counted in `total`
 * and left out of the accuracies. A question with a zero row among a, b, c counts as wrong.
 * Throws RangeError when `words` and E differ in length or k is not an integer ≥ 1.
 * @example
 * const s = scoreProbes(E, words); // s.analogies.at(-1).at1: pooled accuracy@1; s.similarity.spearman
 */
export function scoreProbes(
  E: Embeddings,
  words: readonly string[],
  options: {
    k?: number;
    norms?: Float64Array;
    categories?: readonly AnalogyCategory[];
    pairs?: readonly SimilarityPair[];
  } = {},
): ProbeScores {
  const { k = 5, categories = ANALOGY_CATEGORIES, pairs = SIMILARITY_PAIRS } = options;
  if (words.length !== E.count)
    throw new RangeError(`scoreProbes: ${words.length} words for a table of ${E.count} rows`);
  if (!Number.isSafeInteger(k) || k < 1)
    throw new RangeError(`scoreProbes: k must be an integer ≥ 1, got ${k}`);
  const norms = options.norms ?? rowNorms(E);
  const index = new Map(words.map((w, i) => [w, i]));
  const tally = new Map<string, { total: number; covered: number; hit1: number; hitK: number }>();
  const all = { total: 0, covered: 0, hit1: 0, hitK: 0 };
  for (const cat of categories) tally.set(cat.id, { total: 0, covered: 0, hit1: 0, hitK: 0 });
  for (const q of analogyItems(categories)) {
    const t = tally.get(q.category) as { total: number; covered: number; hit1: number; hitK: number };
    t.total += 1;
    all.total += 1;
    const [a, b, c, d] = [q.a, q.b, q.c, q.d].map((w) => index.get(w));
    if (a === undefined || b === undefined || c === undefined || d === undefined) continue;
    t.covered += 1;
    all.covered += 1;
    const guess = analogy(E, a, b, c, k, norms);
    const at = guess.findIndex((g) => g.index === d);
    if (at === 0) {
      t.hit1 += 1;
      all.hit1 += 1;
    }
    if (at >= 0) {
      t.hitK += 1;
      all.hitK += 1;
    }
  }
  const score = (category: string, t: typeof all): AnalogyScore => ({
    category,
    total: t.total,
    covered: t.covered,
    at1: t.covered > 0 ? t.hit1 / t.covered : Number.NaN,
    atK: t.covered > 0 ? t.hitK / t.covered : Number.NaN,
  });
  const analogies = [
    ...categories.map((cat) => score(cat.id, tally.get(cat.id) as typeof all)),
    score('all', all),
  ];
  const cosines = pairs.map((p) => {
    const a = index.get(p.a);
    const b = index.get(p.b);
    if (a === undefined || b === undefined) return Number.NaN;
    const na = norms[a] as number;
    const nb = norms[b] as number;
    if (na === 0 || nb === 0) return 0;
    let dot = 0;
    for (let q = 0; q < E.dim; q++)
      dot += (E.data[a * E.dim + q] as number) * (E.data[b * E.dim + q] as number);
    return dot / (na * nb);
  });
  const grades: number[] = [];
  const sims: number[] = [];
  const sum = [0, 0, 0, 0];
  const count = [0, 0, 0, 0];
  pairs.forEach((p, i) => {
    const s = cosines[i] as number;
    if (Number.isNaN(s)) return;
    grades.push(p.grade);
    sims.push(s);
    sum[p.grade] = (sum[p.grade] as number) + s;
    count[p.grade] = (count[p.grade] as number) + 1;
  });
  return {
    k,
    analogies,
    similarity: {
      total: pairs.length,
      covered: sims.length,
      spearman: sims.length >= 2 ? spearman(grades, sims) : Number.NaN,
      cosines,
      meanByGrade: sum.map((s, g) => ((count[g] as number) > 0 ? s / (count[g] as number) : Number.NaN)),
    },
  };
}

/** How often a model's nearest neighbours are synonyms (see synonymPrecision). */
export interface SynonymScore {
  /** Words scored: those with at least one synonym in the table. */
  readonly words: number;
  /** Mean over those words of the share of their k nearest rows that are synonyms (NaN when none). */
  readonly precision: number;
  /** Share of those words with at least one synonym among their k nearest rows (NaN when none). */
  readonly hitRate: number;
}

/**
 * Synonym precision@k against independent synonym sets (e.g. WordNet synsets as row indices, from
 * scripts/wordnet-synonyms.mjs): for every row that shares a set with another row, its k nearest rows by
 * cosine (itself excluded); a neighbour counts when it shares a set with the word. Zero rows are skipped as
 * neighbours (nearestRows). Throws RangeError for a set index outside the table or k not an integer ≥ 1.
 * @example
 * synonymPrecision(E, [[big, large], [small, little]], 10); // { words: 4, precision, hitRate }
 */
export function synonymPrecision(
  E: Embeddings,
  sets: readonly (readonly number[])[],
  k: number,
  norms: Float64Array = rowNorms(E),
): SynonymScore {
  if (!Number.isSafeInteger(k) || k < 1)
    throw new RangeError(`synonymPrecision: k must be an integer ≥ 1, got ${k}`);
  const synonyms = new Map<number, Set<number>>();
  for (const set of sets) {
    for (const i of set) {
      if (!Number.isSafeInteger(i) || i < 0 || i >= E.count)
        throw new RangeError(`synonymPrecision: no row ${i} in a table of ${E.count}`);
      const own = synonyms.get(i) ?? new Set<number>();
      for (const j of set) if (j !== i) own.add(j);
      synonyms.set(i, own);
    }
  }
  let words = 0;
  let precision = 0;
  let hits = 0;
  for (const [i, own] of synonyms) {
    if (own.size === 0) continue;
    words += 1;
    const row = E.data.subarray(i * E.dim, (i + 1) * E.dim);
    const near = norms[i] === 0 ? [] : nearestRows(E, row, k, { exclude: [i], norms });
    const good = near.filter((n) => own.has(n.index)).length;
    precision += good / k;
    if (good > 0) hits += 1;
  }
  return {
    words,
    precision: words > 0 ? precision / words : Number.NaN,
    hitRate: words > 0 ? hits / words : Number.NaN,
  };
}
