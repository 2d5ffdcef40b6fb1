import { describe, expect, it } from 'vitest';
import { formatBinaryBytes, formatDuration } from './format';

describe('formatDuration(ms)', () => {
  it('writes times under a millisecond in µs and the rest in ms, to three digits', () => {
    expect(formatDuration(0.000123)).toBe('0.123 µs');
    expect(formatDuration(0.0453)).toBe('45.3 µs');
    expect(formatDuration(1.2345)).toBe('1.23 ms');
    expect(formatDuration(20)).toBe('20 ms');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('formatBinaryBytes(bytes)', () => {
  it('gives the dense matrices of n = 4096 and 16384 as 128 MiB and 2 GiB', () => {
    expect(formatBinaryBytes(8 * 4096 ** 2)).toBe('128 MiB');
    expect(formatBinaryBytes(8 * 16384 ** 2)).toBe('2 GiB');
    expect(formatBinaryBytes(524288)).toBe('512 KiB');
    expect(formatBinaryBytes(100)).toBe('100 B');
  });
});
