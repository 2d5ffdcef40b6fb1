import { describe, expect, it } from 'vitest';
import { keepNewest } from './keep';

describe('keepNewest(cache, key, value, max)', () => {
  it('keeps the newest max entries, oldest dropped first', () => {
    const cache = new Map<string, number>();
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) keepNewest(cache, key, i, 3);
    expect([...cache]).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('a key put again counts as the newest and replaces its value', () => {
    const cache = new Map<string, number>();
    keepNewest(cache, 'a', 1, 2);
    keepNewest(cache, 'b', 2, 2);
    keepNewest(cache, 'a', 3, 2);
    keepNewest(cache, 'c', 4, 2);
    expect([...cache]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });

  it('keeps nothing when max is 0', () => {
    const cache = new Map<string, number>();
    keepNewest(cache, 'a', 1, 0);
    expect(cache.size).toBe(0);
  });
});
