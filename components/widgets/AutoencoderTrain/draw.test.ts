import { describe, expect, it } from 'vitest';
import { curvePath, formatTick, gapToOptimum, logDomain, logTicks, lrAt, lrPosition } from './draw';

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

describe('logTicks(lo, hi)', () => {
  it('logTicks gives the powers of ten inside, or 1·2·5 steps within one decade', () => {
    expect(logTicks(0.3, 40)).toEqual([1, 10]);
    expect(logTicks(0.3, 4)).toEqual([0.5, 1, 2]);
    expect(logTicks(1e-12, 1)).toHaveLength(5);
    expect(logTicks(1e-12, 1).at(-1)).toBe(1);
    expect(logTicks(0, 1)).toEqual([]);
  });
});

describe('curvePath(points, x, y, floor)', () => {
  it('curvePath clamps values to the floor and breaks at non-finite ones', () => {
    const id = (v: number) => v;
    expect(
      curvePath(
        [
          [0, 5],
          [1, 0],
          [2, 3],
        ],
        id,
        id,
        0.5,
      ),
    ).toBe('M0,5L1,0.5L2,3');
    expect(
      curvePath(
        [
          [0, 5],
          [1, Number.NaN],
          [2, 3],
        ],
        id,
        id,
        0.5,
      ),
    ).toBe('M0,5ZM2,3Z');
    expect(curvePath([], id, id, 1)).toBe('');
  });
});

describe('learning-rate slider and gap', () => {
  it('lrAt and lrPosition invert each other to 3 significant digits', () => {
    expect(lrAt(-2)).toBe(0.01);
    expect(lrAt(lrPosition(0.0316))).toBe(0.0316);
    expect(lrAt(0.5)).toBe(3.16);
  });

  it('gapToOptimum counts differences within 1e-12 of the scale as zero, keeps real gaps', () => {
    expect(gapToOptimum(0.4688711258507253, 0.468871125850725, 10)).toBe(0);
    expect(gapToOptimum(0.47, 0.4688, 10)).toBeCloseTo(0.0012, 12);
    expect(gapToOptimum(1e-20, 0, 1)).toBe(0);
  });
});

describe('formatTick(t)', () => {
  it('formatTick writes far powers of ten as 10ⁿ and other values through formatNumber', () => {
    expect(formatTick(1e-6)).toBe('10⁻⁶');
    expect(formatTick(1e-12)).toBe('10⁻¹²');
    expect(formatTick(1e5)).toBe('10⁵');
    expect(formatTick(0.001)).toBe('0.001');
    expect(formatTick(100)).toBe('100');
    expect(formatTick(2e-5)).toBe('2×10⁻⁵');
  });
});
