import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../random';
import { expectClose } from '../testing';
import { bigramModel } from './bigram';
import { POST_BEST_SCORE, POST_COUNTS, POST_LATTICE } from './postExample';
import {
  allPaths,
  bruteForce,
  type Candidate,
  type Lattice,
  type LogTransition,
  latticeWork,
  PATH_COUNT_CAP,
  predecessorScores,
  viterbi,
  viterbiTrace,
} from './viterbi';

const NEG = Number.NEGATIVE_INFINITY;
const mle = bigramModel(POST_COUNTS, { kind: 'mle' });
const col = (...entries: [string, number][]): Candidate[] =>
  entries.map(([token, logProb]) => ({ token, logProb }));

describe('the post’s example (kexue.fm/archives/3842)', () => {
  it('viterbi(post lattice, MLE bigrams) reads 电视 with f ≈ 0.0104099', () => {
    const r = viterbi(POST_LATTICE, mle.logProb);
    expect(r.path).toEqual(['电', '视']);
    expect(r.indices).toEqual([0, 1]);
    // The post's rounded value, and the exact product 0.99996·(12426/145001)·0.12148.
    expect(Math.exp(r.logScore)).toBeCloseTo(0.0104099, 7);
    expectClose(Math.exp(r.logScore), POST_BEST_SCORE, { rtol: 1e-13 });
  });

  it('viterbi(post lattice, no language model) is the image model’s argmax 电柳', () => {
    expect(viterbi(POST_LATTICE, () => 0).path).toEqual(['电', '柳']);
  });

  it('allPaths(post lattice) lists the six scores f = W(s₁)·P(s₂|s₁)·W(s₂) in index order', () => {
    const paths = allPaths(POST_LATTICE, mle.logProb);
    expect(paths.map((p) => p.path.join(''))).toEqual(['电柳', '电视', '电规', '宙柳', '宙视', '宙规']);
    // Recomputed by hand from the post's numbers.
    const expected = [
      0,
      0.99996 * (12426 / 145001) * 0.12148,
      0.99996 * (7 / 145001) * 0.00012,
      0,
      0,
      0.00004 * (18 / 1980) * 0.00012,
    ];
    expectClose(
      paths.map((p) => Math.exp(p.logScore)),
      expected,
      { rtol: 1e-12 },
    );
    expect(paths[0]?.logScore).toBe(NEG);
  });

  it('viterbiTrace(post lattice) keeps both columns, the backtrace from the end and the work counts', () => {
    const trace = viterbiTrace(POST_LATTICE, mle.logProb);
    expect(trace.steps).toHaveLength(2);
    expectClose(Array.from(trace.steps[0]?.scores ?? []), [Math.log(0.99996), Math.log(0.00004)]);
    expect(Array.from(trace.steps[0]?.back ?? [])).toEqual([-1, -1]);
    // 柳 is unreachable (both counts 0); 视 comes from 电; 规 from 电 (0.99996·7/145001 > 0.00004·18/1980).
    expect(Array.from(trace.steps[1]?.back ?? [])).toEqual([-1, 0, 0]);
    expect(trace.steps[1]?.scores[0]).toBe(NEG);
    expect(trace.backtrace).toEqual([1, 0]);
    expect(trace.work).toEqual({ transitions: 6, paths: 6 });
  });
});

/** A seeded lattice: values from a small dyadic set (exact sums, many ties), −∞, NaN, or continuous. */
function randomLattice(rng: Rng, n: number, maxL: number, continuous: boolean): Lattice {
  const values = [0, -0.5, -1, -1, -2, -4, NEG];
  const lattice: Candidate[][] = [];
  for (let t = 0; t < n; t++) {
    const l = rng.int(1, maxL);
    const column: Candidate[] = [];
    for (let k = 0; k < l; k++) {
      const r = rng.next();
      const logProb =
        r < 0.05 ? Number.NaN : continuous ? (r < 0.15 ? NEG : -5 * rng.next()) : pick(rng, values);
      column.push({ token: String.fromCharCode(97 + rng.int(0, 5)), logProb });
    }
    lattice.push(column);
  }
  return lattice;
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(0, xs.length - 1)] as T;
}

