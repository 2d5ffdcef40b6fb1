import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { type BigramCounts, bigramModel, SMOOTHING_KINDS, type Smoothing, smoothingOfKind } from './bigram';
import { POST_COUNTS, POST_LATTICE } from './postExample';
import { allPaths, viterbi } from './viterbi';

const SMOOTHINGS: Smoothing[] = [
  { kind: 'mle' },
  { kind: 'add', alpha: 1 },
  { kind: 'add', alpha: 0.01 },
  { kind: 'add', alpha: 0 },
  { kind: 'add-below', alpha: 1, threshold: 5 },
  { kind: 'add-below', alpha: 0.5, threshold: 1 },
  { kind: 'add-below', alpha: 2, threshold: 0 },
  { kind: 'add-below', alpha: 1, threshold: Number.POSITIVE_INFINITY },
];

/** A seeded count table over `V` classes: sparse pairs, some zero entries, unigrams ≥ the row's pair total. */
function randomCounts(seed: number, V: number): BigramCounts & { classes: string[] } {
  const rng = createRng(seed);
  const classes = Array.from({ length: V }, (_, i) => String.fromCodePoint(0x4e00 + i));
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  for (const a of classes) {
    let total = 0;
    for (const b of classes) {
      const r = rng.next();
      if (r < 0.3) {
        const c = r < 0.05 ? 0 : rng.int(1, 20);
        bigram.set(a + b, c);
        total += c;
      }
    }
    // Some characters end words (extra unigram mass); one row in five has no unigram entry at all.
    if (rng.next() > 0.2 || total > 0) unigram.set(a, total + rng.int(0, 10));
  }
  return { unigram, bigram, vocabulary: V, classes };
}

describe('bigramModel on the post’s counts (kexue.fm/archives/3842)', () => {
  it('bigramModel(post counts, mle) gives the post’s six transition probabilities', () => {
    const m = bigramModel(POST_COUNTS, { kind: 'mle' });
    expectClose(
      [
        m.prob('电', '柳'),
        m.prob('电', '视'),
        m.prob('电', '规'),
        m.prob('宙', '柳'),
        m.prob('宙', '视'),
        m.prob('宙', '规'),
      ],
      [0, 12426 / 145001, 7 / 145001, 0, 0, 18 / 1980],
    );
    // The post's rounded values.
    expect(m.prob('电', '视')).toBeCloseTo(0.0857, 4);
    expect(m.prob('宙', '规')).toBeCloseTo(0.00909, 5);
    expect(m.logProb('电', '柳')).toBe(Number.NEGATIVE_INFINITY);
    expectClose(m.logProb('电', '视'), Math.log(12426 / 145001));
  });

  it('bigramModel(post counts, add α = 1) gives (c + 1)/(c(a) + 3062) and keeps 电视 the winner', () => {
    const m = bigramModel(POST_COUNTS, { kind: 'add', alpha: 1 });
    expectClose(m.prob('电', '柳'), 1 / (145001 + 3062));
    expectClose(m.prob('宙', '规'), 19 / (1980 + 3062));
    expect(viterbi(POST_LATTICE, m.logProb).path.join('')).toBe('电视');
    // Smoothing makes every path possible: no score is −∞ any more.
    expect(allPaths(POST_LATTICE, m.logProb).every((p) => Number.isFinite(p.logScore))).toBe(true);
  });

  it('bigramModel(post counts, add-below T = 10) adds α only to 电柳, 电规, 宙柳, 宙视 and the unseen classes', () => {
    const m = bigramModel(POST_COUNTS, { kind: 'add-below', alpha: 1, threshold: 10 });
    // Row 电: c(电视) = 12426 ≥ 10 gets nothing; the other 3061 classes (including 电规 = 7) get +1.
    expectClose(m.prob('电', '视'), 12426 / (145001 + 3061));
    expectClose(m.prob('电', '规'), 8 / (145001 + 3061));
    // Row 宙: c(宙规) = 18 ≥ 10 gets nothing; 3061 classes get +1.
    expectClose(m.prob('宙', '规'), 18 / (1980 + 3061));
    expectClose(m.prob('宙', '柳'), 1 / (1980 + 3061));
  });

  it('bigramModel(post counts, add α) flips 电视 to 电柳 once α is large enough', () => {
    // f(电柳)/f(电视) = 0.87838·α / (0.12148·(12426 + α)) > 1 ⇔ α > 12426·0.12148/(0.87838 − 0.12148) ≈ 1994.4.
    const flip = (12426 * 0.12148) / (0.87838 - 0.12148);
    expect(
      viterbi(POST_LATTICE, bigramModel(POST_COUNTS, { kind: 'add', alpha: flip * 0.99 }).logProb).path.join(
        '',
      ),
    ).toBe('电视');
    expect(
      viterbi(POST_LATTICE, bigramModel(POST_COUNTS, { kind: 'add', alpha: flip * 1.01 }).logProb).path.join(
        '',
      ),
    ).toBe('电柳');
  });
});

