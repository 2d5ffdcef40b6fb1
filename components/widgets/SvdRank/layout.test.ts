import { describe, expect, it } from 'vitest';
import { cellText, heatmapLayout, LABEL_W, MAX_CELL, PANEL_GAP } from './layout';

describe('heatmapLayout', () => {
  it('heatmapLayout(700, 2, 5, 3) puts two per row at the largest cell (the 神/魔 table on a desktop)', () => {
    expect(heatmapLayout(700, 2, 5, 3)).toEqual({ cell: MAX_CELL, perRow: 2 });
  });

  it('heatmapLayout gives four-decimal cells (≥ 48 px) to small matrices from a 330 px phone box up', () => {
    for (const width of [330, 360, 500, 700, 1000]) {
      for (const [m, n] of [
        [2, 5],
        [6, 6],
        [3, 4],
      ]) {
        expect(heatmapLayout(width, m, n, 3).cell, `${m}×${n} at ${width}`).toBeGreaterThanOrEqual(48);
      }
    }
  });

  it('heatmapLayout never makes the panels of a row wider than the box (for every size up to 32)', () => {
    for (const width of [300, 330, 390, 640, 900]) {
      for (let n = 1; n <= 32; n++) {
        const { cell, perRow } = heatmapLayout(width, n, n, 3);
        if (cell > 8) {
          expect(
            perRow * (LABEL_W + n * cell) + (perRow - 1) * PANEL_GAP,
            `n ${n} at ${width}`,
          ).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('heatmapLayout keeps 12×12 cells large enough for two decimals on a phone and the minimum for 32×32', () => {
    expect(heatmapLayout(330, 12, 12, 3).cell).toBeGreaterThanOrEqual(24);
    expect(heatmapLayout(200, 32, 32, 3)).toEqual({ cell: 8, perRow: 1 });
  });
});

describe('cellText', () => {
  it('cellText(0.49614, 56) reads 0.4961 (the post’s 神术 value at rank 1)', () => {
    expect(cellText(0.49614, 56)).toBe('0.4961');
  });

  it('cellText trims trailing zeros, drops the sign of zero and uses U+2212 for negatives', () => {
    expect(cellText(1, 56)).toBe('1');
    expect(cellText(0.99999999, 56)).toBe('1');
    expect(cellText(-1e-9, 56)).toBe('0');
    expect(cellText(-0.25, 30)).toBe('\u22120.25');
    expect(cellText(0.5, 40)).toBe('0.5');
  });

  it('cellText gives fewer decimals to larger numbers and at smaller cells', () => {
    expect(cellText(123.456, 56)).toBe('123.46');
    expect(cellText(1000, 56)).toBe('1,000');
    expect(cellText(0.123456, 40)).toBe('0.123');
    expect(cellText(0.123456, 30)).toBe('0.12');
  });

  it('cellText prints — for NaN and ∞ for infinity, never "NaN"', () => {
    expect(cellText(Number.NaN, 56)).toBe('—');
    expect(cellText(Number.POSITIVE_INFINITY, 56)).toBe('∞');
  });
});
