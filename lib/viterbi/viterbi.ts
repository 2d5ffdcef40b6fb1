/**
 * The best reading of a lattice of candidates: Viterbi's dynamic programme, a tracing variant for the stepper,
 * and brute force over every path as its reference.
 *
 * A lattice has n positions; position t holds lₜ candidates, each a token with an image log-probability
 * log W(s). A path picks one candidate per position and scores
 *   log f = log W(s₁) + Σᵢ₌₂ⁿ (log P(sᵢ | sᵢ₋₁) + log W(sᵢ)),
 * the logarithm of the post's f = W(s₁)·Πᵢ P(sᵢ|sᵢ₋₁)·W(sᵢ) (kexue.fm/archives/3842). Scores are summed in this
 * order, left to right, by every function here, so equal paths give bit-identical scores.
 *
 * Decisions shared by all functions:
 * - NaN (as a log-probability or a transition) counts as −Infinity: an impossible candidate or step.
 * - +Infinity (either kind) throws RangeError: a log-probability cannot exceed every finite value.
 * - A position with no candidates throws RangeError naming the position.
 * - The empty lattice has one path, the empty one, with score 0.
 * - No finite path (every path −Infinity): the result is candidate 0 at every position, score −Infinity.
 * - Ties: among paths of equal score, the one whose index sequence is smallest read from the end wins (the
 *   lowest last index, then the lowest index before it, and so on): what the backpointers give when each
 *   step keeps the lowest-index best predecessor. When rounding makes two different real sums equal, a path
 *   is also preferred over one that shares its candidates from position t on if its prefix ending at t scores
 *   higher (Viterbi keeps only the best prefix per candidate). {@link bruteForce} applies the same rule, so the
 *   two agree exactly, bit for bit.
 */

/** One candidate reading at a position: its token (usually one character) and its natural-log probability. */
export interface Candidate {
  /** The text this candidate stands for, passed to the transition function. */
  token: string;
  /** log W(token): natural log; −Infinity allowed (impossible), NaN treated as −Infinity. */
  logProb: number;
}

/** Candidates per position: `lattice[t][k]` is candidate k at position t. */
export type Lattice = readonly (readonly Candidate[])[];

/** log P(next | prev), natural log; −Infinity allowed (a forbidden step), NaN treated as −Infinity. */
export type LogTransition = (prev: string, next: string) => number;

/** A best path: its tokens, the candidate index at each position, and its total log-score. */
export interface ViterbiResult {
  /** `path[t]` = `lattice[t][indices[t]].token`. */
  path: string[];
  /** Candidate index per position. */
  indices: number[];
  /** log f of the path; 0 for the empty lattice, −Infinity when no path is possible. */
  logScore: number;
}

/** One column of the dynamic programme. */
export interface ViterbiStep {
  /** The position t this column belongs to. */
  position: number;
  /** scores[k]: the best log-score of a path from position 0 that ends at candidate k of position t. */
  scores: Float64Array;
  /** back[k]: the candidate of position t − 1 on that best path; −1 at position 0 or when scores[k] = −∞. */
  back: Int32Array;
}

/** Everything the dynamic programme computed, for drawing it step by step. */
export interface ViterbiTrace {
  /** The same result as {@link viterbi}. */
  result: ViterbiResult;
  /** One column per position, in order. */
  steps: ViterbiStep[];
  /**
   * The candidate index per position as the backtrace fills it, from the last position to the first
   * (`backtrace[0]` is the last position's candidate); reversed, it equals `result.indices`.
   */
  backtrace: number[];
  /** Work counts: `transitions` = Σₜ lₜ₋₁·lₜ calls of logTransition; `paths` = Πₜ lₜ (capped at 1e300). */
  work: { transitions: number; paths: number };
}

/** A path with its log-score, as listed by {@link allPaths}. */
export interface ScoredPath {
  path: string[];
  indices: number[];
  logScore: number;
}

/** The cap of `work.paths`: Π lₜ can exceed the largest double for long lattices. */
export const PATH_COUNT_CAP = 1e300;

/**
 * A log-probability as every function here reads it: NaN becomes −Infinity (impossible); +Infinity throws
 * RangeError naming `where`, since no log-probability exceeds every finite value.
 *
 * @example cleanLogProb(Number.NaN, 'logProb'); // -Infinity
 */
export function cleanLogProb(x: number, where: string): number {
  if (Number.isNaN(x)) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) throw new RangeError(`${where} is +Infinity`);
  return x;
}

