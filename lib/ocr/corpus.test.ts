import { describe, expect, it } from 'vitest';
import { bigramModel } from '../viterbi';
import { decodeOcrModel } from './asset';
import {
  buildCounts,
  extractSentences,
  hashString,
  markdownLines,
  OCR_MODEL_FORMAT,
  parseDictionary,
  splitHeldOut,
} from './corpus.mjs';

// A fixture in jieba's dict.txt format: word, frequency, part-of-speech tag.
const FIXTURE = [
  '电视 10 n',
  '电视机 4 n',
  '电 6 n',
  '视频 3 n',
  '研发 5 vn',
  'AA制 3 n',
  '',
  '坏行',
  '负数 -3 n',
  '图像 7 n',
  '电视 2 n',
  '鐨勫 9 x',
].join('\n');

describe('parseDictionary', () => {
  it('parseDictionary(fixture) keeps Han-only words, sums repeats, skips malformed lines', () => {
    const { entries, lines, skipped, nonHan } = parseDictionary(FIXTURE);
    expect(entries).toEqual([
      { word: '电视', freq: 12 },
      { word: '电视机', freq: 4 },
      { word: '电', freq: 6 },
      { word: '视频', freq: 3 },
      { word: '研发', freq: 5 },
      { word: '图像', freq: 7 },
      { word: '鐨勫', freq: 9 },
    ]);
    expect({ lines, skipped, nonHan }).toEqual({ lines: 11, skipped: 2, nonHan: 1 });
  });
});

describe('buildCounts', () => {
  const entries = parseDictionary(FIXTURE).entries;
  const accept = (ch: string) => ch !== '鐨';

  it('buildCounts(fixture) counts c(a) = Σ f·occurrences and c(ab) inside words (hand-counted)', () => {
    const counts = buildCounts(entries, { vocabularySize: 100, accept });
    // 电: 电视 12 + 电视机 4 + 电 6 = 22; 视: 12 + 4 + 视频 3 = 19; 像, 图: 7; 发, 研: 5; 机: 4; 频: 3.
    const chars = Array.from(counts.chars);
    expect(chars).toEqual(['电', '视', '像', '图', '发', '研', '机', '频']); // ties by code point: 像 U+50CF < 图 U+56FE
    expect(counts.unigram).toEqual([22, 19, 7, 7, 5, 5, 4, 3]);
    const model = decodeOcrModel({
      format: OCR_MODEL_FORMAT,
      source: {},
      vocabulary: counts.chars,
      unigram: counts.unigram,
      pairs: counts.pairs,
      confusions: { k: 0, index: [], similarity: [] },
      examples: [],
      sentences: [],
      stats: {},
    });
    expect(Object.fromEntries(model.counts.bigram)).toEqual({ 电视: 16, 视机: 4, 视频: 3, 图像: 7, 研发: 5 });
    // The word-final 视 of 电视 (12 times) is end mass: P(end | 视) = 12/19.
    expect(bigramModel(model.counts, { kind: 'mle' }).endProb('视')).toBeCloseTo(12 / 19, 12);
    expect(counts.stats).toMatchObject({ usedWords: 6, droppedWords: 1, pairTypes: 5, pairsKept: 5 });
  });

  it('buildCounts(fixture, small vocabulary) drops pairs leaving it and keeps their mass in c(a)', () => {
    const counts = buildCounts(entries, { vocabularySize: 2, accept });
    expect(counts.chars).toBe('电视');
    expect(counts.unigram).toEqual([22, 19]);
    expect(counts.pairs).toEqual({ indptr: [0, 1, 1], next: [1], count: [16] });
    expect(counts.stats.pairsInVocabulary).toBe(1);
  });

  it('buildCounts(fixture, minPairCount) drops rarer pairs; next indices are delta-coded and increasing', () => {
    const counts = buildCounts(entries, { vocabularySize: 100, minPairCount: 5, accept });
    expect(counts.pairs.next.length).toBe(3);
    const all = buildCounts(entries, { vocabularySize: 100, accept });
    // Row 视 (index 1) has successors 机 (6) and 频 (7): deltas 6, 1.
    const { indptr, next } = all.pairs;
    expect(next.slice(indptr[1], indptr[2])).toEqual([6, 1]);
    expect(buildCounts([], {}).chars).toBe('');
  });
});

