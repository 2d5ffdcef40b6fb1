import { describe, expect, it } from 'vitest';
import { syntheticTagging } from './synthetic';
import { isLegal, TAGS, type Tag } from './tags';

describe('syntheticTagging', () => {
  it('tags maximal runs of name words, always legally, the same per seed', () => {
    const data = syntheticTagging(200, 's');
    expect(syntheticTagging(200, 's')).toEqual(data);
    for (const s of data) {
      const tags = Array.from(s.tags, (k) => TAGS[k] as Tag);
      expect(isLegal(tags)).toBe(true);
      expect(tags.map((g) => g === 'x')).toEqual(Array.from(s.words, (w) => w >= 3));
    }
    expect(
      syntheticTagging(1, 'x', { vocab: 4, names: 1, nameRate: 1, minLength: 3, maxLength: 3 })[0],
    ).toEqual({
      words: [0, 0, 0],
      tags: [2, 3, 4],
    });
    expect(() => syntheticTagging(1, 'x', { names: 10 })).toThrow(RangeError);
    expect(syntheticTagging(0, 'x')).toEqual([]);
  });
});
