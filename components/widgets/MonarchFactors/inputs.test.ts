import { describe, expect, it } from 'vitest';
import { monarchBlock, randomMonarch } from '@/lib/monarch';
import { createRng } from '@/lib/random';
import { moveCell, resolveFactors } from './inputs';

describe('resolveFactors', () => {
  it('resolveFactors(m, seed, …, []) is randomMonarch(m, createRng(seed)) with no notice', () => {
    const drawn = randomMonarch(3, createRng(7));
    const f = resolveFactors(3, 7, 'R', 1, []);
    expect(Array.from(f.L)).toEqual(Array.from(drawn.L));
    expect(Array.from(f.R)).toEqual(Array.from(drawn.R));
    expect(f).toMatchObject({ block: 1, edited: false, notices: [] });
  });

  it('resolveFactors puts an m×m edit into the chosen block of the chosen factor only', () => {
    const drawn = randomMonarch(2, createRng(1));
    const f = resolveFactors(2, 1, 'L', 1, [
      [1, 2],
      [3, 4],
    ]);
    expect(f.edited).toBe(true);
    expect(monarchBlock(f.L, 2, 1)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(monarchBlock(f.L, 2, 0)).toEqual(monarchBlock(drawn.L, 2, 0));
    expect(Array.from(f.R)).toEqual(Array.from(drawn.R));
  });

  it('resolveFactors clamps a block beyond m − 1 and ignores an edit of the wrong shape, with notices', () => {
    const f = resolveFactors(3, 1, 'R', 7, [[1, 2]]);
    expect(f.block).toBe(2);
    expect(f.edited).toBe(false);
    expect(f.notices).toEqual([
      'block: 7 is not a block of m = 3 (0 to 2); using 2.',
      'edit: a block of m = 3 is 3×3, got 1×2, so the edit is ignored and R block 2 is drawn from seed 1.',
    ]);
  });
});

describe('moveCell', () => {
  it('moveCell moves by one cell with the arrows, by a block with Page keys, to the row ends with Home/End', () => {
    expect(moveCell('ArrowRight', [2, 3], 9, 3)).toEqual([2, 4]);
    expect(moveCell('ArrowUp', [2, 3], 9, 3)).toEqual([1, 3]);
    expect(moveCell('PageDown', [2, 3], 9, 3)).toEqual([5, 3]);
    expect(moveCell('Home', [2, 3], 9, 3)).toEqual([2, 0]);
    expect(moveCell('End', [2, 3], 9, 3)).toEqual([2, 8]);
  });

  it('moveCell stops at the edges and ignores other keys', () => {
    expect(moveCell('ArrowLeft', [0, 0], 4, 2)).toEqual([0, 0]);
    expect(moveCell('PageDown', [3, 1], 4, 2)).toEqual([3, 1]);
    expect(moveCell('PageUp', [1, 1], 4, 2)).toEqual([0, 1]);
    expect(moveCell('a', [1, 1], 4, 2)).toBeNull();
  });
});