function checkLattice(fn: string, lattice: Lattice): void {
  for (let t = 0; t < lattice.length; t++) {
    if ((lattice[t] as readonly Candidate[]).length === 0) {
      throw new RangeError(`${fn}: position ${t} has no candidates`);
    }
  }
}

function logProbAt(fn: string, lattice: Lattice, t: number, k: number): number {
  const c = (lattice[t] as readonly Candidate[])[k] as Candidate;
  return cleanLogProb(c.logProb, `${fn}: logProb of candidate ${k} at position ${t}`);
}

function transitionAt(fn: string, logTransition: LogTransition, prev: string, next: string): number {
  return cleanLogProb(logTransition(prev, next), `${fn}: logTransition('${prev}', '${next}')`);
}

/**
 * The work of decoding a lattice whose columns have `sizes` l₀ … lₙ₋₁ candidates: Viterbi evaluates
 * `transitions` = Σₜ₌₁ lₜ₋₁·lₜ transitions, brute force scores `paths` = Π lₜ paths (capped at
 * {@link PATH_COUNT_CAP}, since the product overflows for long lattices). The empty lattice has one (empty)
 * path and no transitions; a column of 0 candidates gives 0 paths. These are the `work` of {@link viterbiTrace}.
 *
 * @example latticeWork([2, 3, 3]); // { transitions: 15, paths: 18 }
 */
export function latticeWork(sizes: readonly number[]): { transitions: number; paths: number } {
  let transitions = 0;
  let paths = 1;
  for (let t = 0; t < sizes.length; t++) {
    const l = sizes[t] as number;
    if (t > 0) transitions += (sizes[t - 1] as number) * l;
    paths = Math.min(PATH_COUNT_CAP, paths * l);
  }
  return { transitions, paths };
}

const sizesOf = (lattice: Lattice) => lattice.map((column) => column.length);

function resultFromIndices(lattice: Lattice, indices: number[], logScore: number): ViterbiResult {
  return {
    path: indices.map((k, t) => ((lattice[t] as readonly Candidate[])[k] as Candidate).token),
    indices,
    logScore,
  };
}

/**
 * Viterbi's dynamic programme, keeping every column, the backtrace and the work done, for the stepper.
 *
 * Column 0: scores[k] = log W(candidate k). Column t: scores[k] = maxⱼ (prev[j] + log P(k | j)) + log W(k),
 * back[k] = the lowest j attaining the maximum (−1 if it is −∞). The best path ends at the lowest k with
 * the largest last-column score and follows the backpointers. Cost O(Σ lₜ₋₁·lₜ) = O(n·l²) calls of
 * logTransition (every pair is evaluated, even from impossible candidates, so `work.transitions` is exact).
 * Edges as in the module comment: empty lattice → empty path, score 0, no steps; no finite path → candidate 0
 * everywhere and score −∞ (the backtrace then lists zeros); RangeError for an empty position or +∞.
 *
 * @example
 * const lattice = [[{ token: '电', logProb: Math.log(0.99996) }], [{ token: '视', logProb: Math.log(0.12148) }]];
 * viterbiTrace(lattice, () => Math.log(0.5)).work; // { transitions: 1, paths: 1 }
 */
