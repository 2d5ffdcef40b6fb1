import { describe, expect, it } from 'vitest';
import { cellSize, LABEL_W, SUM_W } from './draw';

// The colour scales these heatmaps used to carry are the kit's now: components/plot/color.test.ts pins them.
describe('cellSize', () => {
  it('cellSize fits all three heatmaps in a row on a wide page and caps cells at 44 px', () => {
    expect(cellSize(1250, 8, 4)).toBe(44);
    const c = cellSize(830, 8, 4);
    expect(3 * LABEL_W + SUM_W + 32 + 20 * c).toBeLessThanOrEqual(830);
    expect(c).toBeGreaterThanOrEqual(28);
  });

  it('cellSize on a 340 px phone still fits the widest heatmap (weights and its sum column)', () => {
    for (let n = 2; n <= 16; n++) {
      const c = cellSize(340, n, 8);
      expect(LABEL_W + SUM_W + n * c).toBeLessThanOrEqual(340);
      expect(c).toBeGreaterThanOrEqual(10);
    }
  });
});
