// The generic schema checks (defaults, URL round trip, notices) are components/figure/catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { costRaceParams, RACE_SIZES } from './params';

describe('costRaceParams', () => {
  it('every largest n is one of the raced sizes, a power of two', () => {
    for (const maxN of costRaceParams.maxN.options) expect(RACE_SIZES).toContain(Number(maxN));
    for (const n of RACE_SIZES) expect(Math.log2(n) % 1).toBe(0);
  });
});
