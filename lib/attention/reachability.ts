/**
 * Receptive fields of stacked attention layers: which inputs can influence which outputs.
 *
 * Layer ℓ's mask Mℓ has a row for each of its outputs o, listing the positions j of the previous layer that o
 * reads. Input i reaches output o through the stack when a path i → j₁ → … → o exists, one step per layer:
 * R = M_L ∘ … ∘ M₂ ∘ M₁ as boolean matrix products, R[o][i] = OR_j M_L[o][j] ∧ R_{L−1}[j][i].
 *
 * Source of the claim tested here: Su Jianlin, "为节约而生：从标准Attention到稀疏Attention"
 * (kexue.fm/archives/6853, 2019): a Local layer followed by an Atrous layer lets every output see every input.
 *
 * Rows are stored as bitsets (32 inputs per Uint32Array word), so one layer costs O(nnz(Mℓ) · ⌈n/32⌉) word
 * operations: at n = 1024 a band of 2k + 1 = 65 keys per row is about 2·10⁶ word ORs.
 */

import type { Mask } from '../linalg';
import { maskToRowLists, type RowLists } from './attention';

/** Which pairs count as "everything": all n×m pairs, or only the causal ones (input i ≤ output o). */
export type CoverageTarget = 'all' | 'past';

/**
 * Rows of a boolean matrix as bitsets: row o's bit i is word `o * words + (i >>> 5)`, bit `i & 31`; bits past
 * `cols` in the last word stay 0. Each row also records the span [lo, hi] of its nonzero words (lo > hi when
 * empty) and whether it is full, so products skip empty words and stop early at a full row.
 */
interface BitRows {
  rows: number;
  cols: number;
  /** Words per row, ⌈cols / 32⌉. */
  words: number;
  bits: Uint32Array;
  lo: Int32Array;
  hi: Int32Array;
  full: Uint8Array;
}

function shape(m: { rows: number; cols: number }): string {
  return `${m.rows}×${m.cols}`;
}

function checkMask(fn: string, mask: Mask, index: number): void {
  const { rows, cols, data } = mask;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`${fn}: mask ${index + 1} has an invalid shape ${shape(mask)}`);
  }
  if (data.length !== rows * cols) {
    throw new Error(`${fn}: mask ${index + 1} is ${shape(mask)} but holds ${data.length} entries`);
  }
}

/** Checks that each mask's columns are the previous mask's rows (layer ℓ reads layer ℓ − 1's outputs). */
function checkChain(fn: string, masks: readonly Mask[]): void {
  if (masks.length === 0) throw new RangeError(`${fn}: needs at least one mask (layer)`);
  masks.forEach((m, t) => {
    checkMask(fn, m, t);
  });
  for (let t = 1; t < masks.length; t++) {
    if (masks[t].cols !== masks[t - 1].rows) {
      throw new Error(
        `${fn}: masks ${t} and ${t + 1} do not chain: ${shape(masks[t - 1])} then ${shape(masks[t])} ` +
          `(layer ${t + 1} must read the ${masks[t - 1].rows} outputs of layer ${t})`,
      );
    }
  }
}

/** A full row: every bit below `cols` set. */
function fullRow(cols: number): Uint32Array {
  const words = (cols + 31) >>> 5;
  const row = new Uint32Array(words).fill(0xffffffff);
  if ((cols & 31) !== 0) row[words - 1] = (1 << (cols & 31)) - 1;
  return row;
}

/** Fills in the spans and full flags of freshly computed bits. O(rows · words). */
function withSpans(rows: number, cols: number, bits: Uint32Array): BitRows {
  const words = (cols + 31) >>> 5;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  const full = new Uint8Array(rows);
  const template = fullRow(cols);
  for (let o = 0; o < rows; o++) {
    const start = o * words;
    let a = 0;
    while (a < words && bits[start + a] === 0) a++;
    let b = words - 1;
    while (b >= a && bits[start + b] === 0) b--;
    lo[o] = a;
    hi[o] = b;
    let isFull = cols > 0;
    for (let w = 0; w < words && isFull; w++) isFull = bits[start + w] === template[w];
    full[o] = isFull ? 1 : 0;
  }
  return { rows, cols, words, bits, lo, hi, full };
}

