import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { checkCriterion, criteria } from './criteria';
import { createCriteriaExperiment, randomVector, runCriteriaExperiment, VECTOR_FAMILIES } from './experiment';
import { getMeasure, measures } from './registry';

describe('randomVector', () => {
  it('randomVector(rng, family, n) has length n, is never the zero vector and is reproducible', () => {
    for (const family of VECTOR_FAMILIES) {
      for (const n of [1, 2, 7, 32]) {
        const a = randomVector(createRng(`${family}${n}`), family, n);
        const b = randomVector(createRng(`${family}${n}`), family, n);
        expect(a).toHaveLength(n);
        expect(a).toEqual(b);
        expect(a.some((v) => v !== 0)).toBe(true);
      }
    }
  });

  it("randomVector(rng, 'spikes', n) is mostly zeros", () => {
    const rng = createRng('spikes');
    let small = 0;
    for (let t = 0; t < 50; t++) {
      const x = randomVector(rng, 'spikes', 30);
      const max = Math.max(...x.map(Math.abs));
      small += x.filter((v) => Math.abs(v) < 0.02 * max).length;
    }
    expect(small / (50 * 30)).toBeGreaterThan(0.85);
  });
});

describe('runCriteriaExperiment', () => {
  const options = { trials: 150, seed: 7, nMin: 2, nMax: 20 };

  it('runCriteriaExperiment(options) is deterministic for a seed and differs for another seed', () => {
    const a = runCriteriaExperiment(options);
    expect(runCriteriaExperiment(options)).toEqual(a);
    expect(runCriteriaExperiment({ ...options, seed: 8 })).not.toEqual(a);
  });

  it('fills a cell for every measure and criterion, with violations ≤ trials and an example for each violation', () => {
    const { table } = runCriteriaExperiment(options);
    expect(Object.keys(table)).toEqual(measures.map((m) => m.id));
    for (const m of measures) {
      for (const c of criteria) {
        const cell = table[m.id]?.[c.id];
        expect(cell, `${m.id} ${c.id}`).not.toBeUndefined();
        if (!cell) continue;
        expect(cell.trials).toBeGreaterThan(140);
        expect(cell.trials).toBeLessThanOrEqual(150);
        expect(cell.violations).toBeLessThanOrEqual(cell.trials);
        expect(cell.unchanged).toBeLessThanOrEqual(cell.violations);
        expect(cell.example !== undefined).toBe(cell.violations > 0);
      }
    }
  });

  it('the Gini row has 0 violations, and S₁,₂ violates cloning in every trial', () => {
    const { table } = runCriteriaExperiment({ trials: 500, seed: 2023, nMin: 2, nMax: 32 });
    for (const c of criteria) expect(table.gini?.[c.id].violations, c.id).toBe(0);
    expect(table.s1p?.D4.violations).toBe(table.s1p?.D4.trials);
    expect(table.s1p?.D4.unchanged).toBe(0);
    expect(table.sStar?.D4.violations).toBe(0);
  });

  it('S₀ fails Robin Hood only by standing still; −ℓ¹ moves the wrong way under cloning every time', () => {
    const { table } = runCriteriaExperiment({ trials: 500, seed: 2023, nMin: 2, nMax: 32 });
    const s0 = table.s0?.D1;
    expect(s0?.violations).toBeGreaterThan(100);
    expect(s0?.unchanged).toBe(s0?.violations);
    expect(s0?.example?.outcome).toBe('unchanged');
    expect(table.negL1?.D4.unchanged).toBe(0);
    expect(table.negL1?.D4.example?.outcome).toBe('wrong-way');
  });

  it('progress rises monotonically and ends at exactly 1', () => {
    const seen: number[] = [];
    runCriteriaExperiment({ ...options, measureIds: ['gini'] }, (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] as number);
    expect(seen.length).toBeGreaterThan(10);
  });

  it('measureIds and params restrict and configure the measures; trials 0 gives empty cells', () => {
    const { table } = runCriteriaExperiment({
      ...options,
      measureIds: ['sStar', 'nope'],
      params: { sStar: { q: 1, p: 4 } },
    });
    expect(Object.keys(table)).toEqual(['sStar']);
    const empty = runCriteriaExperiment({ ...options, trials: 0, measureIds: ['gini'] }, () => {});
    expect(empty.table.gini?.D1).toEqual({ violations: 0, unchanged: 0, trials: 0 });
  });
});

describe('createCriteriaExperiment', () => {
  it('advancing in uneven chunks gives exactly the table of one run', () => {
    const options = { trials: 90, seed: 7, nMin: 2, nMax: 12 };
    const whole = runCriteriaExperiment(options);
    const run = createCriteriaExperiment(options);
    for (const chunk of [1, 7, 30, 100]) run.advance(chunk);
    expect(run.completed).toBe(90);
    expect(run.result()).toEqual(whole);
  });

  it('a counterexample replays: its options reproduce the violation', () => {
    const run = createCriteriaExperiment({ trials: 60, seed: 3, nMin: 3, nMax: 10 });
    run.advance(60);
    const cell = run.result().table.s1p?.D4;
    expect(cell?.violations).toBeGreaterThan(0);
    const ex = cell?.example;
    if (!ex) throw new Error('no counterexample kept');
    const m = getMeasure('s1p');
    if (!m) throw new Error('s1p missing');
    const replay = checkCriterion(m, 'D4', ex.x, ex.options);
    expect(replay.ok).toBe(false);
    expect(replay.before).toBeCloseTo(ex.before, 12);
    expect(replay.after).toBeCloseTo(ex.after, 12);
  });

  it('advance past the end or by a bad count does nothing more', () => {
    const run = createCriteriaExperiment({ trials: 5, seed: 1, nMin: 2, nMax: 4 });
    expect(run.advance(Number.NaN)).toBe(0);
    expect(run.advance(-3)).toBe(0);
    expect(run.advance(50)).toBe(5);
    expect(run.advance(50)).toBe(5);
  });
});
