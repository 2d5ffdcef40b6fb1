import { describe, expect, it } from 'vitest';
import {
  cellName,
  fillValue,
  matrixSize,
  nextCell,
  pasteBlock,
  resizeMatrix,
  setCell,
  validateCell,
} from './matrixGrid';

describe('matrixSize, fillValue, resizeMatrix, setCell', () => {
  it('matrixSize reports rows and the longest row', () => {
    expect(matrixSize([[1, 2], [3]])).toEqual({ rows: 2, cols: 2 });
    expect(matrixSize([])).toEqual({ rows: 0, cols: 0 });
    expect(matrixSize([[]])).toEqual({ rows: 1, cols: 0 });
  });

  it('fillValue is 0 clamped into [min, max]', () => {
    expect(fillValue()).toBe(0);
    expect(fillValue(1, 5)).toBe(1);
    expect(fillValue(-5, -1)).toBe(-1);
    expect(fillValue(-1, 1)).toBe(0);
  });

  it('resizeMatrix cuts and pads with the fill value', () => {
    expect(
      resizeMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        3,
        1,
        0,
      ),
    ).toEqual([[1], [3], [0]]);
    expect(resizeMatrix([[1], [2, 3]], 2, 3, 7)).toEqual([
      [1, 7, 7],
      [2, 3, 7],
    ]);
    expect(resizeMatrix([[1]], -1, 2, 0)).toEqual([]);
  });

  it('setCell sets one cell in a copy and ignores positions outside', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    expect(setCell(m, { row: 1, col: 0 }, 9, 0)).toEqual([
      [1, 2],
      [9, 4],
    ]);
    expect(setCell(m, { row: 2, col: 0 }, 9, 0)).toEqual(m);
    expect(m[1][0]).toBe(3);
  });
});

describe('pasteBlock', () => {
  const zeros = (m: number, n: number) => Array.from({ length: m }, () => Array(n).fill(0));

  it('pasteBlock without resizing drops what falls outside', () => {
    expect(
      pasteBlock(
        zeros(2, 2),
        [[1, 2, 3]],
        { row: 1, col: 0 },
        { allowResize: false, maxRows: 4, maxCols: 4, fill: 0 },
      ),
    ).toEqual({
      rows: [
        [0, 0],
        [1, 2],
      ],
      dropped: 1,
    });
  });

  it('pasteBlock with resizing grows the matrix up to the limits', () => {
    const out = pasteBlock(
      zeros(1, 1),
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      { row: 0, col: 1 },
      { allowResize: true, maxRows: 4, maxCols: 3, fill: -1 },
    );
    expect(out.rows).toEqual([
      [0, 1, 2],
      [-1, 4, 5],
    ]);
    expect(out.dropped).toBe(2);
  });

  it('pasteBlock never shrinks the matrix and keeps cells outside the block', () => {
    const out = pasteBlock(
      zeros(3, 3),
      [[7]],
      { row: 2, col: 2 },
      { allowResize: true, maxRows: 9, maxCols: 9, fill: 0 },
    );
    expect(out.rows).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 7],
    ]);
    expect(out.dropped).toBe(0);
  });

  it('pasteBlock keeps every value either placed or counted as dropped for seeded pastes', () => {
    let seed = 9;
    const r = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 300; i++) {
      const m = 1 + Math.floor(r() * 5);
      const n = 1 + Math.floor(r() * 5);
      const bm = 1 + Math.floor(r() * 5);
      const bn = 1 + Math.floor(r() * 5);
      const block = Array.from({ length: bm }, (_, a) =>
        Array.from({ length: bn }, (_, b) => 100 + a * 10 + b),
      );
      const at = { row: Math.floor(r() * m), col: Math.floor(r() * n) };
      const allowResize = r() < 0.5;
      const out = pasteBlock(zeros(m, n), block, at, { allowResize, maxRows: 6, maxCols: 6, fill: 0 });
      const placed = out.rows.flat().filter((x) => x >= 100).length;
      expect(placed + out.dropped).toBe(bm * bn);
      expect(out.rows.length).toBeLessThanOrEqual(Math.max(m, 6));
      for (const row of out.rows) expect(row).toHaveLength(out.rows[0].length);
    }
  });
});

describe('cellName, nextCell, validateCell', () => {
  it('cellName is 1-based and includes labels when given', () => {
    expect(cellName({ row: 1, col: 2 })).toBe('Row 2, column 3');
    expect(cellName({ row: 0, col: 1 }, ['q1'], ['k1', 'k2'])).toBe('Row 1 (q1), column 2 (k2)');
  });

  const ctx = { rows: 3, cols: 3, shiftKey: false, caretAtStart: true, caretAtEnd: true };

  it.each([
    ['ArrowDown', { row: 2, col: 1 }],
    ['ArrowUp', { row: 0, col: 1 }],
    ['ArrowLeft', { row: 1, col: 0 }],
    ['ArrowRight', { row: 1, col: 2 }],
    ['Enter', { row: 2, col: 1 }],
    ['Tab', null],
    ['x', null],
  ])('nextCell from the centre on %s gives %j', (key, expected) => {
    expect(nextCell({ row: 1, col: 1 }, key, ctx)).toEqual(expected);
  });

  it('nextCell moves up on Shift+Enter and stops at the edges', () => {
    expect(nextCell({ row: 1, col: 1 }, 'Enter', { ...ctx, shiftKey: true })).toEqual({ row: 0, col: 1 });
    expect(nextCell({ row: 0, col: 0 }, 'ArrowUp', ctx)).toBeNull();
    expect(nextCell({ row: 2, col: 2 }, 'ArrowRight', ctx)).toBeNull();
    expect(nextCell({ row: 2, col: 0 }, 'Enter', ctx)).toBeNull();
  });

  it('nextCell leaves ArrowLeft/ArrowRight to the text unless the caret is at that end', () => {
    expect(nextCell({ row: 1, col: 1 }, 'ArrowLeft', { ...ctx, caretAtStart: false })).toBeNull();
    expect(nextCell({ row: 1, col: 1 }, 'ArrowRight', { ...ctx, caretAtEnd: false })).toBeNull();
  });

  it('validateCell names the cell in its message', () => {
    expect(validateCell('abc', { row: 1, col: 2 }, {})).toEqual({
      ok: false,
      message: 'Row 2, column 3: “abc” is not a number',
    });
    expect(validateCell('2', { row: 0, col: 0 }, { max: 1 })).toEqual({
      ok: false,
      message: 'Row 1, column 1: must be at most 1',
    });
    expect(validateCell(' −0.5 ', { row: 0, col: 0 }, { min: -1 })).toEqual({ ok: true, value: -0.5 });
  });
});
