import { describe, expect, it } from 'vitest';
import { taskKey } from './taskKey';

describe('taskKey', () => {
  it('taskKey(input) ignores the order of object keys', () => {
    expect(taskKey({ n: 16, kind: 'sparse', opts: { b: 1, a: 2 } })).toBe(
      taskKey({ opts: { a: 2, b: 1 }, kind: 'sparse', n: 16 }),
    );
  });

  it('taskKey(input) tells apart values that JSON would merge', () => {
    const keys = [NaN, Infinity, -Infinity, 0, -0, null, '1', 1, true, 'true', [1], '[1]'].map(taskKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('taskKey(input) changes when one entry of a typed array changes, and not when it is copied', () => {
    const a = new Float64Array([1, 2, 3]);
    const b = new Float64Array([1, 2, 3.0000000001]);
    expect(taskKey({ data: a })).not.toBe(taskKey({ data: b }));
    expect(taskKey({ data: a })).toBe(taskKey({ data: new Float64Array(a) }));
    // Same bytes, different element type: different inputs.
    expect(taskKey(new Uint8Array(8))).not.toBe(taskKey(new Float64Array(1)));
  });

  it('taskKey(input) of a subarray hashes only the viewed bytes', () => {
    const whole = new Float32Array([9, 1, 2, 9]);
    expect(taskKey(whole.subarray(1, 3))).toBe(taskKey(new Float32Array([1, 2])));
  });

  it('taskKey(input) leaves out undefined fields, so an absent option equals an unset one', () => {
    expect(taskKey({ a: 1, b: undefined })).toBe(taskKey({ a: 1 }));
  });

  it('taskKey(input) of nested arrays distinguishes shapes', () => {
    expect(taskKey([[1, 2], [3]])).not.toBe(taskKey([[1], [2, 3]]));
  });
});
