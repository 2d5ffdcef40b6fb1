import { describe, expect, it } from 'vitest';
import { isPowerOfTwo, nearestPowerOfTwo, resolveBlocks } from './resolve';

describe('resolveBlocks(n, b)', () => {
  it('keeps a divisor of n and lists the divisors', () => {
    expect(resolveBlocks(12, 3)).toEqual({ choices: [1, 2, 3, 4, 6, 12], b: 3, notices: [] });
  });

  it('moves a b that does not divide n to the nearest divisor, with a notice', () => {
    const r = resolveBlocks(16, 5);
    expect(r.b).toBe(4);
    expect(r.notices).toEqual(['b: 5 does not divide n = 16; using 4, the nearest divisor.']);
    expect(resolveBlocks(7, 64).b).toBe(7);
    expect(resolveBlocks(12, 5).b).toBe(4);
  });
});

describe('powers of two for the butterfly', () => {
  it('isPowerOfTwo(n) holds for 1, 2, 4, …, 64 only', () => {
    const yes = Array.from({ length: 64 }, (_, k) => k + 1).filter(isPowerOfTwo);
    expect(yes).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(isPowerOfTwo(0)).toBe(false);
  });

  it('nearestPowerOfTwo(n) goes to the nearer power, up on a tie', () => {
    expect([3, 5, 6, 7, 12, 23, 24, 25, 48, 63].map(nearestPowerOfTwo)).toEqual([
      4, 4, 8, 8, 16, 16, 32, 32, 64, 64,
    ]);
    expect(nearestPowerOfTwo(16)).toBe(16);
  });
});
