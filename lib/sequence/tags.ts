/**
 * The x / s / b / m / e tag scheme of the BiLSTM entity article (kexue.fm/archives/3942): every word is outside an
 * entity (x), a one-word entity (s), or the beginning, middle or end of a longer one (b, m, e). Spans ↔ tags, which
 * sequences a transition table allows, greedy and constrained (Viterbi) decoding of per-word tag probabilities on
 * lib/viterbi, the post's best-span rule, and span-level precision / recall / F1.
 */
import { bruteForce, type Lattice, type ViterbiTrace, viterbi, viterbiTrace } from '../viterbi/viterbi';

/** The tags, in the order per-word probability vectors list them. */
export const TAGS = ['x', 's', 'b', 'm', 'e'] as const;
/** One tag. */
export type Tag = (typeof TAGS)[number];

/** A span of words [start, end) (end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Transition probabilities P(next | prev); a pair left out (or 0) is forbidden. */
export type TransitionTable = Readonly<Record<Tag, Readonly<Partial<Record<Tag, number>>>>>;

/**
 * The post's table: x→x 0.15, x→s 0.15, x→b 0.7, s→x 1, b→m 0.5, b→e 0.5, m→m 0.5, m→e 0.5, e→x 1. Entities are
 * separated by at least one x.
 */
export const POST_TRANSITIONS: TransitionTable = {
  x: { x: 0.15, s: 0.15, b: 0.7 },
  s: { x: 1 },
  b: { m: 0.5, e: 0.5 },
  m: { m: 0.5, e: 0.5 },
  e: { x: 1 },
};

/** Tags a sentence may start with: an entity cannot start in its middle or at its end. */
export const START_TAGS: readonly Tag[] = ['x', 's', 'b'];
/** Tags a sentence may end with: an entity cannot end at its beginning or in its middle. */
export const END_TAGS: readonly Tag[] = ['x', 's', 'e'];

/**
 * The tags of n words with the given entity spans: s for a one-word span, b m… e for a longer one, x elsewhere.
 * Throws RangeError for a span outside [0, n), an empty span, or overlapping spans.
 * @example
 * spansToTags(5, [{ start: 1, end: 2 }, { start: 2, end: 5 }]); // ['x', 's', 'b', 'm', 'e']
 */
export function spansToTags(n: number, spans: readonly Span[]): Tag[] {
  const tags: Tag[] = new Array(n).fill('x');
  const taken = new Uint8Array(n);
  for (const { start, end } of spans) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= n && start < end))
      throw new RangeError(`spansToTags: span [${start}, ${end}) does not fit ${n} words`);
    for (let i = start; i < end; i++) {
      if (taken[i]) throw new RangeError(`spansToTags: spans overlap at word ${i}`);
      taken[i] = 1;
      tags[i] = end - start === 1 ? 's' : i === start ? 'b' : i === end - 1 ? 'e' : 'm';
    }
  }
  return tags;
}

/**
 * The entity spans a tag sequence spells out: each s, and each b m* e run; fragments that do not close (a b
 * without its e, an m or e without a b) spell nothing. Spans come in order.
 * @example
 * tagsToSpans(['x', 's', 'b', 'm', 'e', 'm', 'x']); // [{ start: 1, end: 2 }, { start: 2, end: 5 }]
 */
