import { describe, expect, it } from 'vitest';
import { decodeWordMatrix } from './asset';
import { buildWordMatrix, parseTwoCharWords, WORD_MATRIX_FORMAT } from './buildMatrix.mjs';

// A small dictionary in jieba's dict.txt format ("word count tag"), with the traps the real file has:
// one-character words, ASCII words, three-character words, a missing tag, a bad count, a blank line.
const FIXTURE = [
  '神兽 120 n',
  '神界 150 n',
  '神龙 300 n',
  '神灵 110 n',
  '魔兽 200 n',
  '魔界 130 n',
  '魔龙 100 n',
  '魔灵 105 n',
  '魔术 400 n',
  '神术 7 n',
  '龙灵 99',
  '神 5000 n',
  'AA制 3 n',
  '神仙鱼 150 n',
  '魔兽 20 n',
  'bad line',
  '龙兽 x n',
  '',
  '𠀀兽 150 n',
].join('\n');

describe('buildWordMatrix', () => {
  it('parseTwoCharWords keeps two-Han-character words, sums duplicates and counts malformed lines', () => {
    const { words, lines, skipped } = parseTwoCharWords(FIXTURE);
    expect(words.get('魔兽')).toBe(220);
    expect(words.get('𠀀兽')).toBe(150); // a character outside the BMP is one character
    expect(words.has('神')).toBe(false);
    expect(words.has('神仙鱼')).toBe(false);
    expect(words.has('AA制')).toBe(false);
    expect(words.size).toBe(12);
    expect(lines).toBe(18);
    expect(skipped).toBe(2);
  });

  it('buildWordMatrix(fixture, threshold 100) gives the 神/魔 table of the post plus the 𠀀 row', () => {
    const asset = buildWordMatrix(FIXTURE, { threshold: 100 }, { package: 'fixture' });
    expect(asset.format).toBe(WORD_MATRIX_FORMAT);
    expect(asset.source).toEqual({ package: 'fixture' });
    // 魔 starts 5 kept words, 神 4, 𠀀 1; 兽 ends 3 (魔兽, 神兽, 𠀀兽), then 龙/界/灵 with 2 (ties by total).
    expect(Array.from(asset.rows)).toEqual(['魔', '神', '𠀀']);
    expect(Array.from(asset.cols)).toEqual(['兽', '龙', '界', '灵', '术']);
    expect(asset.stats).toMatchObject({ twoCharWords: 12, aboveThreshold: 10, kept: 10, keptBelow: 1 });
    const m = decodeWordMatrix(asset);
    const dense = (i: number, j: number) => {
      for (let p = m.seen.indptr[i] as number; p < (m.seen.indptr[i + 1] as number); p++) {
        if (m.seen.indices[p] === j) return m.seen.values[p];
      }
      return 0;
    };
    expect([0, 1, 2, 3, 4].map((j) => dense(0, j))).toEqual([220, 100, 130, 105, 400]);
    expect([0, 1, 2, 3, 4].map((j) => dense(1, j))).toEqual([120, 300, 150, 110, 0]);
    expect(Array.from(m.below.values)).toEqual([7]); // 神术; 龙灵 has no 龙 row
    expect(Array.from(m.rowWords)).toEqual([5, 4, 1]);
    expect(Array.from(m.colWords)).toEqual([3, 2, 2, 2, 1]);
  });

  it('buildWordMatrix keeps only the top maxRows × maxCols characters and counts what it keeps', () => {
    const asset = buildWordMatrix(FIXTURE, { threshold: 100, maxRows: 1, maxCols: 2 });
    expect(asset.rows).toBe('魔');
    expect(asset.cols).toBe('兽龙');
    expect(asset.stats.kept).toBe(2);
    expect(asset.seen.counts).toEqual([220, 100]);
  });

  it('buildWordMatrix with a high threshold moves words to below; empty text gives 0×0', () => {
    const high = buildWordMatrix(FIXTURE, { threshold: 300 });
    expect(high.stats.aboveThreshold).toBe(2); // 神龙 300, 魔术 400
    expect(buildWordMatrix('').rows).toBe('');
    expect(decodeWordMatrix(buildWordMatrix('')).seen.rows).toBe(0);
  });

  it('buildWordMatrix refuses a negative or fractional threshold or size', () => {
    expect(() => buildWordMatrix(FIXTURE, { threshold: -1 })).toThrow(RangeError);
    expect(() => buildWordMatrix(FIXTURE, { maxRows: 1.5 })).toThrow(/maxRows/);
  });
});
