import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import {
  analogy,
  cooccurrence,
  createSgns,
  nearestRows,
  pmiMatrix,
  rowNorms,
  type SgnsOptions,
  sgnsPairLoss,
  sgnsUpdate,
} from '.';

const OPTIONS: SgnsOptions = {
  dim: 8,
  window: 2,
  negatives: 3,
  learningRate: 0.05,
  epochs: 2,
  subsample: 0,
  seed: 7,
};

/** A seeded toy corpus: 12 words in 3 topics, each sentence (ended by −1) drawn from one topic. */
function toyCorpus(sentences: number, seed = 'toy'): { stream: number[]; counts: number[] } {
  const rng = createRng(seed);
  const stream: number[] = [];
  for (let s = 0; s < sentences; s++) {
    const topic = rng.int(0, 2);
    for (let i = 0; i < 8; i++) stream.push(topic * 4 + rng.int(0, 3));
    stream.push(-1);
  }
  const counts = new Array<number>(12).fill(0);
  for (const w of stream) if (w >= 0) counts[w] = (counts[w] as number) + 1;
  return { stream, counts };
}

describe('sgnsPairLoss and sgnsUpdate', () => {
  it('the loss at w = 0 is (1 + k)·ln 2', () => {
    expect(sgnsPairLoss([0, 0], [1, 1], [[1, 0]])).toBeCloseTo(2 * Math.LN2, 15);
    expect(sgnsPairLoss([0, 0, 0], [1, 2, 3], [])).toBeCloseTo(Math.LN2, 15);
  });

  it('one update is −lr times the finite-difference gradient of the loss', () => {
    const rng = createRng('grad');
    const dim = 4;
    const W = Float32Array.from({ length: 3 * dim }, () => rng.normal(0, 0.5));
    const C = Float32Array.from({ length: 5 * dim }, () => rng.normal(0, 0.5));
    const w = 1;
    const c = 2;
    const negs = [0, 4];
    const row = (A: Float32Array, i: number) => Array.from(A.subarray(i * dim, (i + 1) * dim));
    const loss = (wv: number[], cv: number[], n: number[][]) => sgnsPairLoss(wv, cv, n);
    const base = { w: row(W, w), c: row(C, c), n: negs.map((i) => row(C, i)) };
    const h = 1e-6;
    const grad = (which: 'w' | 'c' | number, d: number) => {
      const bump = (delta: number) => {
        const x = structuredClone(base);
        if (which === 'w') (x.w[d] as number) += delta;
        else if (which === 'c') (x.c[d] as number) += delta;
        else (x.n[which] as number[])[d] = ((x.n[which] as number[])[d] as number) + delta;
        return loss(x.w, x.c, x.n);
      };
      return (bump(h) - bump(-h)) / (2 * h);
    };
    const lr = 1e-3;
    const W2 = Float32Array.from(W);
    const C2 = Float32Array.from(C);
    const l = sgnsUpdate(W2, C2, dim, w, c, negs, lr);
    expect(l).toBeCloseTo(loss(base.w, base.c, base.n), 6);
    for (let d = 0; d < dim; d++) {
      expect(((W2[w * dim + d] as number) - (W[w * dim + d] as number)) / lr).toBeCloseTo(-grad('w', d), 3);
      expect(((C2[c * dim + d] as number) - (C[c * dim + d] as number)) / lr).toBeCloseTo(-grad('c', d), 3);
      for (const [q, n] of negs.entries())
        expect(((C2[n * dim + d] as number) - (C[n * dim + d] as number)) / lr).toBeCloseTo(-grad(q, d), 3);
    }
  });
});