function pack(mask: Mask): BitRows {
  const { rows, cols, data } = mask;
  const words = (cols + 31) >>> 5;
  const bits = new Uint32Array(rows * words);
  for (let o = 0; o < rows; o++) {
    const src = o * cols;
    const dst = o * words;
    for (let i = 0; i < cols; i++) if (data[src + i] !== 0) bits[dst + (i >>> 5)] |= 1 << (i & 31);
  }
  return withSpans(rows, cols, bits);
}

function unpack(b: BitRows): Mask {
  const { rows, cols, words, bits, lo, hi } = b;
  const data = new Uint8Array(rows * cols);
  for (let o = 0; o < rows; o++) {
    const src = o * words;
    const dst = o * cols;
    // Only the nonzero span; whole words of ones are one fill.
    for (let w = lo[o]; w <= hi[o]; w++) {
      const v = bits[src + w];
      if (v === 0) continue;
      const base = dst + w * 32;
      const count = Math.min(32, cols - w * 32);
      if (v === 0xffffffff) data.fill(1, base, base + 32);
      else for (let t = 0; t < count; t++) data[base + t] = (v >>> t) & 1;
    }
  }
  return { rows, cols, data };
}

function identityBits(n: number): BitRows {
  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(n * words);
  for (let o = 0; o < n; o++) bits[o * words + (o >>> 5)] = 1 << (o & 31);
  return withSpans(n, n, bits);
}

/**
 * The boolean product M · R: row o of the result is the OR of the rows R[j] over the j that M's row o allows
 * (M given as CSR row lists). At most O(nnz(M) · words) word operations, fewer when R's rows are narrow
 * (only their nonzero span is read) or full (the row is done at once).
 */
