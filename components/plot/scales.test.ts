import { describe, expect, it } from 'vitest';
import { axisTicks, createScale, formatPowerOfTen, isBand, paddedLogDomain, position } from './scales';

describe('createScale(spec, range)', () => {
  it('maps a linear domain onto the range, and a log domain by decades', () => {
    const lin = createScale({ domain: [0, 10] }, [0, 100]);
    expect(position(lin, 2.5)).toBeCloseTo(25, 12);
    const log = createScale({ type: 'log', domain: [1, 1000] }, [0, 300]);
    expect(position(log, 10)).toBeCloseTo(100, 12);
    expect(position(log, 100)).toBeCloseTo(200, 12);
  });

  it('widens degenerate domains instead of producing NaN (empty, one value, non-finite, non-positive log)', () => {
    expect(createScale({ domain: [] }, [0, 1]).domain()).toEqual([0, 1]);
    expect(createScale({ domain: [5, 5] }, [0, 1]).domain()).toEqual([4, 6]);
    expect(createScale({ domain: [Number.NaN, Infinity] }, [0, 1]).domain()).toEqual([0, 1]);
    expect(createScale({ type: 'log', domain: [0, -3] }, [0, 1]).domain()).toEqual([1, 10]);
    expect(createScale({ type: 'log', domain: [0, 100] }, [0, 1]).domain()).toEqual([10, 1000]);
    expect(createScale({ type: 'log', domain: [0, 1, 100] }, [0, 1]).domain()).toEqual([1, 100]);
  });

  it('keeps a domain given high-to-low running that way, and reverse flips the range', () => {
    expect(position(createScale({ domain: [10, 0] }, [0, 100]), 10)).toBe(0);
    expect(position(createScale({ domain: [0, 10], reverse: true }, [0, 100]), 10)).toBe(0);
  });

  it('clamps when asked and rounds the domain with nice', () => {
    const s = createScale({ domain: [0.13, 9.7], nice: true, clamp: true }, [0, 100]);
    expect(s.domain()).toEqual([0, 10]);
    expect(position(s, 50)).toBe(100);
  });

  it('a band scale gives each value a band and positions at band centres', () => {
    const s = createScale({ type: 'band', domain: ['a', 'b', 'c'], padding: 0 }, [0, 90]);
    expect(isBand(s)).toBe(true);
    expect(position(s, 'b')).toBe(45);
    expect(Number.isNaN(position(s, 'z'))).toBe(true);
  });
});

describe('axisTicks(scale, count)', () => {
  it('gives the decades of a log scale, labelled as powers of ten', () => {
    const s = createScale({ type: 'log', domain: [1, 1e4] }, [0, 100]);
    expect(axisTicks(s, 5).map((t) => t.label)).toEqual(['1', '10', '100', '10³', '10⁴']);
  });

  it('thins decades of a long log domain to about `count` ticks', () => {
    const s = createScale({ type: 'log', domain: [1e-12, 1] }, [0, 100]);
    const ticks = axisTicks(s, 4).map((t) => t.value as number);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks[0]).toBe(1e-12);
    for (const v of ticks) expect(Math.log10(v)).toBeCloseTo(Math.round(Math.log10(v)), 9);
  });

  it('falls back to 1–2–5 ticks inside a log domain spanning less than a decade', () => {
    const s = createScale({ type: 'log', domain: [2, 8] }, [0, 100]);
    const ticks = axisTicks(s, 5).map((t) => t.value);
    expect(ticks.length).toBeGreaterThan(1);
    for (const v of ticks) expect(v as number).toBeGreaterThanOrEqual(2);
  });

  it('gives round linear ticks and every k-th band', () => {
    expect(axisTicks(createScale({ domain: [0, 1] }, [0, 100]), 5).map((t) => t.value)).toEqual([
      0, 0.2, 0.4, 0.6, 0.8, 1,
    ]);
    const band = createScale({ type: 'band', domain: Array.from({ length: 10 }, (_, i) => i) }, [0, 100]);
    expect(axisTicks(band, 5).map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('formatPowerOfTen(exponent)', () => {
  it('writes small powers plainly and the rest with superscripts', () => {
    expect([0, 1, 2, 3, -3, -12].map(formatPowerOfTen)).toEqual(['1', '10', '100', '10³', '10⁻³', '10⁻¹²']);
  });
});

describe('paddedLogDomain(values, fallback, pad)', () => {
  it('spans the positive finite values, widened to a factor of 4, then padded either side', () => {
    expect(paddedLogDomain([1, 100], [1, 10], 2)).toEqual([0.5, 200]);
    expect(paddedLogDomain([4, 4, 0, -1, Number.NaN], [1, 10], 1)).toEqual([2, 8]);
  });

  it('falls back when no value has a logarithm', () => {
    expect(paddedLogDomain([0, Number.POSITIVE_INFINITY], [1, 1000], 1)).toEqual([1, 1000]);
  });
});
