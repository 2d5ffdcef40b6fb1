import { describe, expect, it } from 'vitest';
import { bagCounts, decodeBrown, decodeBrownText } from './asset';
import {
  BROWN_ENTITIES_FORMAT,
  BROWN_FORMAT,
  brownEntityTags,
  brownSentences,
  brownWords,
  buildBrownAsset,
  buildBrownEntities,
  buildBrownText,
  entityStats,
  isEntityTag,
  seededOrder,
} from './brown.mjs';

const FILES = [
  { id: 'cb01', text: "\n\tThe/at city/nn ,/, the/at CITY/nn-tl ''/'' of/in 1961/cd ./.\n" },
  { id: 'ca01', text: 'The/at jury/nn said/vbd term-end/nn ;/. the/at jury/nn' },
  { id: 'README', text: 'not/xx a/at corpus/nn file/nn' },
  ...Array.from({ length: 8 }, (_, i) => ({ id: `cr0${i + 1}`, text: `word${i}/nn the/at a/at/x` })),
];
const OPTIONS = { seed: 'test', traceTokens: 9, traceTargets: [3, 1] };

describe('brownWords', () => {
  it('lower-cases, splits at the last slash and drops punctuation', () => {
    expect(brownWords("The/at Atlanta's/np$ ,/, ``/`` 1961/cd a/b/x term-end/nn ./.")).toEqual([
      'the',
      "atlanta's",
      '1961',
      'a/b',
      'term-end',
    ]);
    expect(brownWords('  \n\t ')).toEqual([]);
  });
});

describe('seededOrder', () => {
  it('is a permutation, stable for a seed and different across seeds', () => {
    const a = seededOrder(50, 'x');
    expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(seededOrder(50, 'x')).toEqual(a);
    expect(seededOrder(50, 'y')).not.toEqual(a);
    expect(seededOrder(0, 'x')).toEqual([]);
  });
});

describe('buildBrownAsset', () => {
  const asset = buildBrownAsset(FILES, OPTIONS);

  it('counts lower-cased words over the corpus files only, most frequent first', () => {
    expect(asset.format).toBe(BROWN_FORMAT);
    expect(asset.documents.ids).toEqual(['ca01', 'cb01', ...FILES.slice(3).map((f) => f.id)]);
    expect(asset.documents.genres).toBe('abrrrrrrrr');
    expect(asset.vocabulary[0]).toBe('the');
    expect(asset.counts[0]).toBe(2 + 2 + 8);
    const at = (w: string) => asset.counts[asset.vocabulary.indexOf(w)];
    expect([at('city'), at('jury'), at('a/at'), at('corpus')]).toEqual([2, 2, 8, undefined]);
    for (let i = 1; i < asset.counts.length; i++)
      expect(asset.counts[i - 1] as number).toBeGreaterThanOrEqual(asset.counts[i] as number);
  });

  it('splits every fifth file to test, the one before to dev, the rest shuffled to train', () => {
    expect(asset.split.test).toEqual([4, 9]);
    expect(asset.split.dev).toEqual([3, 8]);
    expect([...asset.split.train].sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6, 7]);
  });

  it('records the positions of words near the target counts in the opening stream', () => {
    // Stream: the jury said term-end the jury the city the (9 tokens).
    expect(asset.traces.tokens).toBe(9);
    const positions = (w: string) => {
      const d = asset.traces.positions[asset.traces.words.indexOf(w)] as number[];
      return d.map((_, i) => d.slice(0, i + 1).reduce((a, b) => a + b, 0));
    };
    expect(asset.traces.words.slice(0, 2)).toEqual(['the', 'jury']);
    expect(positions('the')).toEqual([0, 4, 6, 8]);
    expect(positions('jury')).toEqual([1, 5]);
    expect(asset.traces.words).not.toContain('term-end'); // only words of letters are picked
  });

  it('throws when no file is a corpus file', () => {
    expect(() => buildBrownAsset([{ id: 'README', text: 'a/b' }], OPTIONS)).toThrow(/no Brown corpus files/);
  });
});

