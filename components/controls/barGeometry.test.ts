import { describe, expect, it } from 'vitest';
import { barBaseline, barIndexAt, defaultBarStep, paintBars } from './barGeometry';

describe('barIndexAt', () => {
  it('barIndexAt finds the slot under x', () => {
    expect(barIndexAt(10, 10, 110, 4)).toBe(0);
    expect(barIndexAt(34.9, 10, 110, 4)).toBe(0);
    expect(barIndexAt(35, 10, 110, 4)).toBe(1);
    expect(barIndexAt(55, 10, 110, 4)).toBe(1);
    expect(barIndexAt(109.9, 10, 110, 4)).toBe(3);
  });

  it('barIndexAt clamps positions beyond either end', () => {
    expect(barIndexAt(-50, 10, 110, 4)).toBe(0);
    expect(barIndexAt(500, 10, 110, 4)).toBe(3);
  });

  it('barIndexAt gives -1 without bars and 0 for NaN', () => {
    expect(barIndexAt(5, 0, 100, 0)).toBe(-1);
    expect(barIndexAt(5, 100, 0, 3)).toBe(-1);
    expect(barIndexAt(NaN, 0, 100, 3)).toBe(0);
  });
});

describe('barBaseline and defaultBarStep', () => {
  it('barBaseline is 0 inside the range, else the nearest end', () => {
    expect(barBaseline(-1, 1)).toBe(0);
    expect(barBaseline(0, 1)).toBe(0);
    expect(barBaseline(2, 5)).toBe(2);
    expect(barBaseline(-5, -2)).toBe(-2);
  });

  it('defaultBarStep is a power of ten near a hundredth of the range', () => {
    expect(defaultBarStep(0, 1)).toBe(0.01);
    expect(defaultBarStep(-1, 1)).toBe(0.01);
    expect(defaultBarStep(0, 100)).toBe(1);
    expect(defaultBarStep(0, 50)).toBeCloseTo(0.1, 15);
    expect(defaultBarStep(0, 0)).toBe(1);
    expect(defaultBarStep(0, NaN)).toBe(1);
  });
});

describe('paintBars', () => {
  const id = (v: number) => v;

  it('paintBars(values, null, to) sets only the pressed bar', () => {
    expect(paintBars([0, 0, 0], null, { index: 1, value: 0.5 }, id)).toEqual([0, 0.5, 0]);
  });

  it('paintBars interpolates the bars skipped by a fast drag', () => {
    const v = paintBars([0, 0, 0, 0, 9], { index: 0, value: 0 }, { index: 3, value: 0.3 }, id);
    expect(v[0]).toBe(0);
    expect(v[1]).toBeCloseTo(0.1, 15);
    expect(v[2]).toBeCloseTo(0.2, 15);
    expect(v[3]).toBe(0.3);
    expect(v[4]).toBe(9);
  });

  it('paintBars works right to left and applies snap', () => {
    const snap = (x: number) => Math.round(x);
    expect(paintBars([0, 0, 0, 0], { index: 3, value: 4 }, { index: 0, value: 1 }, snap)).toEqual([
      1, 2, 3, 0,
    ]);
  });

  it('paintBars ignores indices outside the array and does not mutate its input', () => {
    const values = [1, 2];
    expect(paintBars(values, { index: 1, value: 0 }, { index: 5, value: 1 }, id)).toEqual([1, 2]);
    expect(values).toEqual([1, 2]);
  });
});