function multiply(M: RowLists, R: BitRows): BitRows {
  const { rows, indptr, indices } = M;
  const { words, bits: rb, cols, lo, hi, full } = R;
  const out = new Uint32Array(rows * words);
  const template = fullRow(cols);
  for (let o = 0; o < rows; o++) {
    const dst = o * words;
    for (let t = indptr[o]; t < indptr[o + 1]; t++) {
      const j = indices[t];
      if (full[j] === 1) {
        out.set(template, dst);
        break;
      }
      const src = j * words;
      for (let w = lo[j]; w <= hi[j]; w++) out[dst + w] |= rb[src + w];
    }
  }
  return withSpans(rows, cols, out);
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits of row o that lie in the target, counted: all of them, or only inputs i ≤ o for 'past'. */
function rowReached(b: BitRows, o: number, target: CoverageTarget): number {
  const start = o * b.words;
  const last = target === 'past' ? Math.min(o, b.cols - 1) : b.cols - 1;
  if (last < 0) return 0;
  const lastWord = last >>> 5;
  let count = 0;
  for (let w = 0; w < lastWord; w++) count += popcount(b.bits[start + w]);
  const tail = (last & 31) === 31 ? 0xffffffff : (1 << ((last & 31) + 1)) - 1;
  return count + popcount(b.bits[start + lastWord] & tail);
}

function possiblePairs(rows: number, cols: number, target: CoverageTarget): number {
  if (target === 'all') return rows * cols;
  let total = 0;
  for (let o = 0; o < rows; o++) total += Math.min(o + 1, cols);
  return total;
}

function reachedPairs(b: BitRows, target: CoverageTarget): number {
  let total = 0;
  for (let o = 0; o < b.rows; o++) total += rowReached(b, o, target);
  return total;
}

function sameBits(a: BitRows, b: BitRows): boolean {
  if (a.bits.length !== b.bits.length) return false;
  for (let t = 0; t < a.bits.length; t++) if (a.bits[t] !== b.bits[t]) return false;
  return true;
}

/**
 * The reachability matrix after each layer of a stack: entry ℓ − 1 is R_ℓ = M_ℓ ∘ … ∘ M₁ (boolean products).
 *
 * `masks[ℓ]` is layer ℓ + 1's mask, n_{ℓ+1}×n_ℓ: row o lists the positions of the previous layer (the inputs,
 * for the first layer) that output o reads; any nonzero byte counts as allowed. R_ℓ is n_ℓ×n₀, with
 * R_ℓ[o][i] = 1 when some path i → j₁ → … → o uses one allowed pair per layer. Nothing is added for residual
 * connections: every {@link attentionMask} kind allows the diagonal, which plays that part.
 *
 * Cost: O(Σ_ℓ nnz(M_ℓ) · ⌈n₀/32⌉) word operations (bitset rows) and one n_ℓ×n₀ byte mask per layer.
 * Throws RangeError for an empty list and Error naming both shapes when mask ℓ + 1's columns are not mask ℓ's
 * rows. 0×0 masks give 0×0 results.
 *
 * @example
 * const n = 8, k = 2;
 * reachabilityByLayer([attentionMask('local', n, { k }), attentionMask('atrous', n, { k })]).map(nnz); // [34, 64]
 */
export function reachabilityByLayer(masks: readonly Mask[]): Mask[] {
  checkChain('reachabilityByLayer', masks);
  let R = pack(masks[0]);
  const out = [unpack(R)];
  for (let t = 1; t < masks.length; t++) {
    R = multiply(maskToRowLists(masks[t]), R);
    out.push(unpack(R));
  }
  return out;
}

/**
 * The reachability matrix R = M_L ∘ … ∘ M₁ of a stack of attention layers (boolean matrix products):
 * R[o][i] = 1 when input i reaches output o through the layers.
 *
 * Same conventions, checks and cost as {@link reachabilityByLayer} (of which it is the last entry), without
 * unpacking the intermediate layers. A single mask returns a copy of itself (as 0/1 bytes); an identity
 * mask anywhere in the stack changes nothing.
 *
 * @example
 * const L = attentionMask('local', 16, { k: 4 }), A = attentionMask('atrous', 16, { k: 4 });
 * nnz(reachability([L, A])); // 256: after Local then Atrous every output sees all 16 inputs
 */
export function reachability(masks: readonly Mask[]): Mask {
  checkChain('reachability', masks);
  let R = pack(masks[0]);
  for (let t = 1; t < masks.length; t++) R = multiply(maskToRowLists(masks[t]), R);
  return unpack(R);
}

/** How much of its target a reachability matrix covers; see {@link coverage}. */
export interface Coverage {
  /** Reachable pairs inside the target. */
  reached: number;
  /** Pairs in the target: rows·cols for 'all', Σ_o min(o + 1, cols) for 'past'. */
  possible: number;
  /** reached / possible, in [0, 1]; 1 when possible = 0 (nothing to reach). */
  fraction: number;
  /** Reachable inputs of each output (all of row o, inside the target or not). */
  perRow: Int32Array;
  /** Outputs that reach every input of their target row. */
  completeRows: number;
  /** True when every target pair is reachable. */
  complete: boolean;
}

/**
 * Coverage of a reachability matrix: the pairs it reaches, per row and in all, against a target.
 *
 * With `target: 'all'` (default) every output should reach all m inputs; with `'past'` output o should reach
 * the inputs i ≤ o (the most a causal stack can), so reached pairs with i > o do not count. `perRow[o]` is the
 * number of ones in row o. An empty (0×m or n×0) matrix is complete with fraction 1.
 *
 * @example
 * coverage(attentionMask('atrous', 8, { k: 2 })); // { reached: 32, possible: 64, fraction: 0.5, completeRows: 0, … }
 */
export function coverage(R: Mask, { target = 'all' }: { target?: CoverageTarget } = {}): Coverage {
  checkMask('coverage', R, 0);
  const { rows, cols, data } = R;
  const perRow = new Int32Array(rows);
  let reached = 0;
  let completeRows = 0;
  for (let o = 0; o < rows; o++) {
    const row = o * cols;
    const limit = target === 'past' ? Math.min(o + 1, cols) : cols;
    let all = 0;
    let inTarget = 0;
    for (let i = 0; i < cols; i++) {
      if (data[row + i] === 0) continue;
      all++;
      if (i < limit) inTarget++;
    }
    perRow[o] = all;
    reached += inTarget;
    if (inTarget === limit) completeRows++;
  }
  const possible = possiblePairs(rows, cols, target);
  return {
    reached,
    possible,
    fraction: possible === 0 ? 1 : reached / possible,
    perRow,
    completeRows,
    complete: reached === possible,
  };
}

/**
 * True when a square mask is causal: no output o reads a position i > o (lower triangular, diagonal allowed).
 * A stack of causal masks has a causal reachability matrix. Non-square masks are never causal; 0×0 is.
 *
 * @example
 * isCausalMask(attentionMask('strided', 8, { k: 2 })); // true
 */
export function isCausalMask(mask: Mask): boolean {
  checkMask('isCausalMask', mask, 0);
  const { rows, cols, data } = mask;
  if (rows !== cols) return false;
  for (let o = 0; o < rows; o++) {
    const row = o * cols;
    for (let i = o + 1; i < cols; i++) if (data[row + i] !== 0) return false;
  }
  return true;
}

/** The result of {@link layersToFullCoverage}. */
export interface CoverageRun {
  /** Layers until every target pair is reachable (0 when the identity already is: n ≤ 1); null otherwise. */
  layers: number | null;
  /**
   * 'full': covered after `layers` layers. 'never': the reachability matrix came back to an earlier state at
   * the end of a cycle without covering, so repeating the cycle can never cover. 'undecided': `maxLayers`
   * ran out first (only possible for masks without the diagonal, whose coverage can shrink).
   */
  status: 'full' | 'never' | 'undecided';
  /** Target pairs reached after 0, 1, 2, … layers (entry 0 is the identity's n, or its past count). */
  reachedByLayer: number[];
  /** Pairs in the target (as in {@link Coverage}). */
  possible: number;
}

/**
 * Repeats a cycle of square n×n layer masks (M₁, …, M_c, M₁, …) until every output reaches every input of the
 * target, and returns how many layers that takes, or says that it never happens.
 *
 * Starts from R₀ = I and applies R ← M_{(t mod c)+1} · R, checking coverage after every layer. It stops with
 * 'never' when the state at the end of a cycle equals an earlier end-of-cycle state (the compared states
 * follow Brent's cycle finding, plus the previous cycle's): the sequence is then periodic and never covers.
 * When every mask allows the diagonal (every {@link attentionMask} kind does), coverage only grows, stalls
 * within n − 1 cycles and is decided within the default `maxLayers` = c·n. Example answers (n ≥ 2, 1 ≤ k):
 * Local(k) alone needs ⌈(n − 1)/k⌉ layers; Local(k) then Atrous(k) needs 2 (1 if k ≥ n − 1); Atrous(k ≥ 2)
 * alone never covers. A causal stack never reaches 'all' (output 0 sees only input 0): use `target: 'past'`.
 *
 * Cost: O(layers · (Σ nnz / c) · ⌈n/32⌉) word operations. Throws RangeError for an empty cycle or a bad
 * `maxLayers` (an integer ≥ 0), Error for a non-square mask or masks of different sizes.
 *
 * @example
 * const n = 32, k = 4;
 * layersToFullCoverage([attentionMask('local', n, { k })]).layers; // 8 = ⌈31/4⌉
 * layersToFullCoverage([attentionMask('atrous', n, { k })]).status; // 'never'
 */
export function layersToFullCoverage(
  cycle: readonly Mask[],
  { maxLayers, target = 'all' }: { maxLayers?: number; target?: CoverageTarget } = {},
): CoverageRun {
  const fn = 'layersToFullCoverage';
  if (cycle.length === 0) throw new RangeError(`${fn}: needs at least one mask in the cycle`);
  cycle.forEach((m, t) => {
    checkMask(fn, m, t);
  });
  const n = cycle[0].rows;
  for (let t = 0; t < cycle.length; t++) {
    const m = cycle[t];
    if (m.rows !== m.cols || m.rows !== n) {
      throw new Error(
        `${fn}: every mask must be ${n}×${n} (square, the same n); mask ${t + 1} is ${shape(m)}`,
      );
    }
  }
  const c = cycle.length;
  const limit = maxLayers ?? c * n;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`${fn}: maxLayers must be an integer ≥ 0, got ${maxLayers}`);
  }
  const possible = possiblePairs(n, n, target);
  // The same mask object repeated in the cycle is converted once.
  const converted = new Map<Mask, RowLists>();
  const lists = cycle.map((m) => {
    const known = converted.get(m);
    if (known) return known;
    const l = maskToRowLists(m);
    converted.set(m, l);
    return l;
  });
  let R = identityBits(n);
  const reachedByLayer = [reachedPairs(R, target)];
  if (reachedByLayer[0] === possible) return { layers: 0, status: 'full', reachedByLayer, possible };

  // Brent: `checkpoint` is the end-of-cycle state at a power-of-two distance behind; `previous` the last one.
  let checkpoint = R;
  let previous = R;
  let power = 1;
  let distance = 0;
  for (let layer = 1; layer <= limit; layer++) {
    R = multiply(lists[(layer - 1) % c], R);
    const reached = reachedPairs(R, target);
    reachedByLayer.push(reached);
    if (reached === possible) return { layers: layer, status: 'full', reachedByLayer, possible };
    if (layer % c !== 0) continue;
    if (sameBits(R, previous) || sameBits(R, checkpoint)) {
      return { layers: null, status: 'never', reachedByLayer, possible };
    }
    previous = R;
    distance++;
    if (distance === power) {
      checkpoint = R;
      power *= 2;
      distance = 0;
    }
  }
  return { layers: null, status: 'undecided', reachedByLayer, possible };
}

