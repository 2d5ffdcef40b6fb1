// The generic schema checks (defaults, URL round trip, notices) are components/figure/catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/components/figure/schema';
import { sparsityTemperatureParams } from './params';

describe('sparsityTemperatureParams', () => {
  it('parseQuery keeps p above 1 (the identity is trivial there) and T above 0', () => {
    const parsed = parseQuery(sparsityTemperatureParams, 'temperature.p=1&temperature.T=0', 'temperature');
    expect(parsed.values.p).toBe(1.05);
    expect(parsed.values.T).toBe(0.02);
  });
});
