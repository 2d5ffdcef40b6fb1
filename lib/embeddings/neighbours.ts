/**
 * Nearest neighbours by cosine similarity among the rows of an embedding table, and the 3CosAdd analogy
 * (Mikolov et al., 2013): the k best rows are kept in a small heap, so the vocabulary is never sorted.
 */

/** An embedding table: `count` rows of `dim` numbers, row i at data[i·dim … (i+1)·dim). */
export interface Embeddings {
  readonly count: number;
  readonly dim: number;
  readonly data: Float32Array | Float64Array;
}

/** A neighbour: its row and its cosine similarity to the query. */
export interface Neighbour {
  readonly index: number;
  readonly similarity: number;
}

function checkTable(fn: string, E: Embeddings): void {
  if (!Number.isSafeInteger(E.count) || !Number.isSafeInteger(E.dim) || E.count < 0 || E.dim < 1)
    throw new RangeError(`${fn}: a table of ${E.count} rows of ${E.dim} numbers`);
  if (E.data.length !== E.count * E.dim)
    throw new RangeError(`${fn}: ${E.data.length} numbers for ${E.count}×${E.dim}`);
}

/**
 * The Euclidean norm of every row (0 for a zero row).
 * @example
 * rowNorms({ count: 2, dim: 2, data: Float64Array.of(3, 4, 0, 0) }); // [5, 0]
 */
export function rowNorms(E: Embeddings): Float64Array {
  checkTable('rowNorms', E);
  const out = new Float64Array(E.count);
  for (let i = 0; i < E.count; i++) {
    let s = 0;
    for (let d = 0; d < E.dim; d++) s += (E.data[i * E.dim + d] as number) ** 2;
    out[i] = Math.sqrt(s);
  }
  return out;
}

/**
 * The k rows most cosine-similar to `query` (a vector of length dim), best first (ties: lower index first),
 * skipping the rows in `exclude` and zero rows; `norms` (from rowNorms) saves recomputing them. O(count·dim +
 * count·log k). A zero query has no direction: the result is empty.
 * Throws RangeError for a query of the wrong length, a non-finite query entry or k not an integer ≥ 0.
 * @example
 * nearestRows(E, E.data.subarray(0, E.dim), 5, { exclude: [0] }); // the 5 nearest other rows to row 0
 */
export function nearestRows(
  E: Embeddings,
  query: ArrayLike<number>,
  k: number,
  options: { exclude?: Iterable<number>; norms?: Float64Array } = {},
): Neighbour[] {
  checkTable('nearestRows', E);
  if (query.length !== E.dim)
    throw new RangeError(`nearestRows: a query of ${query.length} numbers, not ${E.dim}`);
  if (!Number.isSafeInteger(k) || k < 0)
    throw new RangeError(`nearestRows: k must be an integer ≥ 0, got ${k}`);
  let qn = 0;
  for (let d = 0; d < E.dim; d++) {
    const v = query[d] as number;
    if (!Number.isFinite(v)) throw new RangeError(`nearestRows: query entry ${d} is ${v}`);
    qn += v * v;
  }
  if (qn === 0 || k === 0) return [];
  qn = Math.sqrt(qn);
  const norms = options.norms ?? rowNorms(E);
  const skip = new Set(options.exclude ?? []);
  // A min-heap of the best k so far, ordered by (similarity, −index): its root is the worst kept.
  const heapSim: number[] = [];
  const heapIdx: number[] = [];
  const worse = (a: number, b: number) =>
    (heapSim[a] as number) < (heapSim[b] as number) ||
    ((heapSim[a] as number) === (heapSim[b] as number) && (heapIdx[a] as number) > (heapIdx[b] as number));
  const swap = (a: number, b: number) => {
    [heapSim[a], heapSim[b]] = [heapSim[b] as number, heapSim[a] as number];
    [heapIdx[a], heapIdx[b]] = [heapIdx[b] as number, heapIdx[a] as number];
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heapSim.length && worse(l, m)) m = l;
      if (r < heapSim.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let i = 0; i < E.count; i++) {
    const n = norms[i] as number;
    if (n === 0 || skip.has(i)) continue;
    let dot = 0;
    const base = i * E.dim;
    for (let d = 0; d < E.dim; d++) dot += (E.data[base + d] as number) * (query[d] as number);
    const sim = dot / (n * qn);
    if (heapSim.length < k) {
      heapSim.push(sim);
      heapIdx.push(i);
      for (let c = heapSim.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!worse(c, p)) break;
        swap(c, p);
        c = p;
      }
    } else if (sim > (heapSim[0] as number)) {
      heapSim[0] = sim;
      heapIdx[0] = i;
      siftDown(0);
    }
  }
  return heapIdx
    .map((index, q) => ({ index, similarity: heapSim[q] as number }))
    .sort((a, b) => b.similarity - a.similarity || a.index - b.index);
}

/**
 * The analogy a : b :: c : ? by 3CosAdd: the rows nearest to b̂ − â + ĉ (unit-normalised rows), excluding a, b
 * and c themselves. A zero row among the three gives no answer (empty).
 * Throws RangeError for a row index outside the table.
 * @example
 * analogy(E, man, king, woman, 1); // [{ index: queen, … }] on good vectors
 */
export function analogy(
  E: Embeddings,
  a: number,
  b: number,
  c: number,
  k: number,
  norms = rowNorms(E),
): Neighbour[] {
  checkTable('analogy', E);
  for (const i of [a, b, c])
    if (!Number.isSafeInteger(i) || i < 0 || i >= E.count) throw new RangeError(`analogy: no row ${i}`);
  if ([a, b, c].some((i) => norms[i] === 0)) return [];
  const q = new Float64Array(E.dim);
  for (let d = 0; d < E.dim; d++) {
    q[d] =
      (E.data[b * E.dim + d] as number) / (norms[b] as number) -
      (E.data[a * E.dim + d] as number) / (norms[a] as number) +
      (E.data[c * E.dim + d] as number) / (norms[c] as number);
  }
  return nearestRows(E, q, k, { exclude: [a, b, c], norms });
}