export function tagsToSpans(tags: readonly Tag[]): Span[] {
  const spans: Span[] = [];
  let open = -1;
  tags.forEach((t, i) => {
    if (t === 's') {
      spans.push({ start: i, end: i + 1 });
      open = -1;
    } else if (t === 'b') open = i;
    else if (t === 'e') {
      if (open >= 0) spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (t === 'x') open = -1;
    // An m keeps an open span open and opens none.
  });
  return spans;
}

/**
 * Whether the table allows the sequence: it starts with a START_TAGS tag, ends with an END_TAGS tag, and every
 * step has a positive probability. The empty sequence is legal.
 * @example
 * isLegal(['x', 'b', 'e'], POST_TRANSITIONS); // true
 * isLegal(['x', 's', 's'], POST_TRANSITIONS); // false: s→s is not in the post's table
 */
export function isLegal(tags: readonly Tag[], table: TransitionTable = POST_TRANSITIONS): boolean {
  if (tags.length === 0) return true;
  if (!START_TAGS.includes(tags[0] as Tag) || !END_TAGS.includes(tags[tags.length - 1] as Tag)) return false;
  for (let i = 1; i < tags.length; i++)
    if (!((table[tags[i - 1] as Tag][tags[i] as Tag] ?? 0) > 0)) return false;
  return true;
}

/** One rule a tag sequence breaks: it starts or ends with the wrong tag, or steps where the table forbids it. */
export type IllegalStep =
  | { readonly kind: 'start'; readonly at: 0; readonly tag: Tag }
  | { readonly kind: 'end'; readonly at: number; readonly tag: Tag }
  /** Words at − 1 and at carry `from` and `to`, and T(from → to) is 0 or absent. */
  | { readonly kind: 'step'; readonly at: number; readonly from: Tag; readonly to: Tag };

/**
 * Every rule the sequence breaks, in word order: a first tag outside START_TAGS ('start'), each step i − 1 → i
 * the table gives no positive probability ('step', at = i), a last tag outside END_TAGS ('end'). Empty exactly
 * when {@link isLegal} holds; the empty sequence breaks nothing. A one-word sequence can break both the start
 * and the end rule (an 'm', say).
 * @example
 * illegalSteps(['b', 'x', 'e']);
 * // [{ kind: 'step', at: 1, from: 'b', to: 'x' }, { kind: 'step', at: 2, from: 'x', to: 'e' }]
 */
export function illegalSteps(tags: readonly Tag[], table: TransitionTable = POST_TRANSITIONS): IllegalStep[] {
  const out: IllegalStep[] = [];
  const n = tags.length;
  if (n === 0) return out;
  const first = tags[0] as Tag;
  if (!START_TAGS.includes(first)) out.push({ kind: 'start', at: 0, tag: first });
  for (let i = 1; i < n; i++) {
    const from = tags[i - 1] as Tag;
    const to = tags[i] as Tag;
    if (!((table[from][to] ?? 0) > 0)) out.push({ kind: 'step', at: i, from, to });
  }
  const last = tags[n - 1] as Tag;
  if (!END_TAGS.includes(last)) out.push({ kind: 'end', at: n - 1, tag: last });
  return out;
}

/**
 * A transition table as a 5×5 matrix in TAGS order: row = the tag before, column = the tag after, an absent
 * pair as 0 (what a grid editor and a URL hold).
 * @example
 * transitionRows(POST_TRANSITIONS)[0]; // [0.15, 0.15, 0.7, 0, 0]: x → x, s, b
 */
export function transitionRows(table: TransitionTable): number[][] {
  return TAGS.map((from) => TAGS.map((to) => table[from][to] ?? 0));
}

/**
 * The table a 5×5 matrix (rows and columns in TAGS order, 0 = forbidden) stands for, or POST_TRANSITIONS with
 * a notice when the matrix is not 5×5 or has a negative, NaN or infinite entry (so a stale or hand-written link
 * never breaks a figure). Rows need not sum to 1: Viterbi uses the numbers as they are.
 * @example
 * resolveTransitionRows([[1, 0, 0, 0, 0]]).notice; // 'The transition table is 1×5, not 5×5; using the post’s table.'
 */
export function resolveTransitionRows(rows: readonly (readonly number[])[]): {
  table: TransitionTable;
  notice: string | null;
} {
  const fallback = (why: string) => ({ table: POST_TRANSITIONS, notice: `${why}; using the post’s table.` });
  const cols = rows[0]?.length ?? 0;
  if (rows.length !== TAGS.length || rows.some((r) => r.length !== TAGS.length))
    return fallback(`The transition table is ${rows.length}×${cols}, not 5×5`);
  for (const r of rows)
    for (const v of r)
      if (!(v >= 0 && Number.isFinite(v)))
        return fallback(`The transition table has the entry ${v}, not a non-negative number`);
  const table = Object.fromEntries(
    TAGS.map((from, i) => [from, Object.fromEntries(TAGS.map((to, j) => [to, (rows[i] as number[])[j]]))]),
  ) as unknown as TransitionTable;
  return { table, notice: null };
}

/** How far a row of edited probabilities may sum from 1 before it is renormalised with a notice. */
export const TAG_PROB_SUM_TOLERANCE = 0.01;

/**
 * The per-word tag probabilities in use: `base` (a source's n×5 rows), or `edited` when it is a usable n×5
 * edit of them. An empty edit means "not edited"; an edit of another shape, or with a row of no positive
 * entry, is ignored with a notice; a row summing further than TAG_PROB_SUM_TOLERANCE from 1 is divided by its
 * sum, with a notice (rows rounded for a URL keep their sums within it and are used as they are).
 * @example
 * resolveTagProbs([[1, 0, 0, 0, 0]], [[0.5, 0.5, 0, 0, 0]]).edited; // true
 */
export function resolveTagProbs(
  base: readonly (readonly number[])[],
  edited: readonly (readonly number[])[],
): { probs: number[][]; edited: boolean; notices: string[] } {
  const unedited = (notice?: string) => ({
    probs: base.map((r) => [...r]),
    edited: false,
    notices: notice ? [notice] : [],
  });
  if (edited.length === 0) return unedited();
  const n = base.length;
  if (edited.length !== n || edited.some((r) => r.length !== TAGS.length))
    return unedited(
      `The edited probabilities are ${edited.length}×${edited[0]?.length ?? 0}, but the sentence needs ${n}×5; using its own.`,
    );
  const notices: string[] = [];
  const probs: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = (edited[i] as number[]).map((p) => (p >= 0 && Number.isFinite(p) ? Math.min(1, p) : 0));
    const sum = row.reduce((a, b) => a + b, 0);
    if (!(sum > 0))
      return unedited(`Word ${i + 1} has no positive tag probability; using the sentence’s own.`);
    if (Math.abs(sum - 1) > TAG_PROB_SUM_TOLERANCE) {
      notices.push(`Word ${i + 1}’s probabilities summed to ${Number(sum.toFixed(4))}; divided by that sum.`);
      probs.push(row.map((p) => p / sum));
    } else probs.push(row);
  }
  return { probs, edited: true, notices };
}

