import { describe, expect, it } from 'vitest';
import { SCRUB_RANGE_PX, scrubPixelsPerStep, scrubValue } from './scrubDrag';

describe('scrubPixelsPerStep', () => {
  it('scrubPixelsPerStep gives 4 px per step for small ranges', () => {
    expect(scrubPixelsPerStep(0, 10, 1)).toBe(4);
    expect(scrubPixelsPerStep(0, 1, 0.1)).toBe(4);
  });

  it('scrubPixelsPerStep shrinks so the whole range fits in 300 px', () => {
    expect(scrubPixelsPerStep(0, 1000, 1)).toBeCloseTo(0.3, 12);
    expect(scrubPixelsPerStep(0, 150, 1)).toBe(2);
  });

  it('scrubPixelsPerStep gives 4 for degenerate ranges', () => {
    expect(scrubPixelsPerStep(5, 5, 1)).toBe(4);
    expect(scrubPixelsPerStep(0, 10, 0)).toBe(4);
    expect(scrubPixelsPerStep(0, NaN, 1)).toBe(4);
  });
});

describe('scrubValue', () => {
  it('scrubValue moves one step per 4 px, rightwards up', () => {
    expect(scrubValue(5, 8, { min: 0, max: 10, step: 1 })).toBe(7);
    expect(scrubValue(5, -4, { min: 0, max: 10, step: 1 })).toBe(4);
    expect(scrubValue(5, 1, { min: 0, max: 10, step: 1 })).toBe(5);
    expect(scrubValue(0.5, 12, { min: 0, max: 1, step: 0.1 })).toBe(0.8);
  });

  it('scrubValue clamps at the ends', () => {
    expect(scrubValue(5, 1000, { min: 0, max: 10, step: 1 })).toBe(10);
    expect(scrubValue(5, -1000, { min: 0, max: 10, step: 1 })).toBe(0);
  });

  it('scrubValue reaches both ends of a large range within the drag distance', () => {
    for (const [min, max, step] of [
      [0, 1000, 1],
      [-5, 5, 0.001],
      [0, 1e6, 10],
    ]) {
      expect(scrubValue(min, SCRUB_RANGE_PX, { min, max, step })).toBe(max);
      expect(scrubValue(max, -SCRUB_RANGE_PX, { min, max, step })).toBe(min);
    }
  });

  it('scrubValue is monotone in dx and never leaves the range for seeded drags', () => {
    let seed = 42;
    const r = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 200; i++) {
      const step = [1, 0.5, 0.01][i % 3];
      const min = -10;
      const max = 10 + Math.floor(r() * 100);
      const start = min + r() * (max - min);
      // Collect violations and assert once per drag: 69,000 separate expect() calls made this test slow.
      let prev = -Infinity;
      const bad: string[] = [];
      for (let dx = -400; dx <= 400; dx += 7) {
        const v = scrubValue(start, dx, { min, max, step });
        if (!(v >= min && v <= max && v >= prev))
          bad.push(`dx=${dx}: ${v} (prev ${prev}, range [${min}, ${max}])`);
        prev = v;
      }
      expect(bad).toEqual([]);
    }
  });

  it('scrubValue starts a NaN value from min', () => {
    expect(scrubValue(NaN, 4, { min: 2, max: 10, step: 1 })).toBe(3);
  });
});
