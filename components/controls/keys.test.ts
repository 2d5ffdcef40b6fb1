import { describe, expect, it } from 'vitest';
import { applyStepAction, stepActionForKey } from './keys';

describe('stepActionForKey', () => {
  it.each([
    ['ArrowUp', false, { kind: 'steps', steps: 1 }],
    ['ArrowRight', false, { kind: 'steps', steps: 1 }],
    ['ArrowDown', false, { kind: 'steps', steps: -1 }],
    ['ArrowLeft', false, { kind: 'steps', steps: -1 }],
    ['ArrowUp', true, { kind: 'steps', steps: 10 }],
    ['ArrowLeft', true, { kind: 'steps', steps: -10 }],
    ['PageUp', false, { kind: 'steps', steps: 10 }],
    ['PageDown', true, { kind: 'steps', steps: -10 }],
    ['Home', false, { kind: 'min' }],
    ['End', false, { kind: 'max' }],
    ['a', false, null],
    ['Enter', false, null],
    [' ', false, null],
  ])('stepActionForKey(%j, shift=%j) gives %j', (key, shift, expected) => {
    expect(stepActionForKey(key, shift)).toEqual(expected);
  });

  it('stepActionForKey(…, { horizontal: false }) leaves ArrowLeft/ArrowRight to the caller', () => {
    expect(stepActionForKey('ArrowLeft', false, { horizontal: false })).toBeNull();
    expect(stepActionForKey('ArrowRight', true, { horizontal: false })).toBeNull();
    expect(stepActionForKey('ArrowUp', false, { horizontal: false })).toEqual({ kind: 'steps', steps: 1 });
  });
});

describe('applyStepAction', () => {
  it('applyStepAction moves by whole steps without float drift', () => {
    expect(applyStepAction(0.2, { kind: 'steps', steps: 1 }, 0, 1, 0.1)).toBe(0.3);
    expect(applyStepAction(0.3, { kind: 'steps', steps: -1 }, 0, 1, 0.1)).toBe(0.2);
    expect(applyStepAction(0.5, { kind: 'steps', steps: 10 }, 0, 10, 0.05)).toBe(1);
  });

  it('applyStepAction clamps at the ends and jumps with min/max', () => {
    expect(applyStepAction(9, { kind: 'steps', steps: 10 }, 0, 10, 1)).toBe(10);
    expect(applyStepAction(1, { kind: 'steps', steps: -10 }, 0, 10, 1)).toBe(0);
    expect(applyStepAction(4, { kind: 'min' }, -3, 10, 1)).toBe(-3);
    expect(applyStepAction(4, { kind: 'max' }, 0, 1, 0.3)).toBe(0.9);
  });

  it('applyStepAction restarts a NaN value from min', () => {
    expect(applyStepAction(NaN, { kind: 'steps', steps: 1 }, 2, 10, 1)).toBe(3);
  });

  it('applyStepAction snaps an off-grid value onto the grid', () => {
    expect(applyStepAction(0.33, { kind: 'steps', steps: 1 }, 0, 1, 0.1)).toBe(0.4);
  });

  it('applyStepAction: ten single steps equal one Shift step for seeded ranges', () => {
    let seed = 1;
    const r = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 300; i++) {
      const step = [1, 0.1, 0.25, 0.01][Math.floor(r() * 4)];
      const min = -Math.floor(r() * 20) * step;
      const max = min + 200 * step;
      let v = applyStepAction(min + Math.floor(r() * 50) * step, { kind: 'steps', steps: 0 }, min, max, step);
      const big = applyStepAction(v, { kind: 'steps', steps: 10 }, min, max, step);
      for (let k = 0; k < 10; k++) v = applyStepAction(v, { kind: 'steps', steps: 1 }, min, max, step);
      expect(v).toBe(big);
    }
  });
});