describe('splitHeldOut', () => {
  it('splitHeldOut(entries) holds out about the fraction of long words, never short ones, deterministically', () => {
    const entries = Array.from({ length: 4000 }, (_, i) => ({
      word: String.fromCodePoint(0x4e00 + (i % 500), 0x4e00 + Math.floor(i / 500), 0x5000 + (i % 7)),
      freq: 1,
    }));
    const short = [{ word: '电视', freq: 3 }];
    const { train, heldOut } = splitHeldOut([...entries, ...short], { fraction: 0.1 });
    expect(heldOut.length).toBeGreaterThan(300);
    expect(heldOut.length).toBeLessThan(500);
    expect(train.length + heldOut.length).toBe(4001);
    expect(train).toContainEqual(short[0]);
    expect(splitHeldOut(entries, { fraction: 0.1 }).heldOut).toEqual(heldOut);
    // Another salt picks another set.
    expect(splitHeldOut(entries, { fraction: 0.1, salt: 'x' }).heldOut).not.toEqual(heldOut);
  });

  it('hashString(text, salt) is FNV-1a: a fixed value, sensitive to the salt', () => {
    // FNV-1a of "\0a" (empty salt): offset basis 0x811c9dc5, prime 0x01000193, computed by hand.
    let h = 0x811c9dc5;
    for (const c of [0, 97]) h = Math.imul(h ^ c, 0x01000193);
    expect(hashString('a')).toBe(h >>> 0);
    expect(hashString('a', 's')).not.toBe(hashString('a'));
  });
});

describe('extractSentences and markdownLines', () => {
  it('extractSentences(strings) cuts after 。！？；and at line breaks, placeholders break, short or Latin pieces go', () => {
    const got = extractSentences([
      '确保每个 accesskey 属性值都是唯一的',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: axe-core's messages hold literal placeholders.
      '元素的颜色对比度 ${data.contrastRatio} 不足（前景色：${data.fgColor}）。预期的对比度为很高的数值',
      '第一句话有六个字。第二句话也有六个！\n第三句话是在新的一行',
      'const x = jieba.cut("我们中出了一个叛徒", false); // 一个很长的代码行',
      '确保每个 accesskey 属性值都是唯一的',
      '太短了。',
    ]);
    expect(got).toEqual([
      // 12 Han characters of 21 visible: at least half.
      '确保每个 accesskey 属性值都是唯一的',
      // The placeholders break the string: 元素的颜色对比度 (8 Han) stays, 不足（前景色： (5) and ）。 (0) go.
      '元素的颜色对比度',
      '预期的对比度为很高的数值',
      '第一句话有六个字。',
      '第二句话也有六个！',
      '第三句话是在新的一行',
      // The line of code has 17 Han characters of about 60: not a sentence; the repeat and 太短了。 go too.
    ]);
    expect(extractSentences(['一二三四五六'], { minHan: 7 })).toEqual([]);
    expect(extractSentences(['一二三四五六七八'], { maxChars: 7 })).toEqual([]);
    expect(extractSentences([])).toEqual([]);
  });

  it('markdownLines(readme) drops code blocks and keeps link text without marks', () => {
    const md = [
      '# 标题',
      '**Biome** 是一个[快速的格式化工具](https://example.org)，见[主页][home]。',
      '```shell',
      'npx biome format --write 中文中文中文',
      '```',
      '- 列表项 `代码` 和 _强调_',
      '![图](a.png)图片之后',
    ].join('\n');
    expect(markdownLines(md)).toEqual([
      '标题',
      'Biome 是一个快速的格式化工具，见主页。',
      '列表项 代码 和 强调',
      '图片之后',
    ]);
  });
});
