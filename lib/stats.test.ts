import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { binExtents, fractionalRanks, linearFit, logLogSlope, median, spearman } from './stats';
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

describe('binExtents', () => {
  it('binExtents(values, bins) gives each bin’s smallest and largest value', () => {
    const b = binExtents([1, 5, 2, 8, 3], 2);
    expect(Array.from(b.start)).toEqual([0, 2]);
    expect(Array.from(b.end)).toEqual([2, 5]);
    expect(Array.from(b.lo)).toEqual([1, 2]);
    expect(Array.from(b.hi)).toEqual([5, 8]);
  });

  it('binExtents covers every index once and keeps the global extremes (seeded)', () => {
    const rng = createRng('bins');
    for (let trial = 0; trial < 20; trial++) {
      const n = rng.int(1, 500);
      const values = Array.from({ length: n }, () => rng.normal());
      const b = binExtents(values, rng.int(1, 80));
      let next = 0;
      for (let k = 0; k < b.start.length; k++) {
        expect(b.start[k]).toBe(next);
        next = b.end[k] as number;
        expect(next).toBeGreaterThan(b.start[k] as number);
        const slice = values.slice(b.start[k], b.end[k]);
        expect(b.lo[k]).toBe(Math.min(...slice));
        expect(b.hi[k]).toBe(Math.max(...slice));
      }
      expect(next).toBe(n);
    }
  });

  it('binExtents gives one bin per value when there are fewer values than bins, none when empty', () => {
    expect(Array.from(binExtents([3, 1], 10).hi)).toEqual([3, 1]);
    expect(binExtents([], 4).lo).toHaveLength(0);
    expect(Number.isNaN(binExtents([Number.NaN, Number.NaN], 1).lo[0])).toBe(true);
    expect(() => binExtents([1], 0)).toThrow(RangeError);
  });
});

describe('fractionalRanks and spearman', () => {
  it('fractionalRanks(xs) gives ties the mean of the ranks they span', () => {
    expect(Array.from(fractionalRanks([30, 10, 20, 20]))).toEqual([4, 1, 2.5, 2.5]);
    expect(Array.from(fractionalRanks([5, 5, 5]))).toEqual([2, 2, 2]);
    expect(fractionalRanks([]).length).toBe(0);
    expect(() => fractionalRanks([1, Number.NaN])).toThrow('entry 1 is NaN');
  });

  it('spearman(xs, ys) matches SciPy, with and without ties', () => {
    // scipy.stats.spearmanr (SciPy 1.x), recomputed for these lists.
    expectClose(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]), 0.7999999999999999, { rtol: 1e-12 });
    expectClose(spearman([1, 2, 2, 3], [1, 3, 2, 4]), 0.9486832980505139, { rtol: 1e-12 });
    expectClose(spearman([0, 0, 1, 1, 2, 3, 3], [0.1, 0.3, 0.2, 0.5, 0.4, 0.9, 0.6]), 0.8443565629465053, {
      rtol: 1e-12,
    });
  });

  it('spearman(xs, ys) is 1 under any increasing map of ys, −1 under a decreasing one, and symmetric (seeded)', () => {
    const rng = createRng('spearman');
    for (let t = 0; t < 20; t++) {
      const xs = Array.from({ length: rng.int(2, 30) }, () => rng.normal());
      expectClose(spearman(xs, xs.map(Math.exp)), 1, { rtol: 1e-12 });
      expectClose(
        spearman(
          xs,
          xs.map((x) => -(x ** 3)),
        ),
        -1,
        { rtol: 1e-12 },
      );
      const ys = xs.map(() => rng.normal());
      expectClose(spearman(xs, ys), spearman(ys, xs), { rtol: 1e-12 });
    }
  });

  it('spearman(xs, ys) is NaN for fewer than two pairs or a constant list, and throws for unequal lengths', () => {
    expect(spearman([1], [2])).toBeNaN();
    expect(spearman([], [])).toBeNaN();
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow('2 x values but 1 y values');
  });
});

describe('linearFit', () => {
  it('linearFit matches a hand computation: slope 0.7, intercept 2, r = 3.5/√23.75', () => {
    const f = linearFit([1, 2, 3, 4], [2, 4, 5, 4]);
    expect(f.n).toBe(4);
    expectClose(f.slope, 0.7, { rtol: 1e-12 });
    expectClose(f.intercept, 2, { rtol: 1e-12 });
    expectClose(f.correlation, 3.5 / Math.sqrt(23.75), { rtol: 1e-12 });
  });

  it('linearFit recovers an exact line, r = ±1, and is unmoved by a large common offset', () => {
    const xs = [0, 1, 2, 5];
    const up = linearFit(
      xs,
      xs.map((x) => 3 - 2 * x),
    );
    expectClose(up.slope, -2, { rtol: 1e-12 });
    expectClose(up.intercept, 3, { rtol: 1e-12 });
    expectClose(up.correlation, -1, { rtol: 1e-12 });
    const far = linearFit(
      xs.map((x) => x + 1e9),
      xs.map((x) => 0.5 * x + 1e9),
    );
    expectClose(far.slope, 0.5, { rtol: 1e-9 });
    expectClose(far.correlation, 1, { rtol: 1e-9 });
  });

  it('linearFit: r² is the explained share of the variance and r is symmetric in x and y (seeded)', () => {
    const rng = createRng('linear-fit');
    const xs = Array.from({ length: 200 }, () => rng.normal());
    const ys = xs.map((x) => 0.8 * x + rng.normal(0, 0.5));
    const f = linearFit(xs, ys);
    let sse = 0;
    let sst = 0;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    for (let i = 0; i < xs.length; i++) {
      sse += ((ys[i] as number) - f.intercept - f.slope * (xs[i] as number)) ** 2;
      sst += ((ys[i] as number) - my) ** 2;
    }
    expectClose(f.correlation ** 2, 1 - sse / sst, { rtol: 1e-10 });
    expectClose(linearFit(ys, xs).correlation, f.correlation, { rtol: 1e-12 });
  });

  it('linearFit leaves out non-finite pairs, is NaN below two points or for constant data, and checks lengths', () => {
    const f = linearFit([0, Number.NaN, 1, 2, Number.POSITIVE_INFINITY], [0, 5, 1, 2, 1]);
    expect(f.n).toBe(3);
    expectClose(f.slope, 1, { rtol: 1e-12 });
    expect(linearFit([1], [1]).slope).toBeNaN();
    expect(linearFit([], []).correlation).toBeNaN();
    const flatX = linearFit([2, 2, 2], [1, 2, 3]);
    expect(flatX.slope).toBeNaN();
    expect(flatX.correlation).toBeNaN();
    const flatY = linearFit([1, 2, 3], [4, 4, 4]);
    expect(flatY.slope).toBe(0);
    expect(flatY.intercept).toBe(4);
    expect(flatY.correlation).toBeNaN();
    expect(() => linearFit([1, 2], [1])).toThrow(/2 x values but 1/);
  });
});