describe('decodeBrown and bagCounts', () => {
  const json = buildBrownAsset(FILES, OPTIONS);

  it('round-trips the bags: bagCounts over all files gives the corpus counts', () => {
    const corpus = decodeBrown(json);
    const all = bagCounts(
      corpus,
      corpus.documents.map((_, i) => i),
    );
    expect(Array.from(all)).toEqual(json.counts);
    expect(corpus.documents[0]?.tokens).toBe(6);
    expect(Array.from(bagCounts(corpus, [])).every((c) => c === 0)).toBe(true);
    expect(() => bagCounts(corpus, [99])).toThrow(RangeError);
    expect(Array.from(corpus.traces.words[0]?.positions ?? [])).toEqual([0, 4, 6, 8]);
  });

  it('names the first wrong field', () => {
    const broken = (patch: (j: typeof json) => unknown) => () => decodeBrown(patch(structuredClone(json)));
    expect(broken(() => null)).toThrow(/the asset is missing/);
    expect(broken((j) => ({ ...j, format: 'x' }))).toThrow(/format "x"/);
    expect(broken((j) => ({ ...j, counts: j.counts.slice(1) }))).toThrow(/counts for/);
    expect(
      broken((j) => {
        j.documents.counts[0] = (j.documents.counts[0] ?? []).map((c) => c + 1);
        return j;
      }),
    ).toThrow(/counts sum to/);
    expect(
      broken((j) => {
        (j.documents.words[0] ?? [])[1] = 0;
        return j;
      }),
    ).toThrow(/out of order/);
    expect(broken((j) => ({ ...j, split: { ...j.split, test: [99] } }))).toThrow(
      /split.test names document 99/,
    );
    expect(broken((j) => ({ ...j, traces: { ...j.traces, tokens: 3 } }))).toThrow(/leaves the stream/);
    expect(broken((j) => ({ ...j, counts: j.counts.map(() => -1) }))).toThrow(/counts\[0\] is -1/);
  });
});

describe('the running text', () => {
  const asset = buildBrownAsset(FILES, OPTIONS);
  const corpus = decodeBrown({ ...asset, source: { stamp: 'st' } });

  it('splits a file into sentences at line breaks and drops lines without words', () => {
    expect(brownSentences('\n\n\tThe/at cat/nn ./.\n``/``\nIt/pps ran/vbd ./.\n')).toEqual([
      ['the', 'cat'],
      ['it', 'ran'],
    ]);
  });

  it('is every sentence of the corpus files as vocabulary indices, −1 between sentences', () => {
    const text = buildBrownText(FILES, asset.vocabulary, 'st');
    const decoded = decodeBrownText(text, corpus);
    // One sentence per corpus file here; the README file is not a corpus file.
    expect(decoded.sentences).toBe(10);
    const words = Array.from(decoded.stream, (i) => (i < 0 ? '|' : asset.vocabulary[i])).join(' ');
    expect(
      words.startsWith('the jury said term-end the jury | the city the city of 1961 | word0 the a/at |'),
    ).toBe(true);
    // Its word counts are the counts asset's.
    const counts = new Array(asset.vocabulary.length).fill(0);
    for (const i of decoded.stream) if (i >= 0) counts[i] += 1;
    expect(counts).toEqual(asset.counts);
  });

  it('names what is wrong with a broken file, and refuses another vocabulary', () => {
    const text = buildBrownText(FILES, asset.vocabulary, 'st');
    const broken = (patch: Partial<typeof text>) => () => decodeBrownText({ ...text, ...patch }, corpus);
    expect(broken({ format: 'x' as never })).toThrow(/format/);
    expect(broken({ stream: [0, -1, -1, 1], sentences: 3 })).toThrow(/empty sentence/);
    expect(broken({ stream: [-1, 0] })).toThrow(/stream\[0\]/);
    expect(broken({ stream: [0, 99] })).toThrow(/stream\[1\] is 99/);
    expect(broken({ sentences: 3 })).toThrow(/3 sentences declared/);
    expect(broken({ stamp: 'other' })).toThrow(/another vocabulary/);
    expect(() => buildBrownText(FILES, ['the'], 'st')).toThrow(/not in the vocabulary/);
    expect(decodeBrownText({ ...text, stream: [], sentences: 0 }).sentences).toBe(0);
  });
});

