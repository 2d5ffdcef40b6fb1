import { describe, expect, it } from 'vitest';
import { progressFraction, speedOptions, stepDelayMs, stepReadout } from './stepperTiming';

describe('stepperTiming', () => {
  it('stepDelayMs(speed) is 1000 / speed within [16, 10000] ms', () => {
    expect(stepDelayMs(1)).toBe(1000);
    expect(stepDelayMs(4)).toBe(250);
    expect(stepDelayMs(0.5)).toBe(2000);
    expect(stepDelayMs(1000)).toBe(16);
    expect(stepDelayMs(0.01)).toBe(10_000);
  });

  it('stepDelayMs treats zero, negative and NaN speeds as 1 step/s', () => {
    expect(stepDelayMs(0)).toBe(1000);
    expect(stepDelayMs(-2)).toBe(1000);
    expect(stepDelayMs(NaN)).toBe(1000);
  });

  it('progressFraction(step, total) is step / total clamped to [0, 1]', () => {
    expect(progressFraction(3, 12)).toBe(0.25);
    expect(progressFraction(-1, 12)).toBe(0);
    expect(progressFraction(20, 12)).toBe(1);
    expect(progressFraction(3, 0)).toBe(0);
    expect(progressFraction(NaN, 5)).toBe(0);
    expect(progressFraction(1, NaN)).toBe(0);
  });

  it('stepReadout writes "step k / total" and never NaN', () => {
    expect(stepReadout(3, 12)).toBe('step 3 / 12');
    expect(stepReadout(NaN, 12)).toBe('step — / 12');
    expect(stepReadout(1, Infinity)).toBe('step 1 / —');
  });

  it('speedOptions adds the current speed, sorts and drops invalid values', () => {
    expect(speedOptions([0.5, 1, 2, 4, 8], 3)).toEqual([0.5, 1, 2, 3, 4, 8]);
    expect(speedOptions([2, 1, 1], 1)).toEqual([1, 2]);
    expect(speedOptions([1, -1, 0, NaN], NaN)).toEqual([1]);
  });
});
