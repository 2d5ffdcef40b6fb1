import { describe, expect, it } from 'vitest';
import { splitWords } from './words';

describe('splitWords', () => {
  it('splits, lower-cases and flags capitals as the Brown assets count words', () => {
    const r = splitWords(
      'The Fulton County Grand Jury said Friday, “no evidence” — Atlanta’s term-end 1961 U.S.',
    );
    expect(r.lower).toEqual([
      'the',
      'fulton',
      'county',
      'grand',
      'jury',
      'said',
      'friday',
      'no',
      'evidence',
      "atlanta's",
      'term-end',
      '1961',
      'u.s',
    ]);
    expect(r.caps).toEqual([1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1]);
    expect(r.forms[9]).toBe("Atlanta's");
    expect(r.dropped).toBe(0);
  });

  it('gives nothing for text without words, and caps the length', () => {
    expect(splitWords(' ,.;— ').lower).toEqual([]);
    const r = splitWords('a b c d e', 3);
    expect(r.lower).toEqual(['a', 'b', 'c']);
    expect(r.dropped).toBe(2);
    expect(splitWords('Élan über straße').caps).toEqual([1, 0, 0]);
  });
});
