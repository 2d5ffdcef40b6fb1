import { describe, expect, it } from 'vitest';
import { defaults, mergeQuery, parseQuery, serializeQuery } from '@/components/figure/schema';
import { costRaceParams, RACE_SIZES } from './params';

describe('costRaceParams', () => {
  it('defaults: the post’s sparse pattern, n up to 2048, d = 32, not causal', () => {
    expect(defaults(costRaceParams)).toEqual({ pattern: 'sparse', maxN: '2048', d: 32, causal: false });
  });

  it('serializeQuery then parseQuery round-trips every combination of pattern, largest n and causal', () => {
    for (const pattern of costRaceParams.pattern.options) {
      for (const maxN of costRaceParams.maxN.options) {
        for (const causal of [false, true]) {
          const values = { pattern, maxN, d: 12, causal };
          const query = serializeQuery(costRaceParams, values, 'race');
          const parsed = parseQuery(costRaceParams, query, 'race');
          expect(parsed.values).toEqual(values);
          expect(parsed.notices).toEqual([]);
        }
      }
    }
  });

  it('writes only the changed parameters, under the figure prefix, beside other figures’ keys', () => {
    const values = { ...defaults(costRaceParams), maxN: '512' as const, d: 64 };
    expect(mergeQuery('mask.n=32', costRaceParams, values, 'race')).toBe('mask.n=32&race.maxN=512&race.d=64');
  });

  it('every largest n is one of the raced sizes, a power of two', () => {
    for (const maxN of costRaceParams.maxN.options) expect(RACE_SIZES).toContain(Number(maxN));
    for (const n of RACE_SIZES) expect(Math.log2(n) % 1).toBe(0);
  });

  it('bad values fall back to defaults or clamp, with a notice for each', () => {
    const r = parseQuery(costRaceParams, 'pattern=full&maxN=8192&d=0&causal=2');
    expect(r.values).toEqual({ pattern: 'sparse', maxN: '2048', d: 4, causal: false });
    expect(r.notices).toHaveLength(4);
  });
});
