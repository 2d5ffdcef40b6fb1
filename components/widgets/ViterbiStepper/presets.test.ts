import { describe, expect, it } from 'vitest';
import { bruteForce, viterbi } from '@/lib/viterbi';
import { PRESET_IDS, randomStepperLattice, stepperLattice } from './presets';

const imageOnly = (lattice: ReturnType<typeof stepperLattice>['lattice']) =>
  lattice.map((col) => col.reduce((b, c) => (c.logProb > b.logProb ? c : b)).token).join('');

describe('stepperLattice', () => {
  it('stepperLattice(sentence presets): the image alone misreads, Viterbi recovers the truth', () => {
    for (const [id, misread] of [
      ['dianshi', '电柳'],
      ['yanfa', '研友围像'],
      ['sugan', '速于衣服'],
    ] as const) {
      const s = stepperLattice(id, 1, 4, 3);
      expect(imageOnly(s.lattice)).toBe(misread);
      expect(viterbi(s.lattice, s.logTransition).path.join('')).toBe(s.truth);
    }
  });

  it('stepperLattice(dianshi) scores 电视 at the post’s f ≈ 0.0104099', () => {
    const s = stepperLattice('dianshi', 1, 2, 3);
    expect(Math.exp(viterbi(s.lattice, s.logTransition).logScore)).toBeCloseTo(0.0104099, 7);
  });

  it('randomStepperLattice(seed, n, l) is reproducible, has n columns of l distinct candidates, sorted by W', () => {
    for (let seed = 0; seed < 30; seed++) {
      const n = 2 + (seed % 8);
      const l = 1 + (seed % 5);
      const a = randomStepperLattice(seed, n, l);
      const b = randomStepperLattice(seed, n, l);
      expect(a.lattice).toEqual(b.lattice);
      expect(a.lattice).toHaveLength(n);
      for (const col of a.lattice) {
        expect(new Set(col.map((c) => c.token)).size).toBe(l);
        const total = col.reduce((s, c) => s + Math.exp(c.logProb), 0);
        expect(total).toBeCloseTo(1, 12);
        for (let k = 1; k < col.length; k++) expect(col[k].logProb).toBeLessThanOrEqual(col[k - 1].logProb);
      }
      // The stepper's answer is the brute-force optimum.
      if (l ** n <= 10_000) {
        expect(viterbi(a.lattice, a.logTransition)).toEqual(bruteForce(a.lattice, a.logTransition));
      }
    }
  });

  it('randomStepperLattice includes impossible transitions (log P = −∞) for some seeds', () => {
    const s = randomStepperLattice(3, 6, 5);
    let impossible = 0;
    for (let t = 1; t < s.lattice.length; t++) {
      for (const a of s.lattice[t - 1])
        for (const b of s.lattice[t]) if (s.logTransition(a.token, b.token) === -Infinity) impossible++;
    }
    expect(impossible).toBeGreaterThan(0);
  });

  it('PRESET_IDS lists every preset stepperLattice accepts', () => {
    for (const id of PRESET_IDS) expect(stepperLattice(id, 2, 3, 2).lattice.length).toBeGreaterThan(0);
  });
});