export function viterbiTrace(lattice: Lattice, logTransition: LogTransition): ViterbiTrace {
  const fn = 'viterbiTrace';
  checkLattice(fn, lattice);
  const n = lattice.length;
  const work = { transitions: 0, paths: latticeWork(sizesOf(lattice)).paths };
  if (n === 0) return { result: { path: [], indices: [], logScore: 0 }, steps: [], backtrace: [], work };

  const steps: ViterbiStep[] = [];
  const first = lattice[0] as readonly Candidate[];
  const scores0 = new Float64Array(first.length);
  for (let k = 0; k < first.length; k++) scores0[k] = logProbAt(fn, lattice, 0, k);
  steps.push({ position: 0, scores: scores0, back: new Int32Array(first.length).fill(-1) });

  for (let t = 1; t < n; t++) {
    const prevColumn = lattice[t - 1] as readonly Candidate[];
    const column = lattice[t] as readonly Candidate[];
    const prevScores = (steps[t - 1] as ViterbiStep).scores;
    const scores = new Float64Array(column.length);
    const back = new Int32Array(column.length);
    for (let k = 0; k < column.length; k++) {
      const lp = logProbAt(fn, lattice, t, k);
      const token = (column[k] as Candidate).token;
      let best = Number.NEGATIVE_INFINITY;
      let arg = -1;
      for (let j = 0; j < prevColumn.length; j++) {
        const tr = transitionAt(fn, logTransition, (prevColumn[j] as Candidate).token, token);
        work.transitions += 1;
        // The full sum, in the same order as a path's score, so ties match bruteForce bit for bit.
        const s = (prevScores[j] as number) + tr + lp;
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      scores[k] = best;
      back[k] = arg;
    }
    steps.push({ position: t, scores, back });
  }

  const last = (steps[n - 1] as ViterbiStep).scores;
  let end = 0;
  for (let k = 1; k < last.length; k++) if ((last[k] as number) > (last[end] as number)) end = k;
  const logScore = last[end] as number;
  const backtrace: number[] = [];
  if (logScore === Number.NEGATIVE_INFINITY) {
    for (let t = 0; t < n; t++) backtrace.push(0);
  } else {
    let k = end;
    for (let t = n - 1; t >= 0; t--) {
      backtrace.push(k);
      k = (steps[t] as ViterbiStep).back[k] as number;
    }
  }
  const indices = backtrace.slice().reverse();
  return { result: resultFromIndices(lattice, indices, logScore), steps, backtrace, work };
}

/**
 * The comparison Viterbi makes for candidate `k` of position `t` ≥ 1: for each candidate j of position t − 1,
 * the best log-score of a path ending at j (`trace.steps[t − 1].scores[j]`) plus log P(k | j), NaN counting as
 * −∞. The lowest j of the largest entry is `trace.steps[t].back[k]`, and that entry plus log W(k) is
 * `trace.steps[t].scores[k]` (up to the rounding of the sum's order). RangeError for t outside [1, n − 1] or
 * k outside the column.
 *
 * @example
 * // The post's lattice: into 视, from 电 log 0.99996 + log(12426/145001); from 宙 −∞ (never counted).
 * predecessorScores(POST_LATTICE, viterbiTrace(POST_LATTICE, mle.logProb), mle.logProb, 1, 1); // [−2.457, −∞]
 */
export function predecessorScores(
  lattice: Lattice,
  trace: ViterbiTrace,
  logTransition: LogTransition,
  t: number,
  k: number,
): number[] {
  const fn = 'predecessorScores';
  const column = lattice[t];
  if (!Number.isInteger(t) || t < 1 || !column || !trace.steps[t - 1]) {
    throw new RangeError(`${fn}: position ${t} has no predecessor in a lattice of ${lattice.length}`);
  }
  const candidate = column[k];
  if (!Number.isInteger(k) || !candidate) {
    throw new RangeError(`${fn}: candidate ${k} outside position ${t}'s ${column.length}`);
  }
  const prev = (trace.steps[t - 1] as ViterbiStep).scores;
  return (lattice[t - 1] as readonly Candidate[]).map(
    (c, j) => (prev[j] as number) + transitionAt(fn, logTransition, c.token, candidate.token),
  );
}

/**
 * The best path: argmax over paths of log W(s₁) + Σᵢ (log P(sᵢ|sᵢ₋₁) + log W(sᵢ)), by dynamic programming in
 * O(n·l²) (the post's f = W(s₁)·Πᵢ P(sᵢ|sᵢ₋₁)·W(sᵢ) in logs).
 *
 * Ties, NaN, −∞ and the empty lattice as in the module comment: the result equals {@link bruteForce}'s
 * exactly (indices and score). No finite path → candidate 0 at every position with score −Infinity.
 * Throws RangeError for a position without candidates or a +Infinity log-probability.
 *
 * @example
 * // The post's example: the image model prefers 柳, the bigram 电视 wins (f ≈ 0.0104099).
 * const lattice = [
 *   [{ token: '电', logProb: Math.log(0.99996) }, { token: '宙', logProb: Math.log(0.00004) }],
 *   [{ token: '柳', logProb: Math.log(0.87838) }, { token: '视', logProb: Math.log(0.12148) }],
 * ];
 * viterbi(lattice, (a, b) => Math.log(a + b === '电视' ? 12426 / 145001 : 0)).path; // ['电', '视']
 */
export function viterbi(lattice: Lattice, logTransition: LogTransition): ViterbiResult {
  return viterbiTrace(lattice, logTransition).result;
}

/**
 * Every path of the lattice with its log-score, in lexicographic order of the index sequences (the last
 * position varies fastest), for small lattices (the post's two-character figure has 2·3 = 6 paths).
 *
 * Scores are summed left to right exactly as {@link viterbi} sums them. The empty lattice gives one empty
 * path with score 0. Throws RangeError when Π lₜ exceeds `limit` (default 10 000), for an empty position,
 * or for a +Infinity log-probability; NaN counts as −Infinity.
 *
 * @example
 * allPaths([[{ token: 'a', logProb: 0 }], [{ token: 'b', logProb: -1 }, { token: 'c', logProb: -2 }]], () => 0)
 *   .map((p) => p.logScore); // [-1, -2]
 */
export function allPaths(lattice: Lattice, logTransition: LogTransition, limit = 10_000): ScoredPath[] {
  const out: ScoredPath[] = [];
  const n = lattice.length;
  forEachPath('allPaths', lattice, logTransition, limit, (indices, prefix) => {
    out.push(resultFromIndices(lattice, indices.slice(), n === 0 ? 0 : (prefix[n - 1] as number)));
  });
  return out;
}

/**
 * Calls `visit(indices, prefix)` for every path in lexicographic order (the last position fastest), where
 * prefix[t] is the score of the path's first t + 1 positions summed left to right; both arrays are reused
 * between calls. Only the prefix sums from the first changed position on are recomputed.
 */
function forEachPath(
  fn: string,
  lattice: Lattice,
  logTransition: LogTransition,
  limit: number,
  visit: (indices: number[], prefix: number[]) => void,
): void {
  checkLattice(fn, lattice);
  const total = latticeWork(sizesOf(lattice)).paths;
  if (total > limit) throw new RangeError(`${fn}: ${total} paths exceed the limit of ${limit}`);
  const n = lattice.length;
  const indices = new Array<number>(n).fill(0);
  const prefix = new Array<number>(n).fill(0);
  let from = 0;
  for (let p = 0; p < total; p++) {
    for (let t = from; t < n; t++) {
      const k = indices[t] as number;
      const lp = logProbAt(fn, lattice, t, k);
      if (t === 0) prefix[0] = lp;
      else {
        const prev = ((lattice[t - 1] as readonly Candidate[])[indices[t - 1] as number] as Candidate).token;
        const next = ((lattice[t] as readonly Candidate[])[k] as Candidate).token;
        prefix[t] = (prefix[t - 1] as number) + transitionAt(fn, logTransition, prev, next) + lp;
      }
    }
    visit(indices, prefix);
    for (let t = n - 1; t >= 0; t--) {
      indices[t] = (indices[t] as number) + 1;
      from = t;
      if ((indices[t] as number) < (lattice[t] as readonly Candidate[]).length) break;
      indices[t] = 0;
    }
  }
}

/**
 * The best path by trying every path: the reference {@link viterbi} is tested against.
 *
 * Same objective, summation order, tie rule and edges as {@link viterbi} (see the module comment): among
 * equal scores, the index sequence smallest read from the end wins (with the prefix-score rule for rounding
 * ties). No finite path → candidate 0 everywhere with score −Infinity. Throws
 * RangeError beyond `limit` paths (default 10 000), for an empty position, or for +Infinity.
 *
 * @example
 * bruteForce([[{ token: 'a', logProb: -1 }, { token: 'b', logProb: -1 }]], () => 0).indices; // [0]
 */
export function bruteForce(lattice: Lattice, logTransition: LogTransition, limit = 10_000): ViterbiResult {
  const n = lattice.length;
  let bestIndices: number[] | undefined;
  let bestPrefix: number[] = [];
  forEachPath('bruteForce', lattice, logTransition, limit, (indices, prefix) => {
    if (n === 0 || prefix[n - 1] === Number.NEGATIVE_INFINITY) return;
    if (bestIndices === undefined || beats(prefix, indices, bestPrefix, bestIndices)) {
      bestIndices = indices.slice();
      bestPrefix = prefix.slice();
    }
  });
  if (n === 0) return { path: [], indices: [], logScore: 0 };
  if (bestIndices === undefined) {
    return resultFromIndices(lattice, new Array<number>(n).fill(0), Number.NEGATIVE_INFINITY);
  }
  return resultFromIndices(lattice, bestIndices, bestPrefix[n - 1] as number);
}

/**
 * Whether path A beats path B (equal lengths, both finite): higher score; then, from the last position
 * backwards, lower candidate index, then (same candidate) higher score of the prefix ending there.
 */
function beats(prefixA: number[], indicesA: number[], prefixB: number[], indicesB: number[]): boolean {
  const n = indicesA.length;
  const finalA = prefixA[n - 1] as number;
  const finalB = prefixB[n - 1] as number;
  if (finalA !== finalB) return finalA > finalB;
  for (let t = n - 1; t >= 0; t--) {
    const ka = indicesA[t] as number;
    const kb = indicesB[t] as number;
    if (ka !== kb) return ka < kb;
    const sa = prefixA[t] as number;
    const sb = prefixB[t] as number;
    if (sa !== sb) return sa > sb;
  }
  return false;
}
