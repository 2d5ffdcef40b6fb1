import { describe, expect, it } from 'vitest';
import { PROJECT_INPUTS } from '@/lib/monarch/compare';
import { inputControls, projectTaskInput, sliceAfterKey } from './inputs';

describe('projectTaskInput(params)', () => {
  it('keeps only what the input reads, so unrelated controls start no computation', () => {
    const p = { m: 4, density: 0.2, noise: 0.5, rank: 99, seed: 3 };
    expect(projectTaskInput({ ...p, input: 'dense' })).toEqual({
      kind: 'dense',
      m: 4,
      density: 1,
      noise: 0,
      rank: 1,
      seed: 3,
    });
    expect(projectTaskInput({ ...p, input: 'sparse' })).toMatchObject({ density: 0.2, noise: 0, seed: 3 });
    expect(projectTaskInput({ ...p, input: 'low-rank' })).toMatchObject({ noise: 0.5, rank: 16, seed: 3 });
    expect(projectTaskInput({ ...p, input: 'hadamard' })).toMatchObject({
      density: 1,
      noise: 0,
      rank: 1,
      seed: 1,
    });
    expect(projectTaskInput({ ...p, input: 'words' })).toEqual(
      projectTaskInput({ ...p, input: 'words', seed: 7 }),
    );
  });

  it('names, for every input, the controls it reads', () => {
    const read = PROJECT_INPUTS.filter((k) => Object.values(inputControls(k)).some(Boolean));
    expect(read).toEqual(['dense', 'sparse', 'low-rank', 'monarch']);
    expect(inputControls('monarch')).toEqual({ density: false, noise: true, rank: false, seed: true });
  });
});

describe('sliceAfterKey(slice, m, key)', () => {
  it('moves on the m×m grid and stops at its edges', () => {
    expect(sliceAfterKey(0, 8, 'ArrowDown')).toBe(8);
    expect(sliceAfterKey(0, 8, 'ArrowUp')).toBe(0);
    expect(sliceAfterKey(9, 8, 'ArrowRight')).toBe(10);
    expect(sliceAfterKey(15, 8, 'ArrowRight')).toBe(15);
    expect(sliceAfterKey(10, 8, 'Home')).toBe(8);
    expect(sliceAfterKey(10, 8, 'End')).toBe(15);
    expect(sliceAfterKey(10, 8, 'PageDown')).toBe(58);
    expect(sliceAfterKey(10, 8, 'PageUp')).toBe(2);
    expect(sliceAfterKey(3, 2, 'ArrowLeft')).toBe(2);
  });

  it('clamps a slice beyond the grid (after m shrank) and leaves other keys alone', () => {
    expect(sliceAfterKey(200, 4, 'ArrowLeft')).toBe(14);
    expect(sliceAfterKey(Number.NaN, 4, 'ArrowRight')).toBe(1);
    expect(sliceAfterKey(5, 4, 'Enter')).toBeNull();
  });
});
