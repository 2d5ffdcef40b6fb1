import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { expectClose } from '@/lib/testing';
import {
  applyCriterion,
  CRITERION_IDS,
  type CriterionId,
  checkBillGates,
  checkCriterion,
  criteria,
  criterionOutcome,
  demandedChange,
  STRICT_RTOL,
} from './criteria';
import { randomCriterionOptions, randomVector, VECTOR_FAMILIES } from './experiment';
import { getMeasure, type SparsityMeasure } from './registry';

const measure = (id: string) => getMeasure(id) as SparsityMeasure;

describe('criteria', () => {
  it('lists D1–P2 with the names and directions of Hurley & Rickard', () => {
    expect(criteria.map((c) => `${c.id} ${c.name} ${c.expect}`)).toEqual([
      'D1 Robin Hood less-sparse',
      'D2 Scaling same',
      'D3 Rising tide less-sparse',
      'D4 Cloning same',
      'P1 Bill Gates more-sparse',
      'P2 Babies more-sparse',
    ]);
  });
});

describe('applyCriterion', () => {
  it("applyCriterion('D1', x) moves half of (max − min)/2 from argmax to argmin by default, on |x|", () => {
    const r = applyCriterion('D1', [1, -2, 3, -4]);
    expect(r.vector).toEqual([1.75, 2, 3, 3.25]);
    expect(r.description).toContain('Robin Hood: move 0.75 from x[3] = 4 to x[0] = 1');
    expect(r.vacuous).toBe(false);
  });

  it("applyCriterion('D1', x, { from, to, fraction }) reproduces the post's [1,2,3,4] → [1.5,2,3,3.5] in two steps", () => {
    const once = applyCriterion('D1', [1, 2, 3, 4], { from: 3, to: 0, fraction: 1 / 3 }).vector;
    expectClose(once, [1.5, 2, 3, 3.5]);
    expectClose(measure('sStar').compute(once), 0.95346, { rtol: 5e-6 });
  });

  it("applyCriterion('D1', x) is vacuous when the giver is not above the receiver, and bad options take defaults", () => {
    expect(applyCriterion('D1', [1, 2], { from: 0, to: 1 }).vacuous).toBe(true);
    expect(applyCriterion('D1', [1, 2], { from: 7, to: -1, fraction: 3 }).vector).toEqual([1.25, 1.75]);
  });

  it('applyCriterion D2, D3, D4, P1, P2 scale, add, clone, grow and append as documented', () => {
    expect(applyCriterion('D2', [1, -2]).vector).toEqual([3, 6]);
    expect(applyCriterion('D2', [1, -2], { factor: 0.5 }).vector).toEqual([0.5, 1]);
    expect(applyCriterion('D3', [1, 3]).vector).toEqual([2, 4]);
    expect(applyCriterion('D3', [1, 3], { amount: 10 }).vector).toEqual([11, 13]);
    expect(applyCriterion('D4', [1, 2]).vector).toEqual([1, 2, 1, 2]);
    expect(applyCriterion('D4', [1, 2], { copies: 3 }).vector).toEqual([1, 2, 1, 2, 1, 2]);
    expect(applyCriterion('P1', [1, 2]).vector).toEqual([1, 4]);
    expect(applyCriterion('P1', [1, 2], { index: 0, amount: 5 }).vector).toEqual([6, 2]);
    expect(applyCriterion('P2', [1, 2], { zeros: 2 }).vector).toEqual([1, 2, 0, 0]);
    expect(applyCriterion('P2', [1, 2], { zeros: 2 }).description).toBe(
      'Babies: append 2 zeros, length 2 → 4',
    );
  });

  it('applyCriterion is vacuous for the empty and zero vectors (every criterion) and D3 for constant vectors', () => {
    for (const c of criteria) {
      expect(applyCriterion(c.id, []).vacuous).toBe(true);
      expect(applyCriterion(c.id, [0, 0]).vacuous).toBe(true);
    }
    expect(applyCriterion('D3', [2, 2, 2]).vacuous).toBe(true);
    expect(checkCriterion(measure('gini'), 'D3', [2, 2, 2])).toEqual({
      before: 0,
      after: 0,
      ok: true,
      outcome: 'complies',
      vacuous: true,
    });
  });
});