function checkProbs(fn: string, probs: readonly (readonly number[])[]): void {
  probs.forEach((row, i) => {
    if (row.length !== TAGS.length)
      throw new RangeError(`${fn}: word ${i} has ${row.length} tag probabilities, not 5`);
    for (const p of row)
      if (!(p >= 0 && p <= 1)) throw new RangeError(`${fn}: word ${i} has a probability ${p}`);
  });
}

/**
 * The most probable tag of each word on its own (argmax; ties to the earlier tag in TAGS). Can be illegal.
 * @example
 * greedyTags([[0.1, 0, 0.5, 0.4, 0], [0.6, 0, 0, 0.4, 0]]); // ['b', 'x'], which no table allows
 */
export function greedyTags(probs: readonly (readonly number[])[]): Tag[] {
  checkProbs('greedyTags', probs);
  return probs.map((row) => {
    let best = 0;
    for (let k = 1; k < row.length; k++) if ((row[k] as number) > (row[best] as number)) best = k;
    return TAGS[best] as Tag;
  });
}

/** The lattice and transition function of a constrained decode (start and end tags enforced through the lattice). */
function tagLattice(probs: readonly (readonly number[])[], table: TransitionTable) {
  const n = probs.length;
  const lattice: Lattice = probs.map((row, i) =>
    TAGS.map((tag, k) => ({
      token: tag,
      logProb:
        (i === 0 && !START_TAGS.includes(tag)) || (i === n - 1 && !END_TAGS.includes(tag))
          ? Number.NEGATIVE_INFINITY
          : Math.log(row[k] as number),
    })),
  );
  const logTransition = (prev: string, next: string) => Math.log(table[prev as Tag][next as Tag] ?? 0);
  return { lattice, logTransition };
}

/**
 * The tag sequence that maximises Σ log P(tagᵢ | word i) + Σ log T(tagᵢ₋₁ → tagᵢ) under the table, with the
 * start and end rules: Viterbi on lib/viterbi, so it never emits an illegal sequence while a legal one has
 * positive probability. When none has (every legal path meets a zero), the result is null.
 * @example
 * viterbiTags([[0.1, 0, 0.5, 0.4, 0], [0.6, 0, 0, 0.4, 0]])?.tags; // ['b', 'e']: the best legal reading
 */
export function viterbiTags(
  probs: readonly (readonly number[])[],
  table: TransitionTable = POST_TRANSITIONS,
): { tags: Tag[]; logScore: number } | null {
  checkProbs('viterbiTags', probs);
  const { lattice, logTransition } = tagLattice(probs, table);
  const r = viterbi(lattice, logTransition);
  if (r.logScore === Number.NEGATIVE_INFINITY) return null;
  return { tags: r.path as Tag[], logScore: r.logScore };
}

/**
 * The dynamic programme behind {@link viterbiTags}, for drawing it: lib/viterbi's trace of the tag lattice (one
 * column per word, one candidate per tag in TAGS order, log P(tag | word) with the start and end rules as −∞,
 * log T as transitions). `steps[i].scores[k]` is the best log-score of a legal path over words 0…i ending in
 * tag k (−∞ when none), `back[k]` its tag at word i − 1; `result.logScore` is −∞ exactly when viterbiTags is null.
 * @example
 * viterbiTagTrace([[0.1, 0, 0.5, 0.4, 0], [0.6, 0, 0, 0.4, 0]]).steps[1].back[0]; // 0: x after x
 */
