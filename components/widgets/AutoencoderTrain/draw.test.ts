import { describe, expect, it } from 'vitest';
import { logDomain } from './draw';

describe('logDomain(values, floor)', () => {
  it('logDomain pads the positive range and widens a narrow one to a decade', () => {
    expect(logDomain([1, 1000], 1e-9)).toEqual([1 / 1.5, 1500]);
    const [lo, hi] = logDomain([0.4688, 0.5], 1e-9);
    expect(hi / lo).toBeCloseTo(10, 9);
  });

  it('logDomain ignores 0, negative and non-finite values and stops at the floor', () => {
    expect(logDomain([0, -1, Number.NaN, Number.POSITIVE_INFINITY], 1e-6)).toEqual([1e-6, 1]);
    expect(logDomain([1e-30, 10], 1e-8)[0]).toBe(1e-8);
  });
});