describe('createSgns', () => {
  const { stream, counts } = toyCorpus(60);

  it('is deterministic per seed and gives the same vectors in one go, in chunks, or resumed', () => {
    const one = createSgns(stream, counts, OPTIONS);
    const last = one.step(10 ** 6);
    expect(last.done).toBe(true);
    expect(last.fraction).toBe(1);
    const chunks = createSgns(stream, counts, OPTIONS);
    while (!chunks.step(37).done) {}
    expect(chunks.vectors().data).toEqual(one.vectors().data);
    const half = createSgns(stream, counts, OPTIONS);
    half.step(301);
    const resumed = createSgns(stream, counts, OPTIONS, half.snapshot());
    resumed.step(10 ** 6);
    expect(resumed.contexts().data).toEqual(one.contexts().data);
    const other = createSgns(stream, counts, { ...OPTIONS, seed: 8 });
    other.step(10 ** 6);
    expect(other.vectors().data).not.toEqual(one.vectors().data);
  });

  it('lowers the loss and puts words of a topic nearest each other', () => {
    const t = createSgns(stream, counts, { ...OPTIONS, epochs: 30 });
    const first = t.step(stream.length);
    let last = first;
    while (!last.done) last = t.step(stream.length);
    expect(last.loss).toBeLessThan(0.8 * first.loss);
    const E = t.vectors();
    let sameTopic = 0;
    for (let i = 0; i < 12; i++) {
      const near = nearestRows(E, E.data.subarray(i * 8, (i + 1) * 8), 3, { exclude: [i] });
      sameTopic += near.filter((n) => Math.floor(n.index / 4) === Math.floor(i / 4)).length;
    }
    expect(sameTopic).toBeGreaterThanOrEqual(30); // of 36
  });

  it('approaches Levy & Goldberg: w·c tracks PMI − log k over observed pairs', () => {
    const big = toyCorpus(400, 'lg');
    const k = 2;
    const t = createSgns(big.stream, big.counts, {
      dim: 12,
      window: 2,
      negatives: k,
      learningRate: 0.02,
      epochs: 40,
      subsample: 0,
      seed: 3,
    });
    t.step(10 ** 8);
    const W = t.vectors().data;
    const Cv = t.contexts().data;
    const P = pmiMatrix(cooccurrence(big.stream, 12, { window: 2, weighting: 'linear' }), {
      shift: k,
      contextPower: 0.75,
    });
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 12; i++) {
      for (let q = P.indptr[i] as number; q < (P.indptr[i + 1] as number); q++) {
        const j = P.indices[q] as number;
        let dot = 0;
        for (let d = 0; d < 12; d++) dot += (W[i * 12 + d] as number) * (Cv[j * 12 + d] as number);
        xs.push(P.values[q] as number);
        ys.push(dot);
      }
    }
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let q = 0; q < xs.length; q++) {
      sxy += ((xs[q] as number) - mx) * ((ys[q] as number) - my);
      sxx += ((xs[q] as number) - mx) ** 2;
      syy += ((ys[q] as number) - my) ** 2;
    }
    const r = sxy / Math.sqrt(sxx * syy);
    expect(r).toBeGreaterThan(0.9);
    expect(Math.abs(my - mx)).toBeLessThan(0.5);
  });

  it('subsampling skips frequent words; bad input is refused', () => {
    const skew = { stream: [...stream, ...new Array(500).fill(0)], counts: [...counts] };
    skew.counts[0] = (skew.counts[0] as number) + 500;
    const all = createSgns(skew.stream, skew.counts, { ...OPTIONS, epochs: 1 }).step(10 ** 6).pairs;
    const sub = createSgns(skew.stream, skew.counts, { ...OPTIONS, epochs: 1, subsample: 1e-3 }).step(
      10 ** 6,
    ).pairs;
    expect(sub).toBeLessThan(all / 2);
    expect(() => createSgns(stream, counts, { ...OPTIONS, dim: 0 })).toThrow('dim');
    expect(() => createSgns(stream, counts, { ...OPTIONS, learningRate: Number.NaN })).toThrow(
      'learning rate',
    );
    expect(() => createSgns([0, 12], counts, OPTIONS)).toThrow('position 1');
    expect(() =>
      createSgns(
        stream,
        counts.map(() => 0),
        OPTIONS,
      ),
    ).toThrow('all zero');
    expect(() => createSgns(stream, counts, OPTIONS).step(-1)).toThrow('tokens');
    expect(createSgns([], [1], OPTIONS).step(5).done).toBe(true);
  });
});

describe('nearestRows and analogy', () => {
  it('match a full sort on a seeded table, skip excluded and zero rows, and order ties by index', () => {
    const rng = createRng('nn');
    const E = { count: 200, dim: 6, data: Float64Array.from({ length: 1200 }, () => rng.normal()) };
    E.data.fill(0, 60, 66); // row 10 is zero
    const q = [1, -2, 0.5, 0, 3, 1];
    const norms = rowNorms(E);
    const cos = Array.from({ length: 200 }, (_, i) => {
      let dot = 0;
      for (let d = 0; d < 6; d++) dot += (E.data[i * 6 + d] as number) * (q[d] as number);
      return { index: i, similarity: dot / ((norms[i] as number) * Math.hypot(...q)) };
    })
      .filter((x) => x.index !== 10 && x.index !== 3)
      .sort((a, b) => b.similarity - a.similarity);
    const got = nearestRows(E, q, 7, { exclude: [3] });
    expect(got.map((x) => x.index)).toEqual(cos.slice(0, 7).map((x) => x.index));
    for (const [i, x] of got.entries()) expect(x.similarity).toBeCloseTo(cos[i]?.similarity as number, 12);
    expect(nearestRows(E, [0, 0, 0, 0, 0, 0], 3)).toEqual([]);
    expect(nearestRows(E, q, 0)).toEqual([]);
    const twins = { count: 3, dim: 2, data: Float64Array.of(1, 0, 2, 0, 1, 1) };
    expect(nearestRows(twins, [1, 0], 2).map((x) => x.index)).toEqual([0, 1]);
    expect(() => nearestRows(E, [1, 2], 3)).toThrow('query');
    expect(() => nearestRows(E, [1, 2, 3, 4, 5, Number.NaN], 3)).toThrow('entry 5');
  });

  it('solves a planted analogy: king − man + woman = queen', () => {
    // Axes: royal, male, female, noise.
    const rows = [
      [0, 1, 0, 0.1], // man
      [0, 0, 1, 0.1], // woman
      [1, 1, 0, 0], // king
      [1, 0, 1, 0], // queen
      [0.2, 0.2, 0.2, 1], // apple
    ];
    const E = { count: 5, dim: 4, data: Float64Array.from(rows.flat()) };
    expect(analogy(E, 0, 2, 1, 1)[0]?.index).toBe(3);
    expect(() => analogy(E, 0, 9, 1, 1)).toThrow('no row 9');
    const zero = { count: 2, dim: 1, data: Float64Array.of(0, 1) };
    expect(analogy(zero, 0, 1, 1, 1)).toEqual([]);
  });
});
