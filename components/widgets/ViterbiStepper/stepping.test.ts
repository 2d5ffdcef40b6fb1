import { describe, expect, it } from 'vitest';
import { viterbiTrace } from '@/lib/viterbi';
import { stepperLattice } from './presets';
import { bruteForceWork, stepState, totalSteps } from './stepping';

describe('stepState', () => {
  it('stepState([2, 3, 3], k) fills columns, then traces back', () => {
    expect(totalSteps(3)).toBe(6);
    expect(stepState([2, 3, 3], 0)).toEqual({ filled: 0, traced: 0, transitions: 0 });
    expect(stepState([2, 3, 3], 1)).toEqual({ filled: 1, traced: 0, transitions: 0 });
    expect(stepState([2, 3, 3], 2)).toEqual({ filled: 2, traced: 0, transitions: 6 });
    expect(stepState([2, 3, 3], 3)).toEqual({ filled: 3, traced: 0, transitions: 15 });
    expect(stepState([2, 3, 3], 5)).toEqual({ filled: 3, traced: 2, transitions: 15 });
  });

  it('stepState clamps steps outside [0, 2n] and NaN', () => {
    expect(stepState([2, 2], 99)).toEqual({ filled: 2, traced: 2, transitions: 4 });
    expect(stepState([2, 2], -3)).toEqual({ filled: 0, traced: 0, transitions: 0 });
    expect(stepState([2, 2], Number.NaN)).toEqual({ filled: 0, traced: 0, transitions: 0 });
    expect(stepState([], 1)).toEqual({ filled: 0, traced: 0, transitions: 0 });
  });

  it('stepState at the last column counts what lib’s viterbiTrace counted', () => {
    for (const id of ['yanfa', 'random'] as const) {
      const s = stepperLattice(id, 5, 7, 4);
      const sizes = s.lattice.map((c) => c.length);
      expect(stepState(sizes, sizes.length).transitions).toBe(
        viterbiTrace(s.lattice, s.logTransition).work.transitions,
      );
      expect(bruteForceWork(sizes).paths).toBe(viterbiTrace(s.lattice, s.logTransition).work.paths);
    }
  });

  it('bruteForceWork([3, 3, 3, 3]) is 81 paths and 243 transitions; empty is 0', () => {
    expect(bruteForceWork([3, 3, 3, 3])).toEqual({ paths: 81, transitions: 243 });
    expect(bruteForceWork([])).toEqual({ paths: 0, transitions: 0 });
  });
});
