// The generic schema checks (defaults, URL round trip, notices) are components/figure/catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { MATVEC_TIMING_ORDERS } from '@/lib/monarch';
import { LARGEST_N_OPTIONS } from './params';

describe('monarchMatvecParams', () => {
  it('every largest n is n = m² of an order lib/monarch times, and all but the smallest are offered', () => {
    expect(LARGEST_N_OPTIONS.map(Number)).toEqual(MATVEC_TIMING_ORDERS.slice(1).map((m) => m * m));
  });
});