// Real lines of the corpus (ca01, ca02, ca03, cb?? and cc??), cut where long, with the words each tag letter marks.
const LINES = [
  // np-tl / nn-tl / jj-tl title run, np$; a sentence-initial capital that is not an entity.
  "\tThe/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr an/at investigation/nn of/in Atlanta's/np$ recent/jj primary/nn election/nn ''/'' ./.",
  // -tl with of/in-tl inside a title; a run broken by an ordinary word.
  "deserves/vbz the/at praise/nn of/in the/at City/nn-tl of/in-tl Atlanta/np-tl ''/'' for/in the/at manner/nn ./.",
  // A title word before names, with a comma between two names (one run), then "of Arkansas" apart.
  "The/at panel's/nn$ action/nn depends/vbz on/in the/at return/nn of/in Representative/nn-tl James/np W./np Trimble/np ,/, Democrat/np of/in Arkansas/np ,/, who/wps has/hvz been/ben siding/vbg ./.",
  // nps and nps$.
  'Georgia/np Republicans/nps are/ber getting/vbg strong/jj encouragement/nn ./.',
  "He/pps said/vbd ,/, ``/`` You/ppss can/md see/vb signs/nns of/in the/at Republicans'/nps$ feeble/jj attack/nn ./.",
  // np+bez; foreign words in a title (fw-…-tl).
  "If/cs W./np W.'s/np+bez retiring/vbg soon/rb ,/, as/cs hinted/vbn ./.",
  "``/`` La/fw-at-tl Dolce/fw-jj-tl Vita/fw-nn-tl ''/'' ,/, the/at dynamite/nn Italian/jj flicker/nn ,/, opens/vbz ./.",
  // A line of punctuation only: no sentence.
  "``/`` ''/'' ./.",
];

describe('isEntityTag', () => {
  it('marks proper nouns in any + part and title words, nothing else', () => {
    for (const t of [
      'np',
      'nps',
      'np$',
      'nps$',
      'np-tl',
      'np+bez',
      'np-hl',
      'nn-tl',
      'in-tl',
      'fw-nn-tl',
      'fw-in+at-tl',
    ])
      expect(isEntityTag(t)).toBe(true);
    for (const t of ['nn', 'nn-hl', 'nns', 'at', 'vbd', 'nr', 'pps+bez', 'jj-nc', '', 'tlx'])
      expect(isEntityTag(t)).toBe(false);
  });
});

describe('brownEntityTags', () => {
  const text = LINES.join('\n');

  it('tags maximal runs of entity words x/s/b/m/e, upper-case for capitalised words', () => {
    expect(brownEntityTags(text)).toEqual([
      // The Fulton County Grand Jury said Friday an investigation of Atlanta's recent primary election
      'XBMMExXxxxSxxx',
      // deserves the praise of the City of Atlanta for the manner
      'xxxxxBmExxx',
      // The panel's action depends on the return of Representative James W. Trimble Democrat of Arkansas who has been siding
      'XxxxxxxxBMMMExSxxxx',
      // Georgia Republicans are getting strong encouragement
      'BExxxx',
      // He said You can see signs of the Republicans' feeble attack
      'XxXxxxxxSxx',
      // If W. W.'s retiring soon as hinted
      'XBExxxx',
      // La Dolce Vita the dynamite Italian flicker opens
      'BMExxXxx',
    ]);
  });

  it('has one letter per kept word of brownSentences, so the tags line up with the running text', () => {
    const tags = brownEntityTags(text);
    const sentences = brownSentences(text);
    expect(tags.map((t) => t.length)).toEqual(sentences.map((s) => s.length));
    expect(sentences[2]?.slice(8, 14)).toEqual([
      'representative',
      'james',
      'w.',
      'trimble',
      'democrat',
      'of',
    ]);
  });
});

