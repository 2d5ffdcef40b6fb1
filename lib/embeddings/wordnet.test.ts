import { describe, expect, it } from 'vitest';
import { synonymSets, wordnetSynsets } from './wordnet.mjs';

// Lines in the format of WordNet 3.1's data files (the header lines start with spaces; offsets, pointers
// and glosses abridged by hand).
const DATA = [
  '  1 This software and database is being provided to you, the LICENSEE, by',
  '00001740 03 n 01 entity 0 000 | that which is perceived',
  '01382086 00 a 03 large 0 big 0 great(p) 1 000 | above average in size',
  '00002137 03 n 02 Paris 0 City_of_Light 0 000 | the capital of France',
  '01385255 00 a 02 small 0 little(a) 0 000 | limited in size',
  '02084071 05 n 0b dog 0 000 | malformed: w_cnt too large',
  '01382087 00 s 03 big 0 large 0 great 0 000 | repeated set',
].join('\n');

describe('wordnetSynsets', () => {
  it('wordnetSynsets(text) reads each synset’s lemmas, lower-cased, without adjective markers or the header', () => {
    expect(wordnetSynsets(DATA)).toEqual([
      ['entity'],
      ['large', 'big', 'great'],
      ['paris', 'city_of_light'],
      ['small', 'little'],
      ['big', 'large', 'great'],
    ]);
    expect(wordnetSynsets('')).toEqual([]);
  });
});

describe('synonymSets', () => {
  it('synonymSets(synsets, vocabulary) keeps in-vocabulary single words, sets of two or more, each once', () => {
    const vocabulary = ['the', 'great', 'big', 'little', 'large', 'paris', 'small'];
    expect(synonymSets(wordnetSynsets(DATA), vocabulary)).toEqual([
      [1, 2, 4],
      [3, 6],
    ]);
    expect(synonymSets([['big', 'big']], vocabulary)).toEqual([]);
    expect(synonymSets([], [])).toEqual([]);
  });
});
