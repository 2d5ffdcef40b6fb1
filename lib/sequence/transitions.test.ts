import { describe, expect, it } from 'vitest';
import { syntheticTagging } from './synthetic';
import { isLegal, POST_TRANSITIONS, TAGS, type Tag, viterbiTags } from './tags';
import { estimateTransitions, LEGAL_TRANSITIONS } from './transitions';

describe('LEGAL_TRANSITIONS', () => {
  it('allows exactly the steps of the post table, each with weight 1', () => {
    for (const a of TAGS)
      for (const b of TAGS)
        expect(LEGAL_TRANSITIONS[a][b]).toBe(POST_TRANSITIONS[a][b] === undefined ? undefined : 1);
  });

  it('makes Viterbi the most probable legal reading by the per-word probabilities alone', () => {
    // x is likelier than b at word 0, but x x costs the post 0.15 while x→b… is 0.7.
    const probs = [
      [0.5, 0.05, 0.4, 0.025, 0.025],
      [0.55, 0.05, 0.05, 0.05, 0.3],
    ];
    expect(viterbiTags(probs, LEGAL_TRANSITIONS)?.tags).toEqual(['x', 'x']);
    expect(viterbiTags(probs, POST_TRANSITIONS)?.tags).toEqual(['b', 'e']);
  });
});

describe('estimateTransitions', () => {
  it('counts gold steps, smooths, normalises each row over the legal steps', () => {
    const tags = (s: string) => ({ tags: Array.from(s, (c) => TAGS.indexOf(c as Tag)) });
    const r = estimateTransitions([tags('xxbex'), tags('sxx'), tags('bmmex')], 0);
    expect(r.counts.x).toEqual({ x: 2, s: 0, b: 1, m: 0, e: 0 });
    expect(r.table.x).toEqual({ x: 2 / 3, s: 0, b: 1 / 3 });
    expect(r.table.m).toEqual({ m: 0.5, e: 0.5 });
    expect(r.table.b).toEqual({ m: 0.5, e: 0.5 });
    expect(r.illegal).toBe(0);
    const smoothed = estimateTransitions([tags('xxbex')], 1).table;
    expect(smoothed.s).toEqual({ x: 1 });
    expect(smoothed.x.s).toBeCloseTo(1 / 5, 12);
    expect(estimateTransitions([tags('xss')], 1).illegal).toBe(1);
    expect(() => estimateTransitions([], -1)).toThrow(RangeError);
  });

  it('keeps every gold sequence of a task legal under the estimated table', () => {
    const data = syntheticTagging(200, 'est');
    const { table } = estimateTransitions(data);
    for (const s of data)
      expect(
        isLegal(
          Array.from(s.tags, (k) => TAGS[k] as Tag),
          table,
        ),
      ).toBe(true);
  });
});
