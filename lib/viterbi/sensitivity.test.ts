import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { decisionSegments, rescaleColumn } from './sensitivity';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('rescaleColumn', () => {
  it('rescaleColumn(column, i, v) keeps the post’s column total 0.99998 and the others’ ratios', () => {
    // The post's second column: 柳 0.87838, 视 0.12148, 规 0.00012 (kexue.fm/archives/3842).
    const col = [0.87838, 0.12148, 0.00012];
    const out = rescaleColumn(col, 1, 0.5);
    expect(out[1]).toBe(0.5);
    expect(sum(out)).toBeCloseTo(0.99998, 14);
    expect(out[0] / out[2]).toBeCloseTo(0.87838 / 0.00012, 8);
    expect(out[0]).toBeCloseTo((0.87838 / 0.8785) * 0.49998, 14);
  });

  it('rescaleColumn(column, i, w_i) returns the column unchanged', () => {
    const col = [0.99996, 0.00004];
    const out = rescaleColumn(col, 0, 0.99996);
    expect(out[0]).toBe(0.99996);
    expect(out[1]).toBeCloseTo(0.00004, 15);
  });

  it('rescaleColumn keeps every seeded column’s total and clamps the value to [0, total]', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 200; trial++) {
      const len = 1 + Math.floor(rng.next() * 5);
      const col = Array.from({ length: len }, () => rng.next());
      const total = sum(col);
      const i = Math.floor(rng.next() * len);
      const v = rng.next() * 1.5 * total - 0.2;
      const out = rescaleColumn(col, i, v);
      expect(Math.abs(sum(out) - total)).toBeLessThan(1e-12);
      expect(out.every((w) => w >= 0)).toBe(true);
      if (len > 1) expect(out[i]).toBe(Math.min(total, Math.max(0, v)));
    }
  });

  it('rescaleColumn shares the remainder equally when the other candidates are all zero', () => {
    expect(rescaleColumn([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(rescaleColumn([0.7], 0, 0.1)).toEqual([0.7]);
    expect(rescaleColumn([0.5, 0.5], 0, 0.2, 1)).toEqual([0.2, 0.8]);
  });

  it('rescaleColumn throws RangeError for a bad index or a non-finite value', () => {
    expect(() => rescaleColumn([0.5, 0.5], 2, 0.1)).toThrow(RangeError);
    expect(() => rescaleColumn([0.5, 0.5], -1, 0.1)).toThrow(RangeError);
    expect(() => rescaleColumn([0.5, 0.5], 0, Number.NaN)).toThrow(RangeError);
  });
});

describe('decisionSegments', () => {
  it('decisionSegments(step at 0.3) locates the change to 1e-12', () => {
    const segs = decisionSegments((x) => (x < 0.3 ? 'a' : 'b'), 0, 1);
    expect(segs.map((s) => s.winner)).toEqual(['a', 'b']);
    expect(segs[0].from).toBe(0);
    expect(segs[1].to).toBe(1);
    expect(Math.abs(segs[0].to - 0.3)).toBeLessThan(1e-12);
    expect(segs[0].to).toBe(segs[1].from);
  });

  it('decisionSegments finds several changes, including two between neighbouring probes', () => {
    const cuts = [0.1, 0.4, 0.4003, 0.9];
    const decide = (x: number) => String(cuts.filter((c) => x >= c).length);
    const segs = decisionSegments(decide, 0, 1, { samples: 11 });
    expect(segs.map((s) => s.winner)).toEqual(['0', '1', '2', '3', '4']);
    segs.slice(0, -1).forEach((s, k) => {
      expect(Math.abs(s.to - cuts[k])).toBeLessThan(1e-11);
    });
  });

  it('decisionSegments on a log scale finds a change at 1994 over [1e-3, 1e4]', () => {
    const segs = decisionSegments((a) => (a < 1994.25 ? 'x' : 'y'), 1e-3, 1e4, { scale: 'log', samples: 50 });
    expect(segs).toHaveLength(2);
    expect(segs[0].to).toBeCloseTo(1994.25, 8);
  });

  it('decisionSegments gives one segment for a constant decision and for lo = hi', () => {
    expect(decisionSegments(() => 'k', -2, 3)).toEqual([{ from: -2, to: 3, winner: 'k' }]);
    expect(decisionSegments(() => 'k', 2, 2)).toEqual([{ from: 2, to: 2, winner: 'k' }]);
  });

  it('decisionSegments throws RangeError for lo > hi and for a log scale from 0', () => {
    expect(() => decisionSegments(() => 'k', 1, 0)).toThrow(RangeError);
    expect(() => decisionSegments(() => 'k', 0, 1, { scale: 'log' })).toThrow(RangeError);
  });
});