/** The backward cone of one output through a stack; see {@link receptiveField}. */
export interface ReceptiveField {
  /**
   * `levels[ℓ]` marks (1) the positions of level ℓ on a path to the output: level 0 holds the inputs, level L
   * only the chosen output. levels[0] is row `output` of the reachability matrix.
   */
  levels: Uint8Array[];
  /** Per layer ℓ = 1…L (index ℓ − 1): the allowed pairs from a marked position of level ℓ down to level ℓ − 1. */
  edgeCounts: number[];
  /**
   * With `{ edges: true }`, per layer ℓ (index ℓ − 1), those pairs flattened as [p₀, j₀, p₁, j₁, …]: position p
   * of level ℓ reads position j of level ℓ − 1. Empty arrays otherwise.
   */
  edges: Int32Array[];
}

/**
 * The receptive field of one output of a stack of layers, level by level, like the connection graphs of the
 * original post: which positions of each layer lie on some path from the inputs to `output`.
 *
 * With Bℓ the marked set of level ℓ: B_L = {output}, B_{ℓ−1} = { j : M_ℓ[p][j] ≠ 0 for some p ∈ B_ℓ }. Then
 * B₀ is row `output` of {@link reachability}, and |B₀| is the count of inputs that reach it.
 * Cost O(Σ nnz(M_ℓ)) (each marked row is read once). Same shape checks as {@link reachability}; RangeError
 * unless `output` is an integer in [0, rows of the last mask).
 *
 * @example
 * const n = 8, k = 2;
 * const { levels } = receptiveField([attentionMask('local', n, { k }), attentionMask('atrous', n, { k })], 3);
 * levels.map((b) => b.reduce((s, x) => s + x, 0)); // [8, 4, 1]: output 3 reads 1, 3, 5, 7, which read all 8
 */
