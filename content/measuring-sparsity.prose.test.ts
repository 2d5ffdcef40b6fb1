// The numbers the measuring-sparsity article types into its prose, recomputed with lib/sparsity and looked up in
// the text: a change to either side that makes them disagree fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInteger } from '@/lib/format';
import {
  attentionRowVector,
  boundsFraction,
  getMeasure,
  hoyer,
  kappa4,
  measureParams,
  measures,
  oneHotVector,
  renyiEntropy,
  renyiIdentity,
  runCriteriaExperiment,
  type SparsityMeasure,
  s0,
  s1p,
  softmaxLogitsVector,
  sStar,
} from '@/lib/sparsity';
import { expectClose } from '@/lib/testing';
import { articles } from './articles';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'measuring-sparsity.mdx'), 'utf8'));
const measure = (id: string) => getMeasure(id) as SparsityMeasure;
const fixed = (v: number, digits: number) => v.toFixed(digits);

describe('measuring-sparsity: typed numbers against lib', () => {
  it('counts the measures the vector figure lists, in the text and in the index summary', () => {
    expect(text).toContain(`watch all ${measures.length} measures respond`);
    const summary = articles.find((a) => a.slug === 'measuring-sparsity')?.summary;
    expect(summary).toContain(`watch ${measures.length} measures respond`);
  });

  it('the outlier example: a hundred 0.5s with one raised to 5 gives S₀ 0.109 and S*₁,₂ 0.773', () => {
    const flat = new Array(100).fill(0.5);
    const spiked = [5, ...flat.slice(1)];
    expect([s0(flat), sStar(flat)]).toEqual([1, 1]);
    expect(text).toContain(`raise one of them to $5$ and $S_0$ drops to $${fixed(s0(spiked), 3)}$`);
    expect(text).toContain(`goes from $1$ to $${fixed(sStar(spiked), 3)}$`);
  });

  it('Eq. clone: S₁,ₚ(x∘x) = 2^{−1/p}·S₁,ₚ(x) for every p (not 2^{1/p−1}, which agrees only at p = 2)', () => {
    expect(text).toContain('S_{1,p}(x\\circ x) = 2^{-1/p}\\, S_{1,p}(x).');
    for (const x of [
      [1, 2, 3, 4],
      [0.3, 0, 7, 1e-3],
    ])
      for (const p of [1.1, 2, 3, 4, 8]) {
        const ratio = s1p([...x, ...x], p) / s1p(x, p);
        expectClose(ratio, 2 ** (-1 / p), { rtol: 1e-13 });
        if (p !== 2) expect(Math.abs(ratio - 2 ** (1 / p - 1))).toBeGreaterThan(1e-3);
      }
    expect(text).toContain(`At $p = 2$ the factor is $1/\\sqrt2 \\approx ${fixed(2 ** -0.5, 3)}$`);
  });

  it("Hoyer's sparseness is S*₁,₂ stretched and flipped: (1 − S*)/(1 − 1/√n)", () => {
    for (const x of [
      [1, 2, 3, 4],
      [0, 0, 5, 1, 0.2],
    ]) {
      const n = x.length;
      expectClose(hoyer(x), (1 - sStar(x)) / (1 - 1 / Math.sqrt(n)), { rtol: 1e-13 });
    }
  });

  it('Eqs. cosine, snr and identity: S*₁,₂ = cos(sign x, x) = 1/√(1 + Var|x|/(E|x|)²) = exp(−½(log n − H₂))', () => {
    const x = [0.3, -1.2, 2, 0.05, -0.7];
    const n = x.length;
    const dot = x.reduce((a, v) => a + Math.abs(v), 0);
    const cos = dot / (Math.sqrt(n) * Math.hypot(...x));
    expectClose(sStar(x), cos, { rtol: 1e-14 });
    const mean = dot / n;
    const variance = x.reduce((a, v) => a + (Math.abs(v) - mean) ** 2, 0) / n;
    expectClose(sStar(x), 1 / Math.sqrt(1 + variance / mean ** 2), { rtol: 1e-14 });
    // Without the root (as printed in the original) the right side is S*², not S*.
    expect(Math.abs(1 / (1 + variance / mean ** 2) - sStar(x))).toBeGreaterThan(0.05);
    expectClose(sStar(x) ** 2, 1 / (1 + variance / mean ** 2), { rtol: 1e-14 });
    // n = 2: 1 on the diagonals, 1/√2 on the axes.
    expectClose(sStar([1, 1]), 1, { rtol: 1e-15 });
    expectClose(sStar([0, 3]), Math.SQRT1_2, { rtol: 1e-15 });
    // The Rényi identity, and log‖x‖ₚ = (1 − p)/p·Hₚ for a probability vector.
    const probs = [0.5, 0.2, 0.2, 0.1];
    for (const p of [1.5, 2, 4]) {
      const c = renyiIdentity(probs, p);
      expectClose(c.sStar, c.predicted, { rtol: 1e-13 });
      const norm = probs.reduce((a, v) => a + v ** p, 0) ** (1 / p);
      expectClose(Math.log(norm), ((1 - p) / p) * renyiEntropy(probs, p), { rtol: 1e-13 });
    }
  });

  it('the correction: S*₂,₄ breaks Robin Hood in 2,092 of 4,000 trials (seed 1), S*₀.₁,₀.₃ in 217, all the wrong way', () => {
    for (const [q, p, count] of [
      [2, 4, '2,092'],
      [0.1, 0.3, '217'],
    ] as const) {
      const params = measureParams(measure('sStar'), { p, q }).values;
      const cell = runCriteriaExperiment({
        trials: 4000,
        seed: 1,
        nMin: 2,
        nMax: 32,
        measureIds: ['sStar'],
        params: { sStar: params },
      }).table.sStar?.D1;
      expect(formatInteger(cell?.violations ?? -1), `q = ${q}, p = ${p}`).toBe(count);
      expect(cell?.unchanged).toBe(0);
      expect(cell?.trials).toBe(4000);
    }
    expect(text).toContain('(2,092 of 4,000 trials with seed 1)');
    expect(text).toContain('it is rarer but real (217 of 4,000)');
  });

  it('the attention preset: row 4 has three exact zeros; S*₁,₂ 0.737 (41% of the way), Gini 0.508 (58%)', () => {
    const row = attentionRowVector(4);
    expect(row).toHaveLength(8);
    expect(row.filter((v) => v === 0)).toHaveLength(3);
    expect(row.filter((v) => v > 0)).toHaveLength(5);
    const pct = (id: string) => {
      const m = measure(id);
      const v = m.compute(row);
      return [fixed(v, 3), `${Math.round(100 * boundsFraction(v, m.bounds(row.length)))}%`];
    };
    const [star, starPct] = pct('sStar');
    const [g, gPct] = pct('gini');
    expect(text).toContain(
      `$S^*_{1,2} = ${star}$ places the row ${starPct} of the way from uniform to one-hot for $n = 8$, the Gini index ($${g}$) ${gPct} of the way`,
    );
    expect(text).toContain('has three zeros and five positive weights');
    // The softmax preset at temperature 1 (the widget keeps six decimals) has no zero entry.
    for (const n of [4, 8, 64]) {
      const v = softmaxLogitsVector(n, 1, 1).map((x) => Number(x.toFixed(6)));
      expect(v.every((x) => x > 0)).toBe(true);
    }
  });

  it('the experiment at p = 2 (2,000 trials, seed 1): S₀ only stands still under Robin Hood, S₁,ₚ fails only cloning', () => {
    // The vectors and options do not depend on which measures are checked: only the ones the text names.
    const measureIds = ['s0', 's1p', 'sStar', 'gini', 'l2l1', 'hoyer'];
    const { table } = runCriteriaExperiment({ trials: 2000, seed: 1, nMin: 2, nMax: 32, measureIds });
    const failing = (id: string) =>
      Object.entries(table[id] ?? {})
        .filter(([, c]) => c.violations > 0)
        .map(([k]) => k);
    expect(failing('s0')).toEqual(['D1']);
    expect(table.s0?.D1.unchanged).toBe(table.s0?.D1.violations);
    expect(text).toContain(`the table marks ${formatInteger(table.s0?.D1.violations ?? 0)} trials =, none ✗`);
    expect(failing('s1p')).toEqual(['D4']);
    expect(failing('sStar')).toEqual([]);
    expect(failing('gini')).toEqual([]);
    expect(table.l2l1?.D3.violations).toBe(0);
    // Hoyer fails Cloning, and Babies only by standing still on vectors with one non-zero entry (score 1).
    expect(failing('hoyer')).toEqual(['D4', 'P2']);
    expect(table.hoyer?.P2.unchanged).toBe(table.hoyer?.P2.violations);
    const ex = table.hoyer?.P2.example?.x ?? [];
    expect(ex.filter((v) => v !== 0)).toHaveLength(1);
    for (const n of [2, 5, 64]) expect(hoyer(oneHotVector(n))).toBe(1);
  });

  it('at p = 4 and 8, rounding turns 32 and 267 of 2,000 Robin Hood trials of S₁,ₚ and S*₁,ₚ to =', () => {
    for (const [p, count] of [
      [4, 32],
      [8, 267],
    ] as const) {
      const params = Object.fromEntries(
        ['s1p', 'sStar'].map((id) => [id, measureParams(measure(id), { p, q: 1 }).values]),
      );
      const { table } = runCriteriaExperiment({
        trials: 2000,
        seed: 1,
        nMin: 2,
        nMax: 32,
        measureIds: ['s1p', 'sStar'],
        params,
      });
      for (const id of ['s1p', 'sStar']) {
        expect(table[id]?.D1.violations, `${id} at p = ${p}`).toBe(count);
        expect(table[id]?.D1.unchanged, `${id} at p = ${p}`).toBe(count);
      }
    }
    expect(text).toContain('32 of the 2,000 at $p = 4$, 267 at $p = 8$');
  });

  it('κ₄ ranks the fair transfer [10, 2, 1] → [10, 1.5, 1.5] backwards: 0.909 → 0.917', () => {
    const [before, after] = [kappa4([10, 2, 1]), kappa4([10, 1.5, 1.5])];
    expect(after).toBeGreaterThan(before);
    expect(text).toContain(`rises from $${fixed(before, 3)}$ to $${fixed(after, 3)}$`);
  });
});