export function viterbiTagTrace(
  probs: readonly (readonly number[])[],
  table: TransitionTable = POST_TRANSITIONS,
): ViterbiTrace {
  checkProbs('viterbiTagTrace', probs);
  const { lattice, logTransition } = tagLattice(probs, table);
  return viterbiTrace(lattice, logTransition);
}

/** The same decode by trying every sequence (5ⁿ; for tests and small examples only). */
export function bruteForceTags(
  probs: readonly (readonly number[])[],
  table: TransitionTable = POST_TRANSITIONS,
): { tags: Tag[]; logScore: number } | null {
  checkProbs('bruteForceTags', probs);
  const { lattice, logTransition } = tagLattice(probs, table);
  const r = bruteForce(lattice, logTransition, 5 ** 9);
  if (r.logScore === Number.NEGATIVE_INFINITY) return null;
  return { tags: r.path as Tag[], logScore: r.logScore };
}

/**
 * Every span of `tags` (as tagsToSpans lists them, in order) with the mean log of its words' own tag
 * probabilities (each word's probability of the tag the span gives it): the score the post ranks entities by.
 * A word of probability 0 makes its span's mean −∞.
 * @example
 * scoredSpans([[0.1, 0.8, 0, 0, 0.1], [0.9, 0, 0, 0, 0.1]], ['s', 'x']);
 * // [{ span: { start: 0, end: 1 }, meanLogProb: Math.log(0.8) }]
 */
export function scoredSpans(
  probs: readonly (readonly number[])[],
  tags: readonly Tag[],
): { span: Span; meanLogProb: number }[] {
  checkProbs('scoredSpans', probs);
  return tagsToSpans(tags).map((span) => {
    let sum = 0;
    for (let i = span.start; i < span.end; i++)
      sum += Math.log((probs[i] as number[])[TAGS.indexOf(tags[i] as Tag)] as number);
    return { span, meanLogProb: sum / (span.end - span.start) };
  });
}

/**
 * The post's choice of one core entity: among the spans of `tags`, the one whose words' own tag probabilities
 * have the highest mean log ({@link scoredSpans}; ties to the earlier span); null without a span.
 * @example
 * bestSpan(probs, ['x', 's', 'x', 'b', 'e']); // the s or the b e span, whichever is surer on average
 */
export function bestSpan(
  probs: readonly (readonly number[])[],
  tags: readonly Tag[],
): { span: Span; meanLogProb: number } | null {
  let best: { span: Span; meanLogProb: number } | null = null;
  for (const s of scoredSpans(probs, tags)) if (!best || s.meanLogProb > best.meanLogProb) best = s;
  return best;
}

/** Span-level counts and scores: a predicted span is right only if a gold span has exactly its start and end. */
export interface SpanScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** tp/(tp + fp), NaN without predicted spans. */
  readonly precision: number;
  /** tp/(tp + fn), NaN without gold spans. */
  readonly recall: number;
  /** 2pr/(p + r); 0 when p or r is 0, NaN when either is NaN. */
  readonly f1: number;
}

/**
 * Precision, recall and F1 of predicted spans against gold spans over a list of sentences (exact matches).
 * Throws RangeError when the lists differ in length.
 * @example
 * spanScore([[{ start: 0, end: 2 }]], [[{ start: 0, end: 2 }, { start: 3, end: 4 }]]).precision; // 0.5
 */
export function spanScore(
  gold: readonly (readonly Span[])[],
  predicted: readonly (readonly Span[])[],
): SpanScore {
  if (gold.length !== predicted.length)
    throw new RangeError(`spanScore: ${gold.length} gold sentences, ${predicted.length} predicted`);
  let tp = 0;
  let nGold = 0;
  let nPred = 0;
  gold.forEach((g, k) => {
    const keys = new Set(g.map((s) => `${s.start}:${s.end}`));
    const p = predicted[k] as readonly Span[];
    nGold += g.length;
    nPred += p.length;
    for (const s of new Set(p.map((s) => `${s.start}:${s.end}`))) if (keys.has(s)) tp += 1;
  });
  const precision = nPred === 0 ? Number.NaN : tp / nPred;
  const recall = nGold === 0 ? Number.NaN : tp / nGold;
  const f1 =
    Number.isNaN(precision) || Number.isNaN(recall)
      ? Number.NaN
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: nPred - tp, falseNegatives: nGold - tp, precision, recall, f1 };
}
