import { describe, expect, it } from 'vitest';
import type { Mask } from '../linalg';
import { createRng, type Rng } from '../random';
import { nnz, rowCounts } from './counts';
import { attentionMask, MASK_KINDS, type MaskKind } from './mask';
import {
  coverage,
  isCausalMask,
  layersToFullCoverage,
  reachability,
  reachabilityByLayer,
  receptiveField,
} from './reachability';

// ---------- references written from the definition (slow, obvious) ----------

function mask(rows: number[][]): Mask {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  return { rows: r, cols: c, data: Uint8Array.from(rows.flat()) };
}

function identityMask(n: number): Mask {
  const data = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) data[i * n + i] = 1;
  return { rows: n, cols: n, data };
}

/** The boolean product A · B by the triple loop: (A·B)[o][i] = OR_j A[o][j] ∧ B[j][i]. */
function naiveProduct(A: Mask, B: Mask): Mask {
  const data = new Uint8Array(A.rows * B.cols);
  for (let o = 0; o < A.rows; o++)
    for (let i = 0; i < B.cols; i++)
      for (let j = 0; j < A.cols; j++)
        if (A.data[o * A.cols + j] !== 0 && B.data[j * B.cols + i] !== 0) {
          data[o * B.cols + i] = 1;
          break;
        }
  return { rows: A.rows, cols: B.cols, data };
}

/** R = M_L · … · M₁ by repeated naive products. */
function naiveReach(masks: Mask[]): Mask {
  let R: Mask = { ...masks[0], data: masks[0].data.map((x) => (x !== 0 ? 1 : 0)) };
  for (let t = 1; t < masks.length; t++) R = naiveProduct(masks[t], R);
  return R;
}

function randomMask(rng: Rng, rows: number, cols: number, p: number): Mask {
  const data = new Uint8Array(rows * cols);
  // Nonzero bytes other than 1 must count as allowed too.
  for (let t = 0; t < data.length; t++) data[t] = rng.next() < p ? 1 + rng.int(0, 254) : 0;
  return { rows, cols, data };
}

function bytes(m: Mask): number[] {
  return Array.from(m.data);
}

const all = (n: number) => n * n;

// ---------- tests ----------

