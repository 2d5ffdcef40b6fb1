import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { findViolation } from './counterexample';
import { type CriterionId, checkCriterion } from './criteria';
import { runCriteriaExperiment } from './experiment';
import { getMeasure, measures, type SparsityMeasure } from './registry';

const need = (id: string): SparsityMeasure => {
  const m = getMeasure(id);
  if (!m) throw new Error(id);
  return m;
};

describe('findViolation', () => {
  it('findViolation(S₁,₂, D4, [1,2,3,4]) finds cloning with 2 copies (S₁,ₚ is not clone invariant)', () => {
    const v = findViolation(need('s1p'), 'D4', [1, 2, 3, 4]);
    expect(v?.options).toEqual({ copies: 2 });
    expect(v?.before).toBeCloseTo(0.456435, 6);
    expect(v?.after).toBeCloseTo(0.456435 / Math.SQRT2, 6);
  });
  it('findViolation(ℓ⁰, D1, x) finds a Robin Hood transfer that leaves the count of zeros unchanged', () => {
    const v = findViolation(need('l0'), 'D1', [1, 2, 3, 4]);
    expect(v).not.toBeNull();
    expect(v?.before).toBe(v?.after);
  });
  it('findViolation returns null for the Gini index on every criterion (seeded vectors)', () => {
    const rng = createRng('find-violation-gini');
    for (let t = 0; t < 20; t++) {
      const x = Array.from({ length: rng.int(2, 12) }, () => rng.next());
      for (const id of ['D1', 'D2', 'D3', 'D4', 'P1', 'P2'] as CriterionId[]) {
        expect(findViolation(need('gini'), id, x), `${id} ${x}`).toBeNull();
      }
    }
  });
  it('every violation findViolation reports is confirmed by checkCriterion with its options', () => {
    const rng = createRng('find-violation-confirm');
    let found = 0;
    for (let t = 0; t < 6; t++) {
      const x = Array.from({ length: rng.int(2, 8) }, () => (rng.next() < 0.3 ? 0 : rng.normal()));
      if (!x.some((v) => v !== 0)) x[0] = 1;
      for (const m of measures) {
        for (const id of ['D1', 'D2', 'D3', 'D4', 'P1', 'P2'] as CriterionId[]) {
          const v = findViolation(m, id, x);
          if (!v) continue;
          found++;
          const r = checkCriterion(m, id, x, v.options);
          expect(r.ok, `${m.id} ${id}`).toBe(false);
          expect(r.before).toBe(v.before);
          expect(r.after).toBe(v.after);
        }
      }
    }
    expect(found).toBeGreaterThan(20);
  });
  it('findViolation reproduces most of the experiment’s counterexamples from their vectors alone', () => {
    const { table } = runCriteriaExperiment({ trials: 60, seed: 3, nMin: 2, nMax: 12 });
    let cells = 0;
    let reproduced = 0;
    for (const m of measures) {
      for (const [id, cell] of Object.entries(table[m.id])) {
        if (!cell.example) continue;
        cells++;
        if (findViolation(m, id as CriterionId, cell.example.x)) reproduced++;
      }
    }
    expect(cells).toBeGreaterThan(10);
    expect(reproduced / cells).toBeGreaterThan(0.8);
  });
  it('findViolation gives null for the zero vector (every criterion is vacuous there)', () => {
    expect(findViolation(need('s1p'), 'D4', [0, 0])).toBeNull();
  });
});
