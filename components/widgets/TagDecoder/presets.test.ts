import { describe, expect, it } from 'vitest';
import {
  bestSpan,
  greedyTags,
  illegalSteps,
  isLegal,
  resolveTagProbs,
  tagsToSpans,
  viterbiTags,
} from '@/lib/sequence';
import { tagDecoderParams } from './params';
import { TAG_PRESET_IDS, TAG_PRESETS } from './presets';

const rows = (id: keyof typeof TAG_PRESETS) => TAG_PRESETS[id].probs.map((r) => [...r]);

describe('the tag decoder’s hand-made sentences', () => {
  it('every preset has one row of 5 positive probabilities summing to 1 per word, and a menu label', () => {
    for (const id of TAG_PRESET_IDS) {
      const p = TAG_PRESETS[id];
      expect(p.probs).toHaveLength(p.words.length);
      for (const r of p.probs) {
        expect(r).toHaveLength(5);
        for (const x of r) expect(x).toBeGreaterThan(0);
        expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
      expect(tagDecoderParams.preset.optionLabels[id]).toMatch(/\(.+\)$/);
      // The sentence's own rows are what an unedited figure uses.
      expect(resolveTagProbs(rows(id), []).probs).toEqual(rows(id));
    }
  });

  it('bxe: greedy reads b x e across Los Angeles County; Viterbi repairs it to b m e', () => {
    const g = greedyTags(rows('bxe'));
    expect(g.join('')).toBe('xxbxex');
    expect(illegalSteps(g).map((s) => s.kind === 'step' && `${s.from}${s.to}`)).toEqual(['bx', 'xe']);
    expect(tagsToSpans(g)).toEqual([]);
    expect(viterbiTags(rows('bxe'))?.tags.join('')).toBe('xxbmex');
  });

  it('xm: greedy opens United Nations with m after x; Viterbi reads b e', () => {
    const g = greedyTags(rows('xm'));
    expect(g.join('')).toBe('xxxmex');
    expect(illegalSteps(g)).toEqual([{ kind: 'step', at: 3, from: 'x', to: 'm' }]);
    expect(viterbiTags(rows('xm'))?.tags.join('')).toBe('xxxbex');
  });

  it('legal: greedy is already legal and Viterbi agrees', () => {
    const g = greedyTags(rows('legal'));
    expect(isLegal(g)).toBe(true);
    expect(viterbiTags(rows('legal'))?.tags).toEqual(g);
  });

  it('two: two entities; the mean log-probability keeps Boston Red Sox over the surer single Yankees', () => {
    const v = viterbiTags(rows('two'))?.tags ?? [];
    expect(tagsToSpans(v)).toEqual([
      { start: 1, end: 4 },
      { start: 6, end: 7 },
    ]);
    expect(bestSpan(rows('two'), v)?.span).toEqual({ start: 1, end: 4 });
    // Its total log-probability is lower than the single word's: the mean, not the sum, decides.
    const sumLog = [0.78, 0.68, 0.8].reduce((s, p) => s + Math.log(p), 0);
    expect(sumLog).toBeLessThan(Math.log(0.74));
  });
});
