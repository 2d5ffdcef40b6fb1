import { describe, expect, it } from 'vitest';
import { applyLimits, defineLive, liveDefaults, liveMax } from './live';

const def = defineLive({
  vars: {
    m: { label: 'm', default: 10, min: 1, max: 100, step: 1 },
    n: { label: 'n', default: 20, min: 1, max: 100, step: 1 },
    k: { label: 'k', default: 50, min: 1, max: 100, step: 1 },
  },
  limits: { k: ({ m, n }) => Math.min(m, n) },
});

describe('live variable limits', () => {
  it('liveDefaults applies the limits: a default rank above min(m, n) starts at min(m, n)', () => {
    expect(liveDefaults(def)).toEqual({ m: 10, n: 20, k: 10 });
  });

  it('applyLimits lowers a limited variable to its limit, never below its min, and leaves the others', () => {
    expect(applyLimits(def, { m: 3, n: 5, k: 20 })).toEqual({ m: 3, n: 5, k: 3 });
    expect(applyLimits(def, { m: 30, n: 50, k: 20 })).toEqual({ m: 30, n: 50, k: 20 });
    expect(applyLimits({ ...def, limits: { k: () => -5 } }, { m: 3, n: 5, k: 20 }).k).toBe(1);
    expect(applyLimits({ vars: def.vars }, { m: 3, n: 5, k: 20 })).toEqual({ m: 3, n: 5, k: 20 });
  });

  it('liveMax is the spec max without a limit, the limit (within the range) with one, NaN for an unknown name', () => {
    expect(liveMax(def, 'm', { m: 3, n: 5, k: 3 })).toBe(100);
    expect(liveMax(def, 'k', { m: 3, n: 5, k: 3 })).toBe(3);
    expect(liveMax({ ...def, limits: { k: () => Number.NaN } }, 'k', { m: 3, n: 5, k: 3 })).toBe(100);
    expect(liveMax(def, 'nope', {})).toBeNaN();
  });
});
