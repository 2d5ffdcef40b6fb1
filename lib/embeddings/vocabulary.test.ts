import { describe, expect, it } from 'vitest';
import { editDistance, parseWordList, suggestWords } from '.';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and stops past max', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('suggestWords', () => {
  const vocab = ['the', 'of', 'government', 'govern', 'governor', 'went', 'tho'];
  it('puts completions first, then near misses by distance and frequency', () => {
    expect(suggestWords('goverment', vocab, 3)).toEqual(['government']);
    expect(suggestWords('governer', vocab, 3)).toEqual(['governor', 'govern']);
    expect(suggestWords('gov', vocab, 2)).toEqual(['government', 'govern']);
    expect(suggestWords(' THX ', vocab, 5)).toEqual(['the', 'tho']);
    expect(suggestWords('', vocab, 2)).toEqual(['the', 'of']);
    expect(suggestWords('zzzzzz', vocab, 3)).toEqual([]);
    expect(suggestWords('the', vocab, 3)).toEqual(['tho']);
  });
});

describe('parseWordList', () => {
  it('parseWordList(text, max) splits on commas and spaces, lower-cases, drops repeats and stops at max', () => {
    expect(parseWordList('Monday, tuesday  monday,,', 10)).toEqual(['monday', 'tuesday']);
    expect(parseWordList(' a b c d ', 2)).toEqual(['a', 'b']);
    expect(parseWordList('  , ', 5)).toEqual([]);
  });
});
