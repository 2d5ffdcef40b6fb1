import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/format';
import { viterbiTrace } from '@/lib/viterbi';
import { stepperLattice } from './presets';
import { bruteForceWork, stepEdges, stepNodes, stepState, totalSteps } from './stepping';

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

describe('stepNodes and stepEdges', () => {
  const s = stepperLattice('dianshi', 1, 2, 3);
  const trace = viterbiTrace(s.lattice, s.logTransition);
  const sizes = s.lattice.map((c) => c.length);
  const states = (k: number) =>
    stepNodes(s.lattice, trace, stepState(sizes, k)).map((c) => c.map((x) => x.state));

  it('stepNodes(电视, k) fills columns (the newest active, 柳 unreachable), then traces 视 and 电', () => {
    expect(states(0)).toEqual([
      ['pending', 'pending'],
      ['pending', 'pending', 'pending'],
    ]);
    expect(states(1)).toEqual([
      ['active', 'active'],
      ['pending', 'pending', 'pending'],
    ]);
    // 柳 can be reached from neither 电 nor 宙 under MLE: its best score is −∞.
    expect(states(2)).toEqual([
      ['idle', 'idle'],
      ['dead', 'active', 'active'],
    ]);
    expect(states(3)).toEqual([
      ['idle', 'idle'],
      ['dead', 'best', 'idle'],
    ]);
    expect(states(4)).toEqual([
      ['best', 'idle'],
      ['dead', 'best', 'idle'],
    ]);
    // Before its column is filled a box shows its W; after, its best log-score.
    const [before, after] = [0, 2].map((k) => stepNodes(s.lattice, trace, stepState(sizes, k))[1][1].sub);
    expect(before).toBe('W 0.12');
    expect(after).toBe(formatNumber(trace.steps[1]?.scores[1] as number, { digits: 4 }));
  });

  it('stepEdges(电视, k) draws backpointers once a column is filled and the best path once traced', () => {
    const edges = (k: number) =>
      Object.fromEntries(
        stepEdges(s.lattice, s.logTransition, trace, stepState(sizes, k)).map((e) => [
          `${e.from}-${e.to}`,
          e.state,
        ]),
      );
    // 电→柳 and 宙→柳, 宙→视 were never counted: dashed throughout.
    expect(edges(1)).toEqual({
      '0-0': 'zero',
      '0-1': 'faint',
      '0-2': 'faint',
      '1-0': 'zero',
      '1-1': 'zero',
      '1-2': 'faint',
    });
    // Column 2 filled: 视 and 规 point back to 电.
    expect(edges(2)).toMatchObject({ '0-1': 'back', '0-2': 'back', '1-2': 'faint' });
    // Fully traced: 电→视 is the best path.
    expect(edges(4)).toMatchObject({ '0-1': 'best', '0-2': 'back' });
    expect(
      stepEdges(s.lattice, s.logTransition, trace, stepState(sizes, 4)).find((e) => e.state === 'best')
        ?.width,
    ).toBe(4);
  });
});
