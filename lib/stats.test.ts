import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { logLogSlope, median } from './stats';
import { expectClose } from './testing';

describe('median', () => {
  it('median(xs) is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median(new Float64Array([5, -1]))).toBe(2);
  });

  it('median(xs) does not reorder its input and is NaN for an empty list or a NaN entry', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
    expect(median([1, Number.NaN, 2])).toBeNaN();
  });

  it('median(xs) is invariant under shuffling (seeded)', () => {
    const rng = createRng('median');
    for (let t = 0; t < 20; t++) {
      const xs = Array.from({ length: rng.int(1, 15) }, () => rng.normal());
      expect(median(rng.shuffle(xs))).toBe(median(xs));
    }
  });
});

describe('logLogSlope', () => {
  it('logLogSlope recovers the exponent of exact power laws: 2, 1.5, 1, 0', () => {
    const xs = [64, 128, 256, 512, 1024];
    expectClose(
      logLogSlope(
        xs,
        xs.map((x) => 3 * x * x),
      ),
      2,
      { rtol: 1e-12 },
    );
    expectClose(
      logLogSlope(
        xs,
        xs.map((x) => x ** 1.5),
      ),
      1.5,
      { rtol: 1e-12 },
    );
    expectClose(
      logLogSlope(
        xs,
        xs.map((x) => 0.01 * x),
      ),
      1,
      { rtol: 1e-12 },
    );
    expectClose(logLogSlope(xs, [5, 5, 5, 5, 5]), 0, { atol: 1e-14 });
  });

  it('logLogSlope of noisy n² samples stays near 2 (seeded, ±10% noise)', () => {
    const rng = createRng('slope');
    const xs = [64, 128, 256, 512, 1024, 2048, 4096];
    const ys = xs.map((x) => x * x * (0.9 + 0.2 * rng.next()));
    expect(Math.abs(logLogSlope(xs, ys) - 2)).toBeLessThan(0.05);
  });

  it('logLogSlope leaves out pairs without a logarithm and is NaN with fewer than two left', () => {
    expectClose(logLogSlope([1, 2, 4, 0, 8], [1, 4, 16, 5, Number.NaN]), 2, { rtol: 1e-12 });
    expect(logLogSlope([1, 2], [1, 0])).toBeNaN();
    expect(logLogSlope([], [])).toBeNaN();
    expect(logLogSlope([3, 3], [1, 2])).toBeNaN();
  });

  it('logLogSlope throws when the lists differ in length', () => {
    expect(() => logLogSlope([1, 2], [1])).toThrow('logLogSlope: 2 x values but 1 y values');
  });
});