/** A seeded transition table over the tokens a–f, with forbidden (−∞) and NaN entries. */
function randomTransition(rng: Rng, continuous: boolean): LogTransition {
  const table = new Map<string, number>();
  for (const a of 'abcdef') {
    for (const b of 'abcdef') {
      const r = rng.next();
      table.set(
        a + b,
        r < 0.2 ? NEG : r < 0.25 ? Number.NaN : continuous ? -3 * rng.next() : -rng.int(0, 3) / 2,
      );
    }
  }
  return (prev, next) => table.get(prev + next) as number;
}

describe('viterbi against brute force', () => {
  for (const continuous of [false, true]) {
    it(`viterbi(lattice) equals bruteForce(lattice) bit for bit on 1500 seeded ${continuous ? 'continuous' : 'tie-heavy'} lattices`, () => {
      const rng = createRng(continuous ? 'viterbi-continuous' : 'viterbi-ties');
      let finite = 0;
      let ties = 0;
      for (let trial = 0; trial < 1500; trial++) {
        const lattice = randomLattice(rng, rng.int(1, 6), 5, continuous);
        const transition = randomTransition(rng, continuous);
        const fast = viterbi(lattice, transition);
        const slow = bruteForce(lattice, transition, 20_000);
        expect(fast.indices, `trial ${trial}`).toEqual(slow.indices);
        expect(fast.path).toEqual(slow.path);
        expect(Object.is(fast.logScore, slow.logScore), `trial ${trial}`).toBe(true);
        const scores = allPaths(lattice, transition, 20_000).map((p) => p.logScore);
        expect(fast.logScore).toBe(Math.max(...scores.map((s) => (Number.isNaN(s) ? NEG : s))));
        if (Number.isFinite(fast.logScore)) finite += 1;
        if (scores.filter((s) => s === fast.logScore).length > 1) ties += 1;
      }
      // The generator must exercise both finite optima and ties (and −∞ lattices: 1500 − finite).
      expect(finite).toBeGreaterThan(750);
      expect(finite).toBeLessThan(1500);
      if (!continuous) expect(ties).toBeGreaterThan(150);
    }, 30_000);
  }

  it('viterbiTrace(lattice) columns hold the best prefix score per candidate (checked by brute force)', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 300; trial++) {
      const lattice = randomLattice(rng, rng.int(1, 5), 4, trial % 2 === 0);
      const transition = randomTransition(rng, trial % 2 === 0);
      const trace = viterbiTrace(lattice, transition);
      for (let t = 0; t < lattice.length; t++) {
        const prefix = lattice.slice(0, t + 1);
        const paths = allPaths(prefix, transition);
        const column = lattice[t] as Candidate[];
        for (let k = 0; k < column.length; k++) {
          const best = Math.max(NEG, ...paths.filter((p) => p.indices[t] === k).map((p) => p.logScore));
          expect(trace.steps[t]?.scores[k]).toBe(best);
          const back = trace.steps[t]?.back[k] as number;
          if (t === 0 || best === NEG) expect(back).toBe(-1);
          else expect(back).toBeGreaterThanOrEqual(0);
        }
      }
      expect(trace.backtrace.slice().reverse()).toEqual(trace.result.indices);
      const sizes = lattice.map((c) => c.length);
      expect(trace.work.paths).toBe(sizes.reduce((a, b) => a * b, 1));
      expect(trace.work.transitions).toBe(
        sizes.slice(1).reduce((a, l, t) => a + l * (sizes[t] as number), 0),
      );
      expect(latticeWork(sizes)).toEqual(trace.work);
    }
  }, 30_000);

  it('predecessorScores(lattice, trace, T, t, k) is maximised at back[k], and its maximum + log W(k) is scores[k]', () => {
    const rng = createRng('predecessors');
    let checked = 0;
    for (let trial = 0; trial < 300; trial++) {
      const lattice = randomLattice(rng, rng.int(2, 5), 4, true);
      const transition = randomTransition(rng, true);
      const trace = viterbiTrace(lattice, transition);
      for (let t = 1; t < lattice.length; t++) {
        (lattice[t] as Candidate[]).forEach((c, k) => {
          const into = predecessorScores(lattice, trace, transition, t, k);
          expect(into).toHaveLength((lattice[t - 1] as Candidate[]).length);
          const top = Math.max(...into);
          const step = trace.steps[t] as { scores: Float64Array; back: Int32Array };
          if (top === NEG || !(c.logProb > NEG)) {
            // Unreachable, or a candidate the image rules out (−∞ or NaN): no backpointer.
            expect(step.scores[k]).toBe(NEG);
            return;
          }
          expect(into.indexOf(top)).toBe(step.back[k]);
          expectClose(top + c.logProb, step.scores[k] as number, { rtol: 1e-12, atol: 1e-12 });
          checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('ties', () => {
  it('viterbi(all-equal lattice) picks candidate 0 everywhere', () => {
    const column = col(['a', -1], ['b', -1], ['c', -1]);
    expect(viterbi([column, column, column], () => -1).indices).toEqual([0, 0, 0]);
  });

  it('viterbi(two equal best paths) prefers the lower index at the last position, then before it', () => {
    // Paths [0,1] and [1,0] both score −1; read from the end, [1,0] is smaller.
    const lattice = [col(['a', 0], ['b', -1]), col(['c', 0], ['d', -1])];
    const transition: LogTransition = (a, b) => (a + b === 'ac' ? -5 : 0);
    expect(viterbi(lattice, transition).indices).toEqual([1, 0]);
    expect(bruteForce(lattice, transition).indices).toEqual([1, 0]);
  });

  it('viterbi(rounding tie) keeps the lowest predecessor index, and bruteForce agrees', () => {
    // −1 − 2⁻⁵² and −1 differ, but both + (−2⁵²) round to −(2⁵² + 1): the final scores tie.
    const lattice = [col(['a', -1 - 2 ** -52], ['b', -1]), col(['c', 0])];
    const transition: LogTransition = () => -(2 ** 52);
    const paths = allPaths(lattice, transition);
    expect(paths[0]?.logScore).toBe(paths[1]?.logScore);
    expect(viterbi(lattice, transition).indices).toEqual([0, 0]);
    expect(bruteForce(lattice, transition).indices).toEqual([0, 0]);
  });
});

describe('edges', () => {
  it('latticeWork(sizes) counts Σ lₜ₋₁·lₜ transitions and Π lₜ paths; [] is one empty path, a 0 column none', () => {
    expect(latticeWork([2, 3, 3])).toEqual({ transitions: 15, paths: 18 });
    expect(latticeWork([])).toEqual({ transitions: 0, paths: 1 });
    expect(latticeWork([4])).toEqual({ transitions: 0, paths: 4 });
    expect(latticeWork([3, 0, 2])).toEqual({ transitions: 0, paths: 0 });
    expect(latticeWork(new Array(400).fill(10)).paths).toBe(PATH_COUNT_CAP);
  });

  it('predecessorScores(post lattice, …, 1, 1) gives the two ways into 视; t = 0 or a bad k throws', () => {
    const trace = viterbiTrace(POST_LATTICE, mle.logProb);
    const into = predecessorScores(POST_LATTICE, trace, mle.logProb, 1, 1);
    expectClose(into[0] as number, Math.log(0.99996) + Math.log(12426 / 145001), { rtol: 1e-14 });
    expect(into[1]).toBe(NEG);
    expect(() => predecessorScores(POST_LATTICE, trace, mle.logProb, 0, 0)).toThrow(RangeError);
    expect(() => predecessorScores(POST_LATTICE, trace, mle.logProb, 2, 0)).toThrow(RangeError);
    expect(() => predecessorScores(POST_LATTICE, trace, mle.logProb, 1, 3)).toThrow(RangeError);
    // NaN transitions count as −∞.
    expect(predecessorScores(POST_LATTICE, trace, () => Number.NaN, 1, 0)).toEqual([NEG, NEG]);
  });

  it('viterbi([]) is the empty path with score 0', () => {
    expect(viterbi([], () => 0)).toEqual({ path: [], indices: [], logScore: 0 });
    expect(bruteForce([], () => 0)).toEqual({ path: [], indices: [], logScore: 0 });
    expect(allPaths([], () => 0)).toEqual([{ path: [], indices: [], logScore: 0 }]);
    expect(viterbiTrace([], () => 0).work).toEqual({ transitions: 0, paths: 1 });
  });

  it('viterbi(one position) is the argmax of the log-probabilities, never calling logTransition', () => {
    const r = viterbi([col(['x', -3], ['y', -0.5], ['z', -0.5])], () => {
      throw new Error('not called');
    });
    expect(r).toEqual({ path: ['y'], indices: [1], logScore: -0.5 });
  });

  it('viterbi(lattice without a finite path) gives candidate 0 everywhere and −Infinity', () => {
    const lattice = [col(['a', 0], ['b', -1]), col(['c', 0], ['d', 0])];
    const r = viterbi(lattice, () => NEG);
    expect(r).toEqual({ path: ['a', 'c'], indices: [0, 0], logScore: NEG });
    expect(bruteForce(lattice, () => NEG)).toEqual(r);
    const trace = viterbiTrace(lattice, () => NEG);
    expect(Array.from(trace.steps[1]?.back ?? [])).toEqual([-1, -1]);
    expect(trace.backtrace).toEqual([0, 0]);
  });

  it('viterbi(NaN logProb or transition) treats it as −Infinity', () => {
    const lattice = [col(['a', Number.NaN], ['b', -5]), col(['c', 0], ['d', -1])];
    const transition: LogTransition = (_prev, next) => (next === 'c' ? Number.NaN : 0);
    const r = viterbi(lattice, transition);
    expect(r).toEqual({ path: ['b', 'd'], indices: [1, 1], logScore: -6 });
    expect(Number.isNaN(r.logScore)).toBe(false);
  });

  it('viterbi(position without candidates) throws RangeError naming the position', () => {
    expect(() => viterbi([col(['a', 0]), []], () => 0)).toThrow(/position 1 has no candidates/);
    expect(() => bruteForce([[]], () => 0)).toThrow(RangeError);
  });

  it('viterbi(+Infinity logProb or transition) throws RangeError', () => {
    expect(() => viterbi([col(['a', Number.POSITIVE_INFINITY])], () => 0)).toThrow(RangeError);
    expect(() => viterbi([col(['a', 0]), col(['b', 0])], () => Number.POSITIVE_INFINITY)).toThrow(
      /logTransition\('a', 'b'\)/,
    );
  });

  it('allPaths(lattice beyond limit) throws RangeError; the default limit is 10 000', () => {
    const column = col(
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
      ['e', 0],
      ['f', 0],
      ['g', 0],
      ['h', 0],
      ['i', 0],
      ['j', 0],
    );
    expect(allPaths([column, column, column, column], () => 0)).toHaveLength(10_000);
    expect(() => allPaths([column, column, column, column, column], () => 0)).toThrow(/exceed the limit/);
    expect(() => allPaths([column, column], () => 0, 99)).toThrow(RangeError);
    expect(() => bruteForce([column, column], () => 0, 99)).toThrow(RangeError);
  });

  it('viterbiTrace(long lattice) caps the brute-force path count at 1e300 and stays linear', () => {
    const column = col(
      ['a', -1],
      ['b', -2],
      ['c', -3],
      ['d', -4],
      ['e', -5],
      ['f', -6],
      ['g', -7],
      ['h', -8],
    );
    const lattice = new Array(400).fill(column);
    const trace = viterbiTrace(lattice, () => -1);
    expect(trace.work.paths).toBe(PATH_COUNT_CAP);
    expect(trace.work.transitions).toBe(399 * 64);
    expect(trace.result.indices.every((k) => k === 0)).toBe(true);
    expect(trace.result.logScore).toBe(-400 - 399);
  });

  it('viterbi(lattice) does not modify the lattice', () => {
    const lattice = [col(['a', -1], ['b', -2]), col(['c', -1])];
    const copy = structuredClone(lattice);
    viterbiTrace(lattice, () => -1);
    bruteForce(lattice, () => -1);
    expect(lattice).toEqual(copy);
  });
});