describe('entityStats', () => {
  it('counts spans, their lengths, entity words and capitals', () => {
    const st = entityStats(brownEntityTags(LINES.join('\n')));
    expect(st.sentences).toBe(7);
    expect(st.spans).toBe(9);
    // Atlanta's, Arkansas, Republicans'; Georgia Republicans, W. W.'s; City of Atlanta, La Dolce Vita; Fulton
    // County Grand Jury; Representative James W. Trimble Democrat.
    expect(st.spanLengths).toEqual([3, 2, 2, 1, 1]);
    expect(st.entityTokens).toBe(3 + 4 + 6 + 4 + 5);
    expect(st.withSpan).toBe(7);
    expect(st.tags).toEqual({ x: st.tokens - 22, s: 3, b: 6, m: 7, e: 6 });
    expect(st.capitalised).toBe(28); // the upper-case letters above
    expect(entityStats([]).spanLengths).toEqual([]);
  });
});

describe('buildBrownEntities', () => {
  const files = Array.from({ length: 5 }, (_, k) => ({
    id: `ca0${k + 1}`,
    text: Array.from({ length: 4 }, (_, i) => LINES[(k + i) % 7]).join('\n'),
  }));
  const split = { train: [1, 0, 2], dev: [3], test: [4] };
  const options = { seed: 's', maxWords: 15, dev: 2, test: 3 };
  const asset = buildBrownEntities(files, split, options, 'stamp');
  const undelta = (d: number[]) => d.map((_, i) => d.slice(0, i + 1).reduce((a, b) => a + b, 0));

  it('joins the letters of every sentence in corpus order', () => {
    expect(asset.format).toBe(BROWN_ENTITIES_FORMAT);
    expect(asset.sentences).toBe(20);
    expect(asset.tags).toBe(files.flatMap((f) => brownEntityTags(f.text)).join(''));
  });

  it('splits sentences by file, keeps 1…maxWords words, samples dev and test', () => {
    const lengths = files.flatMap((f) => brownEntityTags(f.text)).map((t) => t.length);
    const train = undelta(asset.split.train);
    // Files 0–2 hold sentences 0–11; the 19-word line 2 (sentences 2, 5, 8) is too long.
    expect(train).toEqual([0, 1, 3, 4, 6, 7, 9, 10, 11]);
    expect(lengths.filter((n) => n > 15)).toEqual([19, 19, 19]);
    const dev = undelta(asset.split.dev);
    const test = undelta(asset.split.test);
    expect(dev).toHaveLength(2);
    expect(test).toHaveLength(3);
    for (const i of dev) expect(i >= 12 && i < 16 && (lengths[i] as number) <= 15).toBe(true);
    for (const i of test) expect(i >= 16 && (lengths[i] as number) <= 15).toBe(true);
    expect(asset.stats.train.sentences).toBe(9);
    expect(asset.stats.corpus.spans).toBe(entityStats(files.flatMap((f) => brownEntityTags(f.text))).spans);
  });

  it('throws when a split is smaller than its sample or no file is a corpus file', () => {
    expect(() => buildBrownEntities(files, split, { ...options, dev: 5 }, 's')).toThrow(
      /4 dev sentences, fewer than 5/,
    );
    expect(() => buildBrownEntities([{ id: 'x', text: '' }], split, options, 's')).toThrow(/no Brown/);
  });
});
