import { describe, expect, it } from 'vitest';
import { cellAt, gridBand } from './grid';

describe('gridBand(n) and cellAt(pointer)', () => {
  it('gridBand(3) is an unpadded band over the indices 0, 1, 2', () => {
    expect(gridBand(3)).toEqual({ type: 'band', domain: [0, 1, 2], padding: 0 });
    expect(gridBand(0).domain).toEqual([]);
  });

  it('cellAt reads the row from y and the column from x, and is null off the grid', () => {
    expect(cellAt({ x: 4, y: 0, px: 250, py: 30 })).toEqual({ i: 0, j: 4 });
    expect(cellAt({ x: null, y: 1, px: 5, py: 30 })).toBeNull();
    expect(cellAt({ x: 2, y: null, px: 90, py: 2 })).toBeNull();
    expect(cellAt(null)).toBeNull();
  });
});
