import { describe, expect, it } from 'vitest';
import {
  edgePath,
  edgeWidth,
  DEFAULT_LATTICE_GEOMETRY as g,
  latticeFrame,
  latticeRow,
} from './latticeLayout';
import { createScale, position } from './scales';

/** Pixel centre of candidate j of column t, through the frame's scales as the Plot builds them. */
function centres(sizes: number[]) {
  const f = latticeFrame(sizes);
  const x = createScale(f.x, [f.margin.left, f.width - f.margin.right]);
  const y = createScale({ ...f.y, reverse: !f.y.reverse }, [f.margin.top, f.height - f.margin.bottom]);
  return {
    f,
    at: (t: number, j: number) => [position(x, t), position(y, latticeRow(j, sizes[t] as number))],
  };
}

describe('latticeFrame', () => {
  it('latticeFrame([2, 3]) puts columns columnStep apart and centres the two boxes against the three', () => {
    const { f, at } = centres([2, 3]);
    expect(f.width).toBe(2 * g.pad + g.columnStep + g.nodeWidth);
    expect(f.height).toBe(2 * g.pad + g.header + 3 * g.nodeHeight + 2 * g.rowGap);
    // The first box's left edge sits at pad; the next column's columnStep to the right.
    expect(at(0, 0)[0] - g.nodeWidth / 2).toBeCloseTo(g.pad, 9);
    expect(at(1, 0)[0] - at(0, 0)[0]).toBeCloseTo(g.columnStep, 9);
    // The tallest column's first box's top edge sits under the header; boxes nodeHeight + rowGap apart.
    expect(at(1, 0)[1] - g.nodeHeight / 2).toBeCloseTo(g.pad + g.header, 9);
    expect(at(1, 1)[1] - at(1, 0)[1]).toBeCloseTo(g.nodeHeight + g.rowGap, 9);
    // Both columns share their middle.
    expect((at(0, 0)[1] + at(0, 1)[1]) / 2).toBeCloseTo(at(1, 1)[1], 9);
  });

  it('latticeFrame keeps every box inside the picture for seeded column sizes', () => {
    for (let s = 0; s < 50; s++) {
      const sizes = Array.from({ length: 1 + (s % 7) }, (_, i) => 1 + ((s * 7 + i * 3) % 6));
      const { f, at } = centres(sizes);
      sizes.forEach((k, t) => {
        for (let j = 0; j < k; j++) {
          const [cx, cy] = at(t, j);
          expect(cx - g.nodeWidth / 2).toBeGreaterThanOrEqual(g.pad - 1e-9);
          expect(cx + g.nodeWidth / 2).toBeLessThanOrEqual(f.width - g.pad + 1e-9);
          expect(cy - g.nodeHeight / 2).toBeGreaterThanOrEqual(g.pad + g.header - 1e-9);
          expect(cy + g.nodeHeight / 2).toBeLessThanOrEqual(f.height - g.pad + 1e-9);
        }
      });
    }
  });

  it('latticeFrame([]) and a column of zero boxes give just the margins', () => {
    expect(latticeFrame([])).toMatchObject({ width: 2 * g.pad, height: 2 * g.pad + g.header });
    expect(latticeFrame([0]).height).toBe(2 * g.pad + g.header);
    expect(latticeFrame([0]).y.domain.every(Number.isFinite)).toBe(true);
  });

  it('latticeRow(j, k) centres a column on row 0', () => {
    expect([0, 1, 2].map((j) => latticeRow(j, 3))).toEqual([-1, 0, 1]);
    expect(latticeRow(0, 2)).toBe(-0.5);
    expect(latticeRow(0, 1)).toBe(0);
  });
});

describe('edgePath and edgeWidth', () => {
  it('edgePath(x1, y1, x2, y2) is a level cubic with both control points halfway across', () => {
    expect(edgePath(0, 0, 10, 4)).toBe('M0,0C5,0 5,4 10,4');
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