describe('checkCriterion / checkBillGates', () => {
  it("checkCriterion(sStar, 'D1', [1,2,3,4]) reports the post's rise in S* as a pass", () => {
    const r = checkCriterion(measure('sStar'), 'D1', [1, 2, 3, 4], { fraction: 1 / 3 });
    expectClose(r.before, 0.912871, { rtol: 1e-6 });
    expectClose(r.after, 0.95346, { rtol: 5e-6 });
    expect(r.ok).toBe(true);
  });

  it("checkCriterion(s1p, 'D4', x) fails (S₁,₂ falls by √2 under cloning) while sStar passes", () => {
    const x = [1, 2, 3, 4];
    const r = checkCriterion(measure('s1p'), 'D4', x);
    expect(r.ok).toBe(false);
    expectClose(r.after, r.before / Math.SQRT2);
    expect(checkCriterion(measure('sStar'), 'D4', x).ok).toBe(true);
  });

  it('checkBillGates finds a β for Gini and S*, none for −ℓ¹ and ℓ⁰, and is vacuous for a one-hot entry', () => {
    expect(checkBillGates(measure('gini'), [1, 2, 3], 0).ok).toBe(true);
    expect(checkBillGates(measure('sStar'), [1, 2, 3], 0).ok).toBe(true);
    expect(checkBillGates(measure('negL1'), [1, 2, 3], 0).ok).toBe(false);
    expect(checkBillGates(measure('l0'), [1, 2, 0], 0).ok).toBe(false);
    expect(checkBillGates(measure('gini'), [0, 5, 0], 1).vacuous).toBe(true);
  });

  it('checkBillGates needs β > 0 for S* when a small entry grows: growing x₀ of [1, 5, 5] first makes it less sparse', () => {
    const m = measure('sStar');
    // Growing 1 → 2 makes [1,5,5] more even (S* rises), so β = 0 fails; past the others it passes.
    expect(checkCriterion(m, 'P1', [1, 5, 5], { index: 0 }).ok).toBe(true);
    const r = checkBillGates(m, [1, 5, 5], 0);
    expect(r.beta).toBeGreaterThan(0);
  });
});

describe('criterionOutcome', () => {
  it('tells complying, standing still (within rounding, relative to the magnitude) and moving the wrong way apart', () => {
    // Oriented scores (larger = sparser): 'less-sparse' demands a fall.
    expect(criterionOutcome('less-sparse', 2, 1)).toBe('complies');
    expect(criterionOutcome('less-sparse', 1, 2)).toBe('wrong-way');
    expect(criterionOutcome('less-sparse', 1, 1)).toBe('unchanged');
    // The tolerance scales with the values: 1e-13 is rounding next to 1, a real move next to 1e-6.
    expect(criterionOutcome('less-sparse', 1, 1 - 1e-13)).toBe('unchanged');
    expect(criterionOutcome('less-sparse', 1, 1 + 1e-13)).toBe('unchanged');
    expect(criterionOutcome('less-sparse', 1e-6, 1e-6 - 1e-13)).toBe('complies');
    expect(criterionOutcome('more-sparse', -1e6, -1e6 + 1e-7)).toBe('unchanged');
    expect(criterionOutcome('more-sparse', -1e6, -1e6 + 1)).toBe('complies');
    // 'same' complies within 1e-9 relative and is violated by any larger move, either way.
    expect(criterionOutcome('same', 1, 1 + 1e-10)).toBe('complies');
    expect(criterionOutcome('same', 1, 1 + 1e-6)).toBe('wrong-way');
    expect(criterionOutcome('same', 1, 1 - 1e-6)).toBe('wrong-way');
    expect(criterionOutcome('same', 0, 1e-13)).toBe('complies');
  });

  it('calls a transfer that moves S₁,ₚ at p = 4 by less than rounding unchanged, not a move the wrong way', () => {
    // A transfer between two entries far below the largest: ‖x‖₁ is unchanged and ‖x‖₄⁴ moves by about
    // 1e-13 of itself, which rounding blurs. In exact arithmetic S₁,₄ rises (less sparse), as D1 demands.
    const x = [1, 0.001, 0.0005];
    const m = measure('s1p');
    const r = checkCriterion(m, 'D1', x, { from: 1, to: 2, fraction: 0.5 }, { p: 4 });
    expect(Math.abs(r.after - r.before)).toBeLessThan(STRICT_RTOL * r.before);
    expect(r.outcome).toBe('unchanged');
    expect(r.ok).toBe(false);
    // S₀ stands still exactly under the same transfer (the maximum is untouched): the same outcome.
    expect(checkCriterion(measure('s0'), 'D1', x, { from: 1, to: 2, fraction: 0.5 }).outcome).toBe(
      'unchanged',
    );
    // −ℓ¹ under cloning moves (doubles): a 'same' criterion violated by a move.
    expect(checkCriterion(measure('negL1'), 'D4', x).outcome).toBe('wrong-way');
    expect(checkCriterion(measure('sStar'), 'D1', [1, 2, 3, 4]).outcome).toBe('complies');
  });

  it('reports the outcome of a failed Bill Gates ladder: −ℓ¹ moves the wrong way, ℓ⁰ stands still', () => {
    expect(checkBillGates(measure('negL1'), [1, 2, 3], 0).outcome).toBe('wrong-way');
    expect(checkBillGates(measure('l0'), [1, 2, 0], 0).outcome).toBe('unchanged');
    expect(checkBillGates(measure('gini'), [1, 2, 3], 0).outcome).toBe('complies');
    expect(checkBillGates(measure('gini'), [0, 5, 0], 1).outcome).toBe('complies');
  });
});

