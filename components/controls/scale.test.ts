import { describe, expect, it } from 'vitest';
import type { IntSpec, NumberSpec } from '@/components/figure/schema';
import { defaultStep, sliderScale } from './scale';

const int: IntSpec = { type: 'int', label: 'n', min: 4, max: 4096, default: 16 };
const lr: NumberSpec = { type: 'number', label: 'rate', min: 1e-4, max: 1, default: 0.01, scale: 'log' };
const alpha: NumberSpec = {
  type: 'number',
  label: 'α',
  min: 0,
  max: 1000,
  default: 1,
  scale: 'log',
  logMin: 0.001,
};

describe('sliderScale(spec, range)', () => {
  it('an int parameter moves in whole steps and never leaves its range', () => {
    const s = sliderScale(int);
    expect([s.min, s.max, s.step]).toEqual([4, 4096, 1]);
    expect(s.toValue(16.6)).toBe(17);
    expect(s.toValue(-5)).toBe(4);
    expect(s.toPosition(Number.NaN)).toBe(4);
  });

  it('a data-dependent range narrows the schema range and cannot widen it', () => {
    const s = sliderScale(int, { min: 1, max: 64 });
    expect([s.min, s.max]).toEqual([4, 64]);
    expect(s.toValue(100)).toBe(64);
  });

  it('a log parameter moves in hundredths of a decade and reads back to four digits', () => {
    const s = sliderScale(lr);
    expect([s.min, s.max, s.step]).toEqual([-4, 0, 0.01]);
    expect(s.toPosition(0.01)).toBeCloseTo(-2, 12);
    expect(s.toValue(-2)).toBe(0.01);
    expect(s.toValue(-1.37)).toBe(0.04266);
    // A round trip snaps to the grid: within half a step, a ratio of 10^0.005 (1.2%).
    for (const v of [1e-4, 3e-3, 0.5, 1])
      expect(Math.abs(s.toValue(s.toPosition(v)) / v - 1)).toBeLessThan(0.012);
  });

  it('a log range that is not whole steps is split evenly, so both ends are notches', () => {
    const t: NumberSpec = { type: 'number', label: 'T', min: 0.02, max: 50, default: 1, scale: 'log' };
    const s = sliderScale(t);
    expect(Math.round((s.max - s.min) / s.step)).toBe(340);
    expect((s.max - s.min) / s.step).toBeCloseTo(340, 9);
    expect(s.toValue(s.max)).toBe(50);
    expect(s.toValue(s.min)).toBe(0.02);
  });

  it('a log parameter whose min is 0 has one notch below logMin that means exactly 0', () => {
    const s = sliderScale(alpha);
    expect(s.min).toBeCloseTo(-3.01, 12);
    expect(s.toValue(s.min)).toBe(0);
    expect(s.toPosition(0)).toBe(s.min);
    expect(s.toValue(-3)).toBe(0.001);
    expect(s.toValue(3)).toBe(1000);
  });

  it('defaultStep is a power of ten near a hundredth of the range', () => {
    expect(defaultStep(0, 1)).toBe(0.01);
    expect(defaultStep(0, 250)).toBe(1);
    expect(defaultStep(3, 3)).toBe(1);
  });
});
