import { describe, expect, it } from 'vitest';
import { defaults, parseQuery, serializeQuery } from '@/components/figure/schema';
import { attentionMask, randomQKV, rowCounts } from '@/lib/attention';
import { toRows } from '@/lib/linalg';
import { nearestStop, nextSeed, roundRows } from './inputs';
import { MATRIX_DIGITS, maskedAttentionParams, TEMPERATURE_STOPS } from './params';

describe('roundRows', () => {
  it('roundRows keeps MATRIX_DIGITS decimals so an edited matrix survives a URL round trip exactly', () => {
    const rows = roundRows(toRows(randomQKV(16, 8, 5).Q), MATRIX_DIGITS);
    expect(rows[0][0]).toBe(Number(randomQKV(16, 8, 5).Q.data[0].toFixed(3)));
    const values = { ...defaults(maskedAttentionParams), n: 16, d: 8, seed: 5, Q: rows };
    const query = serializeQuery(maskedAttentionParams, values);
    const back = parseQuery(maskedAttentionParams, query);
    expect(back.notices).toEqual([]);
    expect(back.values.Q).toEqual(rows);
  });
});

describe('nextSeed', () => {
  it('nextSeed is reproducible, in range and never the same seed', () => {
    expect(nextSeed(1, 999_999)).toBe(nextSeed(1, 999_999));
    for (let s = 0; s < 200; s++) {
      const t = nextSeed(s, 999_999);
      expect(t).not.toBe(s);
      expect(Number.isInteger(t) && t >= 0 && t <= 999_999).toBe(true);
    }
    // With two seeds only, the draw often lands on the current one; the step then moves on.
    for (let s = 0; s < 2; s++) expect(nextSeed(s, 1)).toBe(1 - s);
  });
});

describe('maskedAttentionParams', () => {
  it('defaults leave Q, K, V empty (seeded), and an empty matrix is not written to the URL', () => {
    const v = defaults(maskedAttentionParams);
    expect([v.Q, v.K, v.V]).toEqual([[], [], []]);
    expect(serializeQuery(maskedAttentionParams, { ...v, seed: 3 })).toBe('seed=3');
  });
});

describe('nearestStop', () => {
  it('nearestStop finds a stop exactly and rounds other temperatures on a log scale', () => {
    expect(nearestStop(TEMPERATURE_STOPS, 1)).toBe(TEMPERATURE_STOPS.indexOf(1));
    expect(nearestStop(TEMPERATURE_STOPS, 0.1)).toBe(0);
    expect(nearestStop(TEMPERATURE_STOPS, 5)).toBe(TEMPERATURE_STOPS.length - 1);
    // 3.45 is nearer 3 than 4 on a log scale (ln(3.45/3) = 0.140 < ln(4/3.45) = 0.148).
    expect(TEMPERATURE_STOPS[nearestStop(TEMPERATURE_STOPS, 3.45)]).toBe(3);
    expect(TEMPERATURE_STOPS[nearestStop(TEMPERATURE_STOPS, 3.5)]).toBe(4);
  });

  it('TEMPERATURE_STOPS increase from the schema minimum to its maximum through 1', () => {
    const spec = maskedAttentionParams.t;
    expect(TEMPERATURE_STOPS[0]).toBe(spec.min);
    expect(TEMPERATURE_STOPS.at(-1)).toBe(spec.max);
    expect(TEMPERATURE_STOPS).toContain(spec.default);
    for (let s = 1; s < TEMPERATURE_STOPS.length; s++) {
      expect(TEMPERATURE_STOPS[s]).toBeGreaterThan(TEMPERATURE_STOPS[s - 1]);
    }
  });
});

describe('the masks the widget can build', () => {
  it('attentionMask leaves no query without a key for any pattern, n, k and causal in the widget ranges', () => {
    // Why the widget never shows a fully masked row: every pattern allows the diagonal. The zero-row
    // behaviour (zeros, never NaN) is tested in lib/attention/weightStats.test.ts with a hand-built mask.
    const { n: nSpec, k: kSpec } = maskedAttentionParams;
    for (const kind of maskedAttentionParams.pattern.options) {
      for (let n = nSpec.min; n <= nSpec.max; n++) {
        for (let k = kSpec.min; k <= kSpec.max; k++) {
          for (const causal of [false, true]) {
            const counts = rowCounts(attentionMask(kind, n, { k, causal }));
            expect(Math.min(...counts), `${kind} n=${n} k=${k} causal=${causal}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});