export function receptiveField(
  masks: readonly Mask[],
  output: number,
  { edges: withEdges = false }: { edges?: boolean } = {},
): ReceptiveField {
  checkChain('receptiveField', masks);
  const L = masks.length;
  const top = masks[L - 1].rows;
  if (!Number.isInteger(output) || output < 0 || output >= top) {
    throw new RangeError(`receptiveField: output must be an integer in [0, ${top - 1}], got ${output}`);
  }
  const levels: Uint8Array[] = new Array(L + 1);
  levels[L] = new Uint8Array(top);
  levels[L][output] = 1;
  const edgeCounts: number[] = new Array(L).fill(0);
  const edges: Int32Array[] = new Array(L);
  for (let l = L; l >= 1; l--) {
    const { cols, data } = masks[l - 1];
    const above = levels[l];
    const below = new Uint8Array(cols);
    const pairs: number[] = [];
    let count = 0;
    for (let p = 0; p < above.length; p++) {
      if (above[p] === 0) continue;
      const row = p * cols;
      for (let j = 0; j < cols; j++) {
        if (data[row + j] === 0) continue;
        below[j] = 1;
        count++;
        if (withEdges) pairs.push(p, j);
      }
    }
    levels[l - 1] = below;
    edgeCounts[l - 1] = count;
    edges[l - 1] = Int32Array.from(pairs);
  }
  return { levels, edgeCounts, edges };
}
