import { describe, expect, it } from 'vitest';
import { defaults, parseQuery, serializeQuery } from '@/components/figure/schema';
import { sparsityTemperatureParams } from './params';

describe('sparsityTemperatureParams', () => {
  it('defaults: n 32, seed 1, σ 2, no ties, T 1, p 2', () => {
    expect(defaults(sparsityTemperatureParams)).toEqual({ n: 32, seed: 1, spread: 2, ties: 1, T: 1, p: 2 });
  });

  it('serializeQuery then parseQuery round-trips changed values without notices', () => {
    const values = { n: 200, seed: 42, spread: 0.75, ties: 3, T: 0.0316, p: 3.5 };
    const parsed = parseQuery(
      sparsityTemperatureParams,
      serializeQuery(sparsityTemperatureParams, values, 'temperature'),
      'temperature',
    );
    expect(parsed.values).toEqual(values);
    expect(parsed.notices).toEqual([]);
  });

  it('parseQuery clamps p = 1 (the identity is trivial there) and T = 0 with notices', () => {
    const parsed = parseQuery(sparsityTemperatureParams, 'temperature.p=1&temperature.T=0', 'temperature');
    expect(parsed.values.p).toBe(1.05);
    expect(parsed.values.T).toBe(0.02);
    expect(parsed.notices).toHaveLength(2);
  });
});
