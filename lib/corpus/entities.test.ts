import { describe, expect, it } from 'vitest';
import { isLegal, TAGS, type Tag } from '../sequence/tags';
import { decodeBrown, decodeBrownText } from './asset';
import {
  brownEntityTags,
  brownSentences,
  buildBrownAsset,
  buildBrownEntities,
  buildBrownText,
} from './brown.mjs';
import { cutVocabulary, decodeBrownEntities } from './entities';

// Five corpus files of real Brown lines (ca01, ca03), a sentence of each per file, rotated.
const LINES = [
  'The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr ./.',
  'the/at praise/nn of/in the/at City/nn-tl of/in-tl Atlanta/np-tl ./.',
  'Georgia/np Republicans/nps are/ber getting/vbg strong/jj encouragement/nn ./.',
  'It/pps urged/vbd that/cs the/at city/nn ``/`` take/vb steps/nns to/to remedy/vb ./.',
];
const FILES = Array.from({ length: 5 }, (_, k) => ({
  id: `ca0${k + 1}`,
  text: LINES.map((_, i) => LINES[(k + i) % 4]).join('\n'),
}));
const counts = buildBrownAsset(FILES, { seed: 's', traceTokens: 5, traceTargets: [1] });
const corpus = decodeBrown({ ...counts, source: { stamp: 'st' } });
const text = decodeBrownText(buildBrownText(FILES, counts.vocabulary, 'st'), corpus);
const options = { seed: 'e', maxWords: 60, dev: 3, test: 2 };
const asset = () => buildBrownEntities(FILES, counts.split, options, 'st');

describe('decodeBrownEntities', () => {
  const e = decodeBrownEntities(asset(), text);
  const sentences = FILES.flatMap((f) => brownSentences(f.text));
  const letters = FILES.flatMap((f) => brownEntityTags(f.text));

  it('returns each split sentence with its words, caps and tags, train in the seeded order', () => {
    expect([e.train.length, e.dev.length, e.test.length]).toEqual([12, 3, 2]);
    expect(Array.from(e.train, (s) => s.index)).toEqual(Array.from(e.split.train));
    expect(new Set(e.split.train).size).toBe(12);
    for (const s of [...e.train, ...e.dev, ...e.test]) {
      expect(Array.from(s.words, (w) => counts.vocabulary[w])).toEqual(sentences[s.index]);
      const l = letters[s.index] as string;
      expect(Array.from(s.tags, (t) => TAGS[t]).join('')).toBe(l.toLowerCase());
      expect(Array.from(s.caps).join('')).toBe(
        Array.from(l, (c) => (c === c.toUpperCase() ? 1 : 0)).join(''),
      );
      expect(isLegal(Array.from(s.tags, (t) => TAGS[t] as Tag))).toBe(true);
    }
    const fulton = e.train.find((s) => s.words[1] === counts.vocabulary.indexOf('fulton'));
    expect(Array.from(fulton?.tags ?? [])).toEqual([0, 2, 3, 3, 4, 0, 0]);
    expect(Array.from(fulton?.caps ?? [])).toEqual([1, 1, 1, 1, 1, 0, 1]);
    expect(e.stats.corpus.spans).toBe(3 * 5); // one span in each of three lines
  });

  it('cuts word indices at V to the unknown word V', () => {
    const V = 3;
    const cut = cutVocabulary(e, V);
    expect(cut.vocabularySize).toBe(V);
    cut.train.forEach((s, k) => {
      const full = e.train[k]?.words ?? [];
      expect(Array.from(s.words)).toEqual(Array.from(full, (w) => Math.min(w, V)));
      expect(s.tags).toBe(e.train[k]?.tags);
    });
    expect(cut.dev.some((s) => s.words.includes(V))).toBe(true);
    expect(cutVocabulary(e, 10_000)).toBe(e);
    expect(() => cutVocabulary(e, 0)).toThrow(RangeError);
  });

  it('names what is wrong with a broken asset', () => {
    const bad = (change: (a: Record<string, unknown>) => void) => {
      const a = asset() as unknown as Record<string, unknown>;
      change(a);
      return () => decodeBrownEntities(a, text);
    };
    expect(() => decodeBrownEntities(null, text)).toThrow('Brown entity tags: the asset is missing');
    expect(bad((a) => (a.format = 'x'))).toThrow(/format "x"/);
    expect(bad((a) => (a.stamp = 'old'))).toThrow(/another running text/);
    expect(bad((a) => (a.tags = (a.tags as string).slice(1)))).toThrow(/tag letters for/);
    expect(bad((a) => (a.tags = `q${(a.tags as string).slice(1)}`))).toThrow(/tag letter "q"/);
    expect(bad((a) => (a.tags = `E${(a.tags as string).slice(1)}`))).toThrow(/illegal tag sequence/);
    expect(bad((a) => ((a.split as { dev: number[] }).dev = [0, 0]))).toThrow(/split.dev\[1\] is 0/);
    expect(bad((a) => ((a.split as { test: number[] }).test = [99]))).toThrow(/names sentence 99 of 20/);
    const [first] = asset().split.train;
    expect(bad((a) => ((a.split as { dev: number[] }).dev = [first as number]))).toThrow(/in two splits/);
    expect(bad((a) => (a.maxWords = 5))).toThrow(/has 7 words/);
    expect(bad((a) => (a.stats = {}))).toThrow(/stats are missing/);
  });
});
