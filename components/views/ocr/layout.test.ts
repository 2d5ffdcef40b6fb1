import { describe, expect, it } from 'vitest';
import { DEFAULT_GEOMETRY, edgePath, edgeWidth, latticeLayout } from './layout';

const g = DEFAULT_GEOMETRY;

describe('latticeLayout', () => {
  it('latticeLayout([2, 3]) centres the two boxes against the three', () => {
    const L = latticeLayout([2, 3]);
    expect(L.x).toEqual([g.pad, g.pad + g.columnStep]);
    const mid = (ys: number[]) => (ys[0] + ys[ys.length - 1] + g.nodeHeight) / 2;
    expect(mid(L.y[0])).toBeCloseTo(mid(L.y[1]), 12);
    expect(L.y[1][1] - L.y[1][0]).toBe(g.nodeHeight + g.rowGap);
    expect(L.width).toBe(2 * g.pad + g.columnStep + g.nodeWidth);
    expect(L.height).toBe(2 * g.pad + g.header + 3 * g.nodeHeight + 2 * g.rowGap);
  });

  it('latticeLayout keeps every box inside the picture for seeded column sizes', () => {
    for (let s = 0; s < 50; s++) {
      const sizes = Array.from({ length: 1 + (s % 7) }, (_, i) => 1 + ((s * 7 + i * 3) % 6));
      const L = latticeLayout(sizes);
      L.y.forEach((col, i) => {
        expect(L.x[i] + g.nodeWidth).toBeLessThanOrEqual(L.width - g.pad);
        for (const y of col) {
          expect(y).toBeGreaterThanOrEqual(g.pad + g.header);
          expect(y + g.nodeHeight).toBeLessThanOrEqual(L.height - g.pad + 1e-9);
        }
      });
    }
  });

  it('latticeLayout([]) and a column of zero boxes give just the margins', () => {
    expect(latticeLayout([])).toMatchObject({ width: 2 * g.pad, height: 2 * g.pad + g.header });
    expect(latticeLayout([0]).y).toEqual([[]]);
  });
});

describe('edgePath and edgeWidth', () => {
  it('edgePath(layout, 0, a, b) runs from the right middle of box a to the left middle of box b', () => {
    const L = latticeLayout([1, 2]);
    const d = edgePath(L, 0, 0, 1);
    const x1 = g.pad + g.nodeWidth;
    const y1 = L.y[0][0] + g.nodeHeight / 2;
    const x2 = g.pad + g.columnStep;
    const y2 = L.y[1][1] + g.nodeHeight / 2;
    expect(d).toBe(`M${x1},${y1}C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`);
  });

  it('edgeWidth(p, pMax) is √(p/pMax)·max, floored at min for p > 0, and 0 for 0 or NaN', () => {
    expect(edgeWidth(0.25, 1, 8)).toBe(4);
    expect(edgeWidth(1, 1, 8)).toBe(8);
    expect(edgeWidth(2, 1, 8)).toBe(8);
    expect(edgeWidth(1e-9, 1, 8, 0.5)).toBe(0.5);
    expect(edgeWidth(0, 1)).toBe(0);
    expect(edgeWidth(Number.NaN, 1)).toBe(0);
    expect(edgeWidth(0.1, 0)).toBe(0);
  });
});
