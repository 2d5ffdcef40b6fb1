import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import {
  bestSpan,
  bruteForceTags,
  greedyTags,
  illegalSteps,
  isLegal,
  POST_TRANSITIONS,
  resolveTagProbs,
  resolveTransitionRows,
  scoredSpans,
  spanScore,
  spansToTags,
  TAGS,
  type Tag,
  tagsToSpans,
  transitionRows,
  viterbiTags,
  viterbiTagTrace,
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
    expect(scoredSpans(probs, tags)).toEqual([
      { span: { start: 0, end: 1 }, meanLogProb: Math.log(0.8) },
      { span: { start: 2, end: 4 }, meanLogProb: Math.log(0.6) },
    ]);
    expect(scoredSpans(probs, ['x', 'x', 'x', 'x'])).toEqual([]);
    // A tie goes to the earlier span; a zero probability makes a span's mean −∞.
    expect(
      bestSpan(
        [
          [0.5, 0.5, 0, 0, 0],
          [0.5, 0.5, 0, 0, 0],
        ],
        ['s', 's'],
      )?.span.start,
    ).toBe(0);
    expect(
      scoredSpans(
        [
          [0.5, 0, 0.5, 0, 0],
          [0.5, 0, 0, 0.5, 0],
        ],
        ['b', 'e'],
      )[0]?.meanLogProb,
    ).toBe(Number.NEGATIVE_INFINITY);
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

describe('illegalSteps', () => {
  it('illegalSteps(tags) names the broken step of b x e, x m, and the start and end rules', () => {
    expect(illegalSteps(['b', 'x', 'e'])).toEqual([
      { kind: 'step', at: 1, from: 'b', to: 'x' },
      { kind: 'step', at: 2, from: 'x', to: 'e' },
    ]);
    expect(illegalSteps(['x', 'm', 'e'])).toEqual([{ kind: 'step', at: 1, from: 'x', to: 'm' }]);
    expect(illegalSteps(['e', 'x', 'b'])).toEqual([
      { kind: 'start', at: 0, tag: 'e' },
      { kind: 'end', at: 2, tag: 'b' },
    ]);
    expect(illegalSteps(['m'])).toEqual([
      { kind: 'start', at: 0, tag: 'm' },
      { kind: 'end', at: 0, tag: 'm' },
    ]);
    expect(illegalSteps([])).toEqual([]);
    expect(illegalSteps(['x', 'b', 'm', 'e', 'x', 's'])).toEqual([]);
  });

  it('illegalSteps(tags, table) follows the table: a 0 forbids, an absent pair forbids, a positive allows', () => {
    const table = { ...POST_TRANSITIONS, x: { x: 0, s: 0.5, b: 0.5 }, s: { x: 1, s: 0.2 } };
    expect(illegalSteps(['x', 'x', 's', 's'], table)).toEqual([{ kind: 'step', at: 1, from: 'x', to: 'x' }]);
  });

  it('illegalSteps is empty exactly when isLegal holds, on seeded sequences and tables', () => {
    const rng = createRng('illegal-steps');
    let legal = 0;
    for (let trial = 0; trial < 500; trial++) {
      const rows = TAGS.map(() => TAGS.map(() => (rng.next() < 0.5 ? 0 : rng.next())));
      const { table } = resolveTransitionRows(rows);
      const tags = Array.from({ length: rng.int(0, 6) }, () => TAGS[rng.int(0, 4)] as Tag);
      const broken = illegalSteps(tags, table);
      expect(broken.length === 0).toBe(isLegal(tags, table));
      if (broken.length === 0) legal += 1;
      for (const b of broken) if (b.kind === 'step') expect(table[b.from][b.to] ?? 0).toBe(0);
    }
    expect(legal).toBeGreaterThan(20);
  });
});

describe('transition tables as matrices', () => {
  it('transitionRows(POST_TRANSITIONS) is the post’s table in TAGS order, and resolves back to it', () => {
    const rows = transitionRows(POST_TRANSITIONS);
    // The post's table (kexue.fm/archives/3942): x→x 0.15, x→s 0.15, x→b 0.7, s→x 1, b→m/e 0.5, m→m/e 0.5, e→x 1.
    expect(rows).toEqual([
      [0.15, 0.15, 0.7, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0.5, 0.5],
      [0, 0, 0, 0.5, 0.5],
      [1, 0, 0, 0, 0],
    ]);
    const { table, notice } = resolveTransitionRows(rows);
    expect(notice).toBeNull();
    expect(transitionRows(table)).toEqual(rows);
    const probs = [
      [0.1, 0.05, 0.5, 0.3, 0.05],
      [0.5, 0.1, 0.05, 0.3, 0.05],
      [0.3, 0.1, 0.1, 0.1, 0.4],
    ];
    expect(viterbiTags(probs, table)).toEqual(viterbiTags(probs));
  });

  it('resolveTransitionRows falls back to the post’s table with a notice for a wrong shape or entry', () => {
    const wrong = resolveTransitionRows([[1, 0, 0, 0, 0]]);
    expect(wrong.table).toBe(POST_TRANSITIONS);
    expect(wrong.notice).toBe('The transition table is 1×5, not 5×5; using the post’s table.');
    const ragged = transitionRows(POST_TRANSITIONS).map((r, i) => (i === 2 ? r.slice(0, 4) : r));
    expect(resolveTransitionRows(ragged).notice).toContain('not 5×5');
    const negative = transitionRows(POST_TRANSITIONS);
    (negative[1] as number[])[0] = -1;
    expect(resolveTransitionRows(negative).notice).toContain('the entry -1');
    const nan = transitionRows(POST_TRANSITIONS);
    (nan[0] as number[])[0] = Number.NaN;
    expect(resolveTransitionRows(nan).table).toBe(POST_TRANSITIONS);
  });
});

describe('resolveTagProbs', () => {
  const base = [
    [0.7, 0.1, 0.1, 0.05, 0.05],
    [0.2, 0.2, 0.2, 0.2, 0.2],
  ];

  it('resolveTagProbs(base, []) is the base, not edited; an n×5 edit replaces it', () => {
    expect(resolveTagProbs(base, [])).toEqual({ probs: base, edited: false, notices: [] });
    const edit = [
      [0.5, 0.5, 0, 0, 0],
      [0.1, 0.2, 0.3, 0.2, 0.2],
    ];
    expect(resolveTagProbs(base, edit)).toEqual({ probs: edit, edited: true, notices: [] });
    // Rows rounded to 3 decimals (as a URL keeps them) stay as they are.
    const rounded = [
      [0.333, 0.333, 0.333, 0, 0],
      [0.2, 0.2, 0.2, 0.2, 0.2],
    ];
    expect(resolveTagProbs(base, rounded).probs).toEqual(rounded);
  });

  it('resolveTagProbs ignores an edit of another shape or with an all-zero row, with a notice', () => {
    const short = resolveTagProbs(base, [[1, 0, 0, 0, 0]]);
    expect(short.edited).toBe(false);
    expect(short.probs).toEqual(base);
    expect(short.notices).toEqual([
      'The edited probabilities are 1×5, but the sentence needs 2×5; using its own.',
    ]);
    const zero = resolveTagProbs(base, [
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(zero.edited).toBe(false);
    expect(zero.notices[0]).toContain('Word 2 has no positive tag probability');
  });

  it('resolveTagProbs divides a row that sums far from 1 by its sum, with a notice', () => {
    const r = resolveTagProbs(base, [
      [0.5, 0.5, 0.5, 0.5, 0],
      [0.2, 0.2, 0.2, 0.2, 0.2],
    ]);
    expect(r.edited).toBe(true);
    expect(r.probs[0]).toEqual([0.25, 0.25, 0.25, 0.25, 0]);
    expect(r.notices).toEqual(['Word 1’s probabilities summed to 2; divided by that sum.']);
  });
});

describe('viterbiTagTrace', () => {
  it('viterbiTagTrace ends in viterbiTags’ reading and score, and is −∞ exactly when it is null', () => {
    const rng = createRng('tag-trace');
    for (let trial = 0; trial < 100; trial++) {
      const probs = randomProbs(rng, rng.int(1, 7));
      const t = viterbiTagTrace(probs);
      const v = viterbiTags(probs);
      expect(t.result.path).toEqual(v?.tags);
      expect(t.result.logScore).toBe(v?.logScore);
      // Column 0 holds log P(tag | word 0), with the start rule: m and e are impossible there.
      expect(t.steps[0]?.scores[3]).toBe(Number.NEGATIVE_INFINITY);
      expect(t.steps[0]?.scores[0]).toBe(Math.log(probs[0]?.[0] as number));
    }
    const closed = transitionRows(POST_TRANSITIONS).map((r) => r.map(() => 0));
    const probs = randomProbs(rng, 3);
    expect(viterbiTagTrace(probs, resolveTransitionRows(closed).table).result.logScore).toBe(
      Number.NEGATIVE_INFINITY,
    );
    expect(viterbiTags(probs, resolveTransitionRows(closed).table)).toBeNull();
  });
});