describe('rows sum to 1', () => {
  for (const smoothing of SMOOTHINGS) {
    const label = Object.entries(smoothing)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    it(`bigramModel(seeded counts, ${label}) has Σ_b P(b|a) + endProb(a) = 1 for every a, all terms in [0, 1]`, () => {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      let worst = 0;
      for (const seed of [1, 2, 3]) {
        const counts = randomCounts(seed, 30);
        const m = bigramModel(counts, smoothing);
        for (const a of [...counts.classes, '未']) {
          const end = m.endProb(a);
          let sum = end;
          lo = Math.min(lo, end);
          hi = Math.max(hi, end);
          for (const b of counts.classes) {
            const p = m.prob(a, b);
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
            sum += p;
          }
          worst = Math.max(worst, Math.abs(sum - 1));
        }
      }
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(1);
      expect(worst).toBeLessThan(1e-12);
    });
  }
});

describe('smoothing identities', () => {
  it('bigramModel(counts, mle) equals the independent ratio c(ab)/c(a) on seeded tables', () => {
    const counts = randomCounts(9, 20);
    const m = bigramModel(counts, { kind: 'mle' });
    for (const a of counts.classes) {
      for (const b of counts.classes) {
        const ca = counts.unigram.get(a) ?? 0;
        expect(m.prob(a, b)).toBe(ca === 0 ? 0 : (counts.bigram.get(a + b) ?? 0) / ca);
      }
    }
  });

  it('bigramModel(counts, add-below T = ∞) equals add and T = 0 equals mle', () => {
    const counts = randomCounts(4, 15);
    const add = bigramModel(counts, { kind: 'add', alpha: 0.7 });
    const addInf = bigramModel(counts, {
      kind: 'add-below',
      alpha: 0.7,
      threshold: Number.POSITIVE_INFINITY,
    });
    const mle = bigramModel(counts, { kind: 'mle' });
    const add0 = bigramModel(counts, { kind: 'add-below', alpha: 0.7, threshold: 0 });
    for (const a of counts.classes) {
      expect(addInf.endProb(a)).toBe(add.endProb(a));
      expect(add0.endProb(a)).toBe(mle.endProb(a));
      for (const b of counts.classes) {
        expect(addInf.prob(a, b)).toBe(add.prob(a, b));
        expect(add0.prob(a, b)).toBe(mle.prob(a, b));
      }
    }
  });
});

