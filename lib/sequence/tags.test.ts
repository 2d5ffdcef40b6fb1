import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import {
  bestSpan,
  bruteForceTags,
  greedyTags,
  isLegal,
  POST_TRANSITIONS,
  spanScore,
  spansToTags,
  TAGS,
  type Tag,
  tagsToSpans,
  viterbiTags,
} from '.';

/** Seeded per-word tag probabilities: n rows of 5 positive numbers summing to 1. */
function randomProbs(rng: ReturnType<typeof createRng>, n: number): number[][] {
  return Array.from({ length: n }, () => {
    const raw = TAGS.map(() => rng.next() ** 3 + 1e-3);
    const sum = raw.reduce((a, b) => a + b, 0);
    return raw.map((v) => v / sum);
  });
}

describe('spans and tags', () => {
  it('round-trip: tags of spans spell the same spans, on hand cases and seeded ones', () => {
    expect(
      spansToTags(5, [
        { start: 1, end: 2 },
        { start: 2, end: 5 },
      ]),
    ).toEqual(['x', 's', 'b', 'm', 'e']);
    expect(spansToTags(0, [])).toEqual([]);
    const rng = createRng('spans');
    for (let trial = 0; trial < 200; trial++) {
      const n = rng.int(0, 12);
      const spans = [];
      for (let i = 0; i < n; ) {
        const len = rng.int(1, 4);
        if (rng.next() < 0.4 && i + len <= n) {
          spans.push({ start: i, end: i + len });
          i += len;
        } else i += 1;
      }
      expect(tagsToSpans(spansToTags(n, spans))).toEqual(spans);
    }
  });

  it('fragments that do not close spell nothing; bad spans throw', () => {
    expect(tagsToSpans(['b', 'x', 'e', 'm', 'e', 'b', 'm'])).toEqual([]);
    expect(tagsToSpans(['x', 's', 'b', 'm', 'e', 'm', 'x'])).toEqual([
      { start: 1, end: 2 },
      { start: 2, end: 5 },
    ]);
    expect(() => spansToTags(3, [{ start: 2, end: 4 }])).toThrow('does not fit');
    expect(() => spansToTags(3, [{ start: 1, end: 1 }])).toThrow('does not fit');
    expect(() =>
      spansToTags(4, [
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toThrow('overlap at word 1');
  });

  it('legality follows the post’s table and the start and end rules', () => {
    expect(isLegal([], POST_TRANSITIONS)).toBe(true);
    expect(isLegal(['x', 'b', 'm', 'e', 'x', 's'])).toBe(true);
    expect(isLegal(['x', 's', 's'])).toBe(false); // s→s
    expect(isLegal(['m', 'e'])).toBe(false); // starts inside an entity
    expect(isLegal(['x', 'b'])).toBe(false); // ends inside one
    expect(isLegal(['b', 'e', 'b', 'e'])).toBe(false); // e→b: entities need an x between them
  });
});

describe('decoding', () => {
  it('constrained Viterbi equals brute force over all 5ⁿ sequences and is always legal; greedy is often not', () => {
    const rng = createRng('decode');
    let greedyIllegal = 0;
    for (let trial = 0; trial < 60; trial++) {
      const probs = randomProbs(rng, rng.int(1, 6));
      const v = viterbiTags(probs);
      const b = bruteForceTags(probs);
      expect(v).toEqual(b);
      if (v) expect(isLegal(v.tags)).toBe(true);
      if (!isLegal(greedyTags(probs))) greedyIllegal += 1;
    }
    expect(greedyIllegal).toBeGreaterThan(10);
  });

  it('picks the best legal reading on a hand case, and null when none has positive probability', () => {
    const probs = [
      [0.1, 0, 0.5, 0.4, 0],
      [0.6, 0, 0, 0.4, 0],
    ];
    expect(greedyTags(probs)).toEqual(['b', 'x']);
    // Legal two-word readings with positive probability: x x (0.1·0.15·0.6), b e? e has 0 → no; so x x.
    expect(viterbiTags(probs)?.tags).toEqual(['x', 'x']);
    expect(viterbiTags([[0, 0, 0, 1, 0]])).toBeNull(); // only m, which cannot start
    expect(viterbiTags([])).toEqual({ tags: [], logScore: 0 });
    expect(() => viterbiTags([[0.5, 0.5]])).toThrow('2 tag probabilities');
    expect(() => greedyTags([[0.5, 0.5, Number.NaN, 0, 0]])).toThrow('probability NaN');
  });

  it('bestSpan picks the span with the highest mean log-probability', () => {
    const probs = [
      [0.1, 0.8, 0.05, 0.03, 0.02], // s, sure
      [0.9, 0.02, 0.04, 0.02, 0.02],
      [0.1, 0.1, 0.6, 0.1, 0.1], // b
      [0.1, 0.1, 0.1, 0.1, 0.6], // e
    ];
    const tags: Tag[] = ['s', 'x', 'b', 'e'];
    expect(bestSpan(probs, tags)).toEqual({ span: { start: 0, end: 1 }, meanLogProb: Math.log(0.8) });
    expect(bestSpan(probs, ['x', 'x', 'x', 'x'])).toBeNull();
  });
});

describe('spanScore', () => {
  it('counts exact matches over sentences', () => {
    const g = [
      [
        { start: 0, end: 2 },
        { start: 3, end: 4 },
      ],
      [{ start: 1, end: 3 }],
    ];
    const p = [
      [{ start: 0, end: 2 }],
      [
        { start: 1, end: 2 },
        { start: 2, end: 3 },
      ],
    ];
    const s = spanScore(g, p);
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([1, 2, 2]);
    expect(s.precision).toBeCloseTo(1 / 3, 15);
    expect(s.recall).toBeCloseTo(1 / 3, 15);
    expect(s.f1).toBeCloseTo(1 / 3, 15);
    expect(spanScore(g, g).f1).toBe(1);
    expect(spanScore([[]], [[{ start: 0, end: 1 }]]).recall).toBeNaN();
    expect(spanScore([[{ start: 0, end: 1 }]], [[{ start: 1, end: 2 }]]).f1).toBe(0);
    expect(() => spanScore([[]], [])).toThrow('1 gold sentences');
  });
});