describe('reachability', () => {
  it('reachability([M, M]) of the path 0 → 1 → 2 → 3 (each output reads itself and its left neighbour) is the band of width 3', () => {
    // Hand-checked: o reads o−1 and o in each layer, so after two layers it reads o−2 … o.
    const M = mask([
      [1, 0, 0, 0],
      [1, 1, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 1, 1],
    ]);
    expect(bytes(reachability([M, M]))).toEqual([1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1]);
  });

  it('reachability of local(k = 1) twice on n = 5 is local(k = 2), and three times covers everything', () => {
    const L1 = attentionMask('local', 5, { k: 1 });
    expect(bytes(reachability([L1, L1]))).toEqual(bytes(attentionMask('local', 5, { k: 2 })));
    expect(nnz(reachability([L1, L1, L1]))).toBe(5 * 5 - 2); // |o − i| ≤ 3 misses only (0, 4) and (4, 0)
    expect(nnz(reachability([L1, L1, L1, L1]))).toBe(25);
  });

  it('reachability([A, B]) with rectangular layers chains 3 inputs → 2 hidden → 1 output', () => {
    const A = mask([
      [1, 0, 0],
      [0, 0, 1],
    ]);
    const B = mask([[0, 1]]);
    expect(reachability([A, B])).toEqual({ rows: 1, cols: 3, data: Uint8Array.from([0, 0, 1]) });
    expect(reachability([A, mask([[1, 1]])]).data).toEqual(Uint8Array.from([1, 0, 1]));
  });

  it('reachability(masks) equals the naive triple-loop product on seeded random stacks, across word boundaries', () => {
    const rng = createRng('reachability-vs-naive');
    let checked = 0;
    for (const n of [1, 2, 7, 31, 32, 33, 63, 64, 65, 97]) {
      for (const p of [0.02, 0.1, 0.4]) {
        for (let L = 1; L <= 4; L++) {
          const masks = Array.from({ length: L }, () => randomMask(rng, n, n, p));
          const fast = reachability(masks);
          const ref = naiveReach(masks);
          expect(fast.rows).toBe(n);
          expect(fast.cols).toBe(n);
          if (bytes(fast).join() !== bytes(ref).join()) throw new Error(`mismatch n=${n} p=${p} L=${L}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(120);
  });

  it('reachability(masks) equals the naive product for random rectangular chains', () => {
    const rng = createRng('rectangular');
    for (let trial = 0; trial < 40; trial++) {
      const L = rng.int(1, 4);
      const sizes = Array.from({ length: L + 1 }, () => rng.int(1, 70));
      const masks = Array.from({ length: L }, (_, t) => randomMask(rng, sizes[t + 1], sizes[t], 0.15));
      expect(bytes(reachability(masks))).toEqual(bytes(naiveReach(masks)));
    }
  });

  it('reachability treats the identity mask as neutral, anywhere in the stack', () => {
    const rng = createRng('identity');
    for (const n of [1, 5, 32, 40]) {
      const I = identityMask(n);
      const M = randomMask(rng, n, n, 0.2);
      const N = randomMask(rng, n, n, 0.2);
      const MN = bytes(reachability([M, N]));
      expect(bytes(reachability([I]))).toEqual(bytes(I));
      expect(bytes(reachability([I, M, N]))).toEqual(MN);
      expect(bytes(reachability([M, I, N]))).toEqual(MN);
      expect(bytes(reachability([M, N, I, I]))).toEqual(MN);
    }
  });

  it('reachability of a single mask is its 0/1 copy and does not modify the input', () => {
    const M = mask([
      [0, 7],
      [255, 1],
    ]);
    const R = reachability([M]);
    expect(bytes(R)).toEqual([0, 1, 1, 1]);
    expect(bytes(M)).toEqual([0, 7, 255, 1]);
    expect(R.data).not.toBe(M.data);
  });

  it('reachability of 0×0 masks is 0×0, and an all-zero layer cuts every path', () => {
    expect(reachability([mask([]), mask([])])).toEqual({ rows: 0, cols: 0, data: new Uint8Array(0) });
    const full = attentionMask('full', 6);
    expect(nnz(reachability([full, { rows: 6, cols: 6, data: new Uint8Array(36) }, full]))).toBe(0);
  });

  it('reachability throws on an empty stack, on layers that do not chain and on a mask with the wrong data length', () => {
    expect(() => reachability([])).toThrow(RangeError);
    expect(() => reachability([attentionMask('full', 3), attentionMask('full', 4)])).toThrow(
      'reachability: masks 1 and 2 do not chain: 3×3 then 4×4 (layer 2 must read the 3 outputs of layer 1)',
    );
    expect(() => reachability([{ rows: 2, cols: 2, data: new Uint8Array(3) }])).toThrow(
      'reachability: mask 1 is 2×2 but holds 3 entries',
    );
  });
});

describe('reachabilityByLayer', () => {
  it('reachabilityByLayer(masks)[ℓ − 1] is the naive product of the first ℓ masks', () => {
    const rng = createRng('by-layer');
    for (const n of [3, 33, 50]) {
      const masks = Array.from({ length: 4 }, () => randomMask(rng, n, n, 0.08));
      const byLayer = reachabilityByLayer(masks);
      expect(byLayer).toHaveLength(4);
      byLayer.forEach((R, l) => {
        expect(bytes(R)).toEqual(bytes(naiveReach(masks.slice(0, l + 1))));
      });
      expect(bytes(byLayer[3])).toEqual(bytes(reachability(masks)));
    }
  });

  it('reachabilityByLayer reproduces the post at n = 8, k = 2: local has 34 pairs, then atrous fills all 64', () => {
    // Counts from kexue.fm/archives/6853 (local 34 at n = 8, k = 2); 64 = n² is the post's two-layer claim.
    const n = 8;
    const k = 2;
    const R = reachabilityByLayer([attentionMask('local', n, { k }), attentionMask('atrous', n, { k })]);
    expect(R.map(nnz)).toEqual([34, 64]);
  });

  it('reachabilityByLayer throws like reachability', () => {
    expect(() => reachabilityByLayer([])).toThrow(RangeError);
    expect(() => reachabilityByLayer([mask([[1, 1]]), mask([[1, 1]])])).toThrow('do not chain: 1×2 then 1×2');
  });
});

/** Local(w) then Atrous(k), non-causal, on n positions. */
function localThenAtrous(n: number, w: number, k: number, causal = false): Mask {
  return reachability([
    attentionMask('local', n, { k: w, causal }),
    attentionMask('atrous', n, { k, causal }),
  ]);
}

describe("the post's claim: Local then Atrous covers everything in two layers", () => {
  it('Local(k) then Atrous(k) reaches every (output, input) pair for every n ≤ 64 and 1 ≤ k ≤ n + 2', () => {
    // kexue.fm/archives/6853: alternating Local and Atrous lets every output see every input after two layers.
    // Why it always holds: output o reads j ≡ o (mod k), spaced k apart from r = o mod k ≤ k − 1 to some
    // j_max ≥ n − k, and each j reads [j − k, j + k]; the windows overlap and reach past both ends.
    let checked = 0;
    for (let n = 1; n <= 64; n++) {
      for (let k = 1; k <= n + 2; k++) {
        const c = coverage(localThenAtrous(n, k, k));
        if (!c.complete) throw new Error(`not covered: n=${n} k=${k} (${c.reached} of ${c.possible})`);
        checked++;
      }
    }
    expect(checked).toBe(2208); // Σ_{n=1}^{64} (n + 2)
  });

  it('Atrous(k) then Local(k) also covers everything for every n ≤ 64 and 1 ≤ k ≤ n + 2 (the order does not matter)', () => {
    for (let n = 1; n <= 64; n++) {
      for (let k = 1; k <= n + 2; k++) {
        const R = reachability([attentionMask('atrous', n, { k }), attentionMask('local', n, { k })]);
        if (nnz(R) !== all(n)) throw new Error(`not covered: n=${n} k=${k}`);
      }
    }
    expect(
      nnz(reachability([attentionMask('atrous', 64, { k: 8 }), attentionMask('local', 64, { k: 8 })])),
    ).toBe(4096);
  });

  it('Local(w) then Atrous(k) covers everything exactly when w ≥ min(k, n) − 1 (n ≤ 40, all k, w)', () => {
    // The precise precondition: output o = k − 1 (r = k − 1) has nothing to its left but must still reach
    // input 0, so w ≥ k − 1 is needed; when n < k, atrous is the diagonal and local must already be full.
    // The post uses w = k, so its claim always holds; a window narrower than the stride fails.
    let failures = 0;
    for (let n = 1; n <= 40; n++) {
      for (let k = 1; k <= n + 1; k++) {
        for (let w = 0; w <= n; w++) {
          const covered = nnz(localThenAtrous(n, w, k)) === all(n);
          const predicted = w >= Math.min(k, n) - 1;
          if (covered !== predicted) throw new Error(`n=${n} k=${k} w=${w}: covered ${covered}`);
          if (!covered) failures++;
        }
      }
    }
    expect(failures).toBeGreaterThan(1000); // the counter-examples are real, not vacuous
  });

  it('a counter-example with a narrow window: Local(2) then Atrous(4) at n = 8 leaves output 3 blind to input 0', () => {
    const R = localThenAtrous(8, 2, 4);
    // Output 3 reads j ∈ {3, 7}; those read [1, 5] and [5, 7]: input 0 is missing.
    expect(Array.from(R.data.subarray(3 * 8, 4 * 8))).toEqual([0, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('causal Local(k) then causal Atrous(k) covers the whole past (i ≤ o) for every n ≤ 64, k ≤ n + 2, never all pairs', () => {
    for (let n = 1; n <= 64; n++) {
      for (let k = 1; k <= n + 2; k++) {
        const R = localThenAtrous(n, k, k, true);
        const past = coverage(R, { target: 'past' });
        if (!past.complete) throw new Error(`past not covered: n=${n} k=${k}`);
        if (n >= 2 && coverage(R).complete) throw new Error(`a causal stack covered everything: n=${n}`);
        if (!isCausalMask(R)) throw new Error(`not causal: n=${n} k=${k}`);
      }
    }
    expect(coverage(localThenAtrous(16, 4, 4, true), { target: 'past' }).reached).toBe((16 * 17) / 2);
  });

  it('mixed causality breaks the claim: causal Local then non-causal Atrous at n = 8, k = 4 misses inputs 5–7 from output 0', () => {
    const R = reachability([
      attentionMask('local', 8, { k: 4, causal: true }),
      attentionMask('atrous', 8, { k: 4 }),
    ]);
    // Output 0 reads j ∈ {0, 4}, which read [0, 0] and [0, 4] causally.
    expect(Array.from(R.data.subarray(0, 8))).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
    expect(coverage(R).complete).toBe(false);
    // It fails for every 2 ≤ k < n: output o reaches only up to the last j ≡ o (mod k), which is n − 1 for one
    // residue class only. (k = 1 is the exception: atrous(1) is full attention.)
    for (let n = 3; n <= 40; n++)
      for (let k = 2; k < n; k++) {
        const M = reachability([
          attentionMask('local', n, { k, causal: true }),
          attentionMask('atrous', n, { k }),
        ]);
        expect(nnz(M)).toBeLessThan(all(n));
        // What it does cover: the whole past, and some of the future, so the stack is not causal either.
        expect(coverage(M, { target: 'past' }).complete).toBe(true);
        expect(isCausalMask(M)).toBe(false);
      }
  });

  it('strided twice (causal sparse) covers the whole past in two layers, one layer does not (n ≥ k + 2)', () => {
    for (let n = 3; n <= 48; n++) {
      for (let k = 1; k <= n - 2; k++) {
        const S = attentionMask('strided', n, { k });
        const run = layersToFullCoverage([S], { target: 'past' });
        const expected = k === 1 ? 1 : 2; // k = 1: the local band reaches back one step and atrous is full
        if (run.layers !== expected) throw new Error(`n=${n} k=${k}: ${run.layers} layers`);
      }
    }
  });
});

describe('Atrous alone', () => {
  it('Atrous(k) composed with itself is itself, so stacking it never widens the view', () => {
    for (const [n, k] of [
      [16, 4],
      [17, 3],
      [64, 8],
      [9, 12],
    ]) {
      const A = attentionMask('atrous', n, { k });
      expect(bytes(reachability([A, A, A]))).toEqual(bytes(A));
    }
  });

  it('layersToFullCoverage([Atrous(k)]) is never for every n from 2 to 64 and 2 ≤ k ≤ n + 1, and 1 layer for k = 1', () => {
    for (let n = 2; n <= 64; n++) {
      for (let k = 2; k <= n + 1; k++) {
        const A = attentionMask('atrous', n, { k });
        const run = layersToFullCoverage([A, A]);
        if (run.status !== 'never' || run.layers !== null) throw new Error(`n=${n} k=${k}: ${run.status}`);
        // Output o sees its residue class only: Σ_o #{i ≡ o (mod k)} pairs, i.e. nnz(A).
        expect(run.reachedByLayer.at(-1)).toBe(nnz(A));
      }
      expect(layersToFullCoverage([attentionMask('atrous', n, { k: 1 })]).layers).toBe(1);
    }
  });
});

describe('causality', () => {
  it('stacks of causal masks stay causal: reachability of random lower-triangular masks is lower triangular', () => {
    const rng = createRng('causal');
    for (let trial = 0; trial < 60; trial++) {
      const n = rng.int(1, 70);
      const masks = Array.from({ length: rng.int(1, 4) }, () => {
        const M = randomMask(rng, n, n, 0.3);
        for (let o = 0; o < n; o++) for (let i = o + 1; i < n; i++) M.data[o * n + i] = 0;
        return M;
      });
      expect(isCausalMask(reachability(masks))).toBe(true);
    }
  });

  it('stacks of causal attention patterns (strided, fixed, causal local/atrous/sparse/full) stay causal', () => {
    const kinds: MaskKind[] = ['strided', 'fixed', 'local', 'atrous', 'sparse', 'full'];
    for (const a of kinds)
      for (const b of kinds) {
        const R = reachability([
          attentionMask(a, 33, { k: 4, causal: true }),
          attentionMask(b, 33, { k: 4, causal: true }),
        ]);
        expect(isCausalMask(R)).toBe(true);
      }
  });

  it('isCausalMask answers for square, non-square and empty masks', () => {
    expect(isCausalMask(attentionMask('fixed', 10, { k: 3 }))).toBe(true);
    expect(isCausalMask(attentionMask('local', 10, { k: 1 }))).toBe(false);
    expect(isCausalMask(mask([[1, 0]]))).toBe(false);
    expect(isCausalMask(mask([]))).toBe(true);
  });
});

describe('coverage', () => {
  it('coverage(atrous n = 8, k = 2) reaches half of the 64 pairs and completes no row', () => {
    const c = coverage(attentionMask('atrous', 8, { k: 2 }));
    expect(c.reached).toBe(32);
    expect(c.possible).toBe(64);
    expect(c.fraction).toBe(0.5);
    expect(c.completeRows).toBe(0);
    expect(c.complete).toBe(false);
    expect(Array.from(c.perRow)).toEqual([4, 4, 4, 4, 4, 4, 4, 4]);
  });

  it("coverage(R, { target: 'past' }) counts only inputs i ≤ o and is complete on causal full attention", () => {
    const c = coverage(attentionMask('full', 6, { causal: true }), { target: 'past' });
    expect(c).toMatchObject({ reached: 21, possible: 21, fraction: 1, completeRows: 6, complete: true });
    // Non-causal local(1) on n = 4: pairs with i ≤ o are the diagonal and the subdiagonal, 4 + 3 = 7 of 10.
    const d = coverage(attentionMask('local', 4, { k: 1 }), { target: 'past' });
    expect(d).toMatchObject({ reached: 7, possible: 10, fraction: 0.7, completeRows: 2, complete: false });
    expect(Array.from(d.perRow)).toEqual([2, 3, 3, 2]); // every reached input, in the target or not
  });

  it('coverage(R).perRow equals rowCounts(R) on random masks, and a 0×0 matrix is complete', () => {
    const rng = createRng('coverage');
    for (let t = 0; t < 20; t++) {
      const M = randomMask(rng, rng.int(0, 40), rng.int(0, 40), 0.3);
      expect(Array.from(coverage(M).perRow)).toEqual(Array.from(rowCounts(M)));
    }
    expect(coverage(mask([]))).toMatchObject({ reached: 0, possible: 0, fraction: 1, complete: true });
  });
});

describe('layersToFullCoverage', () => {
  it('layersToFullCoverage([Local(k)]) takes ⌈(n − 1)/k⌉ layers, causal or not (with the past as target)', () => {
    for (let n = 2; n <= 64; n++) {
      for (const k of [1, 2, 3, 5, 8, 13, 70]) {
        const want = Math.ceil((n - 1) / k);
        expect(layersToFullCoverage([attentionMask('local', n, { k })]).layers).toBe(want);
        expect(
          layersToFullCoverage([attentionMask('local', n, { k, causal: true })], { target: 'past' }).layers,
        ).toBe(want);
      }
    }
  });

  it('layersToFullCoverage of the post at n = 32, k = 4 is 2, while local alone needs 8', () => {
    const n = 32;
    const k = 4;
    const L = attentionMask('local', n, { k });
    const A = attentionMask('atrous', n, { k });
    expect(layersToFullCoverage([L, A])).toMatchObject({ layers: 2, status: 'full', possible: 1024 });
    expect(layersToFullCoverage([L, A]).reachedByLayer).toEqual([32, nnz(L), 1024]);
    expect(layersToFullCoverage([L]).layers).toBe(8);
  });

  it('layersToFullCoverage(cycle) agrees with repeated naive products on random cycles of attention patterns', () => {
    const rng = createRng('cycles');
    let decided = 0;
    for (let trial = 0; trial < 150; trial++) {
      const n = rng.int(2, 24);
      const k = rng.int(1, 6);
      const causal = rng.next() < 0.3;
      const cycle = Array.from({ length: rng.int(1, 4) }, () =>
        attentionMask(MASK_KINDS[rng.int(0, MASK_KINDS.length - 1)], n, { k, causal }),
      );
      const target = cycle.every(isCausalMask) ? 'past' : 'all';
      const run = layersToFullCoverage(cycle, { target });
      // Reference: multiply naively for up to c·n layers, the bound for masks that contain the diagonal.
      let R = identityMask(n);
      let first: number | null = null;
      for (let layer = 1; layer <= cycle.length * n && first === null; layer++) {
        R = naiveProduct(cycle[(layer - 1) % cycle.length], R);
        // A 'never' run stops early: compare the layers it did.
        if (layer < run.reachedByLayer.length)
          expect(coverage(R, { target }).reached).toBe(run.reachedByLayer[layer]);
        if (coverage(R, { target }).complete) first = layer;
      }
      expect(run.layers).toBe(first);
      expect(run.status).toBe(first === null ? 'never' : 'full');
      decided++;
    }
    expect(decided).toBe(150);
  });

  it('layersToFullCoverage finds the period of a cyclic shift (no diagonal) and says never', () => {
    // Output o reads o − 1 (mod n): R after t layers is the shift by t, back to I after n layers.
    const n = 5;
    const shift = { rows: n, cols: n, data: new Uint8Array(n * n) };
    for (let o = 0; o < n; o++) shift.data[o * n + ((o + n - 1) % n)] = 1;
    const run = layersToFullCoverage([shift], { maxLayers: 100 });
    expect(run.status).toBe('never');
    expect(run.reachedByLayer.every((r) => r === n)).toBe(true);
    expect(layersToFullCoverage([shift], { maxLayers: 3 }).status).toBe('undecided');
  });

  it('layersToFullCoverage handles masks without the diagonal: both neighbours covers an odd ring, never an even one', () => {
    const ring = (n: number) => {
      const M = { rows: n, cols: n, data: new Uint8Array(n * n) };
      for (let o = 0; o < n; o++) {
        M.data[o * n + ((o + 1) % n)] = 1;
        M.data[o * n + ((o + n - 1) % n)] = 1;
      }
      return M;
    };
    // Odd ring: walks of length t reach every node once t ≥ n − 1 (both parities available).
    expect(layersToFullCoverage([ring(7)], { maxLayers: 50 })).toMatchObject({ layers: 6, status: 'full' });
    // Even ring is bipartite: walks of length t only reach nodes of t's parity, forever.
    expect(layersToFullCoverage([ring(8)], { maxLayers: 50 }).status).toBe('never');
  });

  it('layersToFullCoverage is 0 layers for n ≤ 1, undecided with maxLayers 0, and validates its input', () => {
    expect(layersToFullCoverage([attentionMask('atrous', 1, { k: 3 })]).layers).toBe(0);
    expect(layersToFullCoverage([mask([])])).toMatchObject({ layers: 0, status: 'full', possible: 0 });
    expect(layersToFullCoverage([attentionMask('local', 4, { k: 1 })], { maxLayers: 0 })).toMatchObject({
      layers: null,
      status: 'undecided',
      reachedByLayer: [4],
    });
    expect(() => layersToFullCoverage([])).toThrow(RangeError);
    expect(() => layersToFullCoverage([attentionMask('full', 3)], { maxLayers: -1 })).toThrow(RangeError);
    expect(() => layersToFullCoverage([attentionMask('full', 3)], { maxLayers: 1.5 })).toThrow(RangeError);
    expect(() => layersToFullCoverage([attentionMask('full', 3), attentionMask('full', 4)])).toThrow(
      'mask 2 is 4×4',
    );
    expect(() => layersToFullCoverage([mask([[1, 1]])])).toThrow('must be 1×1');
  });
});

describe('receptiveField', () => {
  it('receptiveField(Local then Atrous, n = 8, k = 2, output 3) reads 1, 3, 5, 7 and then all 8 inputs', () => {
    const n = 8;
    const k = 2;
    const masks = [attentionMask('local', n, { k }), attentionMask('atrous', n, { k })];
    const { levels, edgeCounts } = receptiveField(masks, 3);
    expect(Array.from(levels[2])).toEqual([0, 0, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(levels[1])).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(Array.from(levels[0])).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // Layer 2: output 3 reads 4 positions; layer 1: rows 1, 3, 5, 7 of local(2) have 4 + 5 + 5 + 3 keys.
    expect(edgeCounts).toEqual([17, 4]);
  });

  it('receptiveField(masks, o).levels[0] is row o of reachability(masks), and edges list every counted pair', () => {
    const rng = createRng('cone');
    for (let trial = 0; trial < 30; trial++) {
      const n = rng.int(1, 50);
      const masks = Array.from({ length: rng.int(1, 4) }, () => randomMask(rng, n, n, 0.1));
      const R = reachability(masks);
      const o = rng.int(0, n - 1);
      const field = receptiveField(masks, o, { edges: true });
      expect(Array.from(field.levels[0])).toEqual(bytes(R).slice(o * n, (o + 1) * n));
      field.edges.forEach((e, l) => {
        expect(e.length).toBe(2 * field.edgeCounts[l]);
        for (let t = 0; t < e.length; t += 2) {
          expect(field.levels[l + 1][e[t]]).toBe(1);
          expect(field.levels[l][e[t + 1]]).toBe(1);
          expect(masks[l].data[e[t] * n + e[t + 1]]).not.toBe(0);
        }
      });
    }
  });

  it('receptiveField leaves edges empty unless asked, and rejects an output outside the last layer', () => {
    const masks = [attentionMask('full', 4), attentionMask('full', 4)];
    expect(receptiveField(masks, 0).edges.map((e) => e.length)).toEqual([0, 0]);
    expect(receptiveField(masks, 0).edgeCounts).toEqual([16, 4]);
    expect(() => receptiveField(masks, 4)).toThrow('output must be an integer in [0, 3], got 4');
    expect(() => receptiveField(masks, -1)).toThrow(RangeError);
    expect(() => receptiveField(masks, 1.5)).toThrow(RangeError);
  });
});