describe('edges', () => {
  const counts: BigramCounts = {
    unigram: new Map([
      ['甲', 4],
      ['乙', 1],
    ]),
    bigram: new Map([
      ['甲乙', 3],
      ['乙甲', 5],
    ]),
    vocabulary: 4,
  };

  it('bigramModel(unknown prev) gives 0 and endProb 1 under mle, the uniform 1/V under smoothing', () => {
    const mle = bigramModel(counts, { kind: 'mle' });
    expect(mle.prob('丙', '甲')).toBe(0);
    expect(mle.endProb('丙')).toBe(1);
    const add = bigramModel(counts, { kind: 'add', alpha: 0.5 });
    expect(add.prob('丙', '甲')).toBe(1 / 4);
    expect(add.endProb('丙')).toBe(0);
    const below = bigramModel(counts, { kind: 'add-below', alpha: 0.5, threshold: 2 });
    expect(below.prob('丙', '丁')).toBe(1 / 4);
  });

  it('bigramModel(pairs exceeding the unigram count) raises c(a) to Σ_b c(ab): endProb 0, probabilities ≤ 1', () => {
    const m = bigramModel(counts, { kind: 'mle' });
    // c(乙) = 1 but c(乙甲) = 5: the row is read as c(乙) = 5.
    expect(m.prob('乙', '甲')).toBe(1);
    expect(m.endProb('乙')).toBe(0);
    expect(m.endProb('甲')).toBe(1 / 4);
  });

  it('bigramModel(bad arguments) throws RangeError', () => {
    expect(() => bigramModel({ ...counts, vocabulary: 0 }, { kind: 'mle' })).toThrow(/vocabulary/);
    expect(() => bigramModel({ ...counts, vocabulary: 2.5 }, { kind: 'mle' })).toThrow(RangeError);
    expect(() => bigramModel(counts, { kind: 'add', alpha: -1 })).toThrow(/alpha/);
    expect(() => bigramModel(counts, { kind: 'add', alpha: Number.NaN })).toThrow(RangeError);
    expect(() => bigramModel(counts, { kind: 'add-below', alpha: 1, threshold: Number.NaN })).toThrow(
      /threshold/,
    );
    expect(() => bigramModel({ ...counts, bigram: new Map([['甲乙', -1]]) }, { kind: 'mle' })).toThrow(
      /'甲乙'/,
    );
    expect(() => bigramModel({ ...counts, unigram: new Map([['甲', Number.NaN]]) }, { kind: 'mle' })).toThrow(
      RangeError,
    );
    expect(() => bigramModel(counts, { kind: 'other' } as unknown as Smoothing)).toThrow(/unknown smoothing/);
  });

  it('bigramModel(counts, smoothing).logProb is usable detached, as a LogTransition', () => {
    const { logProb } = bigramModel(counts, { kind: 'add', alpha: 1 });
    expectClose(logProb('甲', '乙'), Math.log(4 / 8));
  });

  it('bigramModel(astral-plane characters) splits keys at the first code point', () => {
    const m = bigramModel(
      { unigram: new Map([['𠀀', 2]]), bigram: new Map([['𠀀𠀁', 1]]), vocabulary: 2 },
      { kind: 'add-below', alpha: 1, threshold: 5 },
    );
    // Both classes are below T: denominator 2 + 2, and the row sums to 1 with endProb.
    expect(m.prob('𠀀', '𠀁')).toBe(2 / 4);
    expect(m.prob('𠀀', '𠀀')).toBe(1 / 4);
    expect(m.endProb('𠀀')).toBe(1 / 4);
  });
});

describe('smoothingOfKind', () => {
  it('smoothingOfKind(kind, α, T) keeps only the constants the kind uses', () => {
    expect(smoothingOfKind('mle', 2, 10)).toEqual({ kind: 'mle' });
    expect(smoothingOfKind('add', 2, 10)).toEqual({ kind: 'add', alpha: 2 });
    expect(smoothingOfKind('add-below', 2, 10)).toEqual({ kind: 'add-below', alpha: 2, threshold: 10 });
    // Every kind offered maps to itself.
    expect(SMOOTHING_KINDS.map((kind) => smoothingOfKind(kind, 1, 100).kind)).toEqual([...SMOOTHING_KINDS]);
  });
});