/** Violations of criterion id by measure m over seeded random vectors with random options. */
function violations(m: SparsityMeasure, id: CriterionId, trials = 300, seed = 'criteria'): [number, number] {
  const rng = createRng(`${seed}-${id}`);
  let bad = 0;
  let counted = 0;
  for (let t = 0; t < trials; t++) {
    const family = VECTOR_FAMILIES[t % VECTOR_FAMILIES.length] as (typeof VECTOR_FAMILIES)[number];
    const x = randomVector(rng, family, rng.int(2, 24));
    const opts = randomCriterionOptions(rng, id, x);
    const r = id === 'P1' ? checkBillGates(m, x, opts.index ?? 0) : checkCriterion(m, id, x, opts);
    if (r.vacuous) continue;
    counted++;
    if (!r.ok) bad++;
  }
  return [bad, counted];
}

describe('criteria over seeded random vectors (the cells whose mathematics is clear)', () => {
  const all: CriterionId[] = ['D1', 'D2', 'D3', 'D4', 'P1', 'P2'];

  for (const id of ['sStar', 'gini', 'pqMean']) {
    it(`${id} satisfies all six criteria`, () => {
      for (const c of all) expect(violations(measure(id), c)[0], `${id} ${c}`).toBe(0);
    });
  }

  it('s1p (S₁,₂) satisfies D1, D2, D3, P1, P2 and fails D4 on every vector', () => {
    for (const c of ['D1', 'D2', 'D3', 'P1', 'P2'] as const)
      expect(violations(measure('s1p'), c)[0], c).toBe(0);
    const [bad, n] = violations(measure('s1p'), 'D4');
    expect(bad).toBe(n);
  });

  it('hoyer passes D1–D3 and P1 and fails D4 on every vector', () => {
    for (const c of ['D1', 'D2', 'D3', 'P1'] as const) expect(violations(measure('hoyer'), c)[0], c).toBe(0);
    const [bad, n] = violations(measure('hoyer'), 'D4');
    expect(bad).toBe(n);
  });

  it('l0 fails D1 (a transfer between nonzero entries leaves the zero count alone) and P1, and passes D2 and P2', () => {
    expect(violations(measure('l0'), 'D1')[0]).toBeGreaterThan(100);
    const [bad, n] = violations(measure('l0'), 'P1');
    expect(bad).toBe(n);
    expect(violations(measure('l0'), 'D2')[0]).toBe(0);
    expect(violations(measure('l0'), 'P2')[0]).toBe(0);
  });

  it('negL1 passes only D3 (every other operation either keeps ℓ¹ or moves it the wrong way)', () => {
    expect(violations(measure('negL1'), 'D3')[0]).toBe(0);
    for (const c of ['D1', 'D4', 'P1', 'P2'] as const) {
      const [bad, n] = violations(measure('negL1'), c);
      expect(bad, c).toBe(n);
    }
  });

  it('negLp (0 < p < 1) passes D1 and D3 and fails D2', () => {
    expect(violations(measure('negLp'), 'D1')[0]).toBe(0);
    expect(violations(measure('negLp'), 'D3')[0]).toBe(0);
    expect(violations(measure('negLp'), 'D2')[0]).toBeGreaterThan(250);
  });

  it('shannon and energy entropy are scale-invariant but fail cloning and babies on every vector', () => {
    for (const id of ['shannon', 'hs']) {
      expect(violations(measure(id), 'D2')[0]).toBe(0);
      for (const c of ['D4', 'P2'] as const) {
        const [bad, n] = violations(measure(id), c);
        expect(bad, `${id} ${c}`).toBe(n);
      }
    }
  });
});

describe('CRITERION_IDS and demandedChange', () => {
  it('CRITERION_IDS lists the six ids in Hurley & Rickard’s order', () => {
    expect(CRITERION_IDS).toEqual(['D1', 'D2', 'D3', 'D4', 'P1', 'P2']);
  });
  it('demandedChange turns a criterion’s demand into the way the value must move', () => {
    expect(demandedChange('more-sparse', 'lower').symbol).toBe('↓');
    expect(demandedChange('more-sparse', 'higher').symbol).toBe('↑');
    expect(demandedChange('less-sparse', 'lower').symbol).toBe('↑');
    expect(demandedChange('less-sparse', 'higher').symbol).toBe('↓');
    expect(demandedChange('same', 'lower')).toEqual({ symbol: '=', text: 'must stay the same' });
  });
});
