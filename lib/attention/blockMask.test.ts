import { describe, expect, it } from 'vitest';
import type { Mask } from '../linalg';
import { createRng } from '../random';
import { BLOCK_EMPTY, BLOCK_FULL, BLOCK_PARTIAL, blockMask, blockStateGrid } from './blockMask';
import { nnz } from './counts';
import { attentionMask } from './mask';

const E = BLOCK_EMPTY;
const P = BLOCK_PARTIAL;
const F = BLOCK_FULL;

/** The tile states read cell by cell from the definition, for comparison with the one-pass implementation. */
function statesByDefinition(mask: Mask, B: number): number[] {
  const out: number[] = [];
  for (let r0 = 0; r0 < mask.rows; r0 += B) {
    for (let c0 = 0; c0 < mask.cols; c0 += B) {
      let allowed = 0;
      let cells = 0;
      for (let i = r0; i < Math.min(mask.rows, r0 + B); i++) {
        for (let j = c0; j < Math.min(mask.cols, c0 + B); j++) {
          cells++;
          if (mask.data[i * mask.cols + j]) allowed++;
        }
      }
      out.push(allowed === 0 ? E : allowed === cells ? F : P);
    }
  }
  return out;
}

describe('blockMask', () => {
  it('blockMask(causal n = 8, B = 4) has a full lower-left tile, an empty upper-right one and partial diagonals', () => {
    const b = blockMask(attentionMask('full', 8, { causal: true }), 4);
    expect(Array.from(b.states)).toEqual([P, E, F, P]);
    expect(b).toMatchObject({
      qBlocks: 2,
      kvBlocks: 2,
      full: 1,
      partial: 2,
      empty: 1,
      totalBlocks: 4,
      nnz: 36,
    });
    expect(b.sparsity).toBe(0.25);
    expect(b.computedCells).toBe(48);
    expect(b.computedFraction).toBe(0.75);
    expect(b.flexAttentionSparsity).toBe(0.25);
  });

  it('blockMask(causal, B | n) has m partial diagonal tiles and m(m − 1)/2 full and empty ones (m = n/B)', () => {
    for (const [n, B] of [
      [8, 2],
      [64, 16],
      [128, 8],
      [96, 32],
    ]) {
      const m = n / B;
      const b = blockMask(attentionMask('full', n, { causal: true }), B);
      expect(b.partial).toBe(m);
      expect(b.full).toBe((m * (m - 1)) / 2);
      expect(b.empty).toBe((m * (m - 1)) / 2);
      expect(b.sparsity).toBeCloseTo((m - 1) / (2 * m), 15);
      // FlexAttention's causal sparsity at n = 64, B = 16 would print 37.50%.
      expect(b.flexAttentionSparsity).toBeCloseTo(b.sparsity, 15);
      expect(b.computedFraction).toBeCloseTo((m + 1) / (2 * m), 15);
    }
  });

  it('blockMask(causal n = 10, B = 4) treats the narrower last tiles by their own cells (B ∤ n)', () => {
    // Tiles cover rows/columns [0, 4), [4, 8), [8, 10). Worked out by hand:
    // row 0: (0,0) partial, (0,1) empty, (0,2) empty
    // row 1: (1,0) full, (1,1) partial, (1,2) empty
    // row 2: (2,0) full (2×4 cells), (2,1) full, (2,2) partial: (8, 9) is masked
    const b = blockMask(attentionMask('full', 10, { causal: true }), 4);
    expect(Array.from(b.states)).toEqual([P, E, E, F, P, E, F, F, P]);
    expect(b).toMatchObject({ qBlocks: 3, kvBlocks: 3, full: 3, partial: 3, empty: 3, nnz: 55 });
    expect(b.sparsity).toBeCloseTo(1 / 3, 15);
    expect(b.computedCells).toBe(16 + 16 + 16 + 8 + 8 + 4);
    expect(b.computedFraction).toBeCloseTo(0.68, 15);
    // FlexAttention pads to 12×12 and counts 6 tiles of 16 cells over 100 real cells.
    expect(b.flexAttentionSparsity).toBeCloseTo(1 - 96 / 100, 15);
  });

  it('blockMask(full n = 100, B = 128) is one full tile; FlexAttention would report negative sparsity', () => {
    const b = blockMask(attentionMask('full', 100), 128);
    expect(Array.from(b.states)).toEqual([F]);
    expect(b.sparsity).toBe(0);
    expect(b.computedFraction).toBe(1);
    expect(b.flexAttentionSparsity).toBeCloseTo(1 - 16384 / 10000, 15);
  });

  it('blockMask(mask, 1) is the mask itself: full where allowed, empty elsewhere', () => {
    const mask = attentionMask('sparse', 13, { k: 3 });
    const b = blockMask(mask, 1);
    expect(Array.from(b.states)).toEqual(Array.from(mask.data, (x) => (x ? F : E)));
    expect(b.full).toBe(nnz(mask));
    expect(b.partial).toBe(0);
    expect(b.computedFraction).toBeCloseTo(nnz(mask) / 169, 15);
  });

  it('blockMask of a rectangular 3×5 mask uses ⌈3/2⌉ × ⌈5/2⌉ tiles', () => {
    const data = Uint8Array.from([1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    const b = blockMask({ rows: 3, cols: 5, data }, 2);
    expect(b.qBlocks).toBe(2);
    expect(b.kvBlocks).toBe(3);
    expect(Array.from(b.states)).toEqual([F, E, P, E, E, F]);
    expect(b.computedCells).toBe(4 + 2 + 1);
  });

  it('blockMask agrees with the tile-by-tile definition on seeded random masks and sizes', () => {
    const rng = createRng('blockMask');
    for (let trial = 0; trial < 300; trial++) {
      const rows = rng.int(0, 40);
      const cols = rng.int(0, 40);
      const p = rng.next();
      // Mix random cells with bands, so full and empty tiles both occur.
      const band = rng.int(0, 6);
      const data = new Uint8Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++)
          data[i * cols + j] = Math.abs(i - j) <= band || rng.next() < p * 0.2 ? 1 : 0;
      }
      const mask = { rows, cols, data };
      const B = rng.int(1, 48);
      const b = blockMask(mask, B);
      expect(Array.from(b.states)).toEqual(statesByDefinition(mask, B));
      expect(b.full + b.partial + b.empty).toBe(b.totalBlocks);
      expect(b.totalBlocks).toBe(Math.ceil(rows / B) * Math.ceil(cols / B));
      expect(b.nnz).toBe(nnz(mask));
      expect(b.computedCells).toBeGreaterThanOrEqual(b.nnz);
      expect(b.computedCells).toBeLessThanOrEqual(rows * cols);
      expect(b.sparsity).toBeGreaterThanOrEqual(0);
      expect(b.sparsity).toBeLessThanOrEqual(1);
      if (rows % B === 0 && cols % B === 0) expect(b.flexAttentionSparsity).toBeCloseTo(b.sparsity, 12);
    }
  });

  it('blockMask of a 0×0 mask has no tiles, sparsity 0 and computed fraction 0 (never NaN)', () => {
    const b = blockMask({ rows: 0, cols: 0, data: new Uint8Array(0) }, 4);
    expect(b).toMatchObject({ qBlocks: 0, kvBlocks: 0, totalBlocks: 0, full: 0, partial: 0, empty: 0 });
    expect(b.sparsity).toBe(0);
    expect(b.computedFraction).toBe(0);
    expect(b.flexAttentionSparsity).toBe(0);
  });

  it('blockMask treats any non-zero byte as allowed', () => {
    const b = blockMask({ rows: 2, cols: 2, data: Uint8Array.from([7, 255, 1, 2]) }, 2);
    expect(Array.from(b.states)).toEqual([F]);
  });

  it('blockMask(mask, B) throws RangeError unless B is a positive integer', () => {
    const mask = attentionMask('full', 4);
    for (const B of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => blockMask(mask, B)).toThrow(RangeError);
    }
    expect(() => blockMask(mask, 0)).toThrow(/block size must be a positive integer, got 0/);
  });
});

describe('blockStateGrid', () => {
  it('blockStateGrid(blocks, n) gives every cell the state of its tile, narrower edge tiles included', () => {
    // Reference: the causal 3×3 mask in 2×2 tiles is [[partial, empty], [full, full]].
    const blocks = blockMask(attentionMask('full', 3, { causal: true }), 2);
    expect(Array.from(blockStateGrid(blocks, 3))).toEqual([P, P, E, P, P, E, F, F, F]);
  });

  it('blockStateGrid agrees with the tile states read from the definition on random masks (seeded)', () => {
    const rng = createRng('block-state-grid');
    for (let trial = 0; trial < 30; trial++) {
      const n = rng.int(1, 40);
      const B = rng.int(1, 12);
      const data = Uint8Array.from({ length: n * n }, () => (rng.next() < 0.3 ? 1 : 0));
      const mask: Mask = { rows: n, cols: n, data };
      const states = statesByDefinition(mask, B);
      const kv = Math.ceil(n / B);
      const want = Array.from(
        { length: n * n },
        (_, t) => states[Math.floor(Math.floor(t / n) / B) * kv + Math.floor((t % n) / B)],
      );
      expect(Array.from(blockStateGrid(blockMask(mask, B), n)), `n = ${n}, B = ${B}`).toEqual(want);
    }
  });

  it('blockStateGrid samples a large mask: 1024 cells in tiles of 100 on 256 samples keep every tile', () => {
    const blocks = blockMask(attentionMask('local', 1024, { k: 50 }), 100);
    const grid = blockStateGrid(blocks, 256);
    expect(grid).toHaveLength(256 * 256);
    // Every state the summary has is drawn, and nothing else.
    expect(new Set(grid)).toEqual(new Set(blocks.states));
    // The corner tiles: the first is on the band (partial or full), the opposite corner empty.
    expect(grid[0]).not.toBe(E);
    expect(grid[255]).toBe(E);
  });

  it('blockStateGrid of a mask without cells is empty samples, and a bad size throws RangeError', () => {
    const none = blockMask({ rows: 0, cols: 0, data: new Uint8Array(0) }, 4);
    expect(Array.from(blockStateGrid(none, 2))).toEqual([E, E, E, E]);
    expect(blockStateGrid(blockMask(attentionMask('full', 4), 2), 0)).toHaveLength(0);
    expect(() => blockStateGrid(none, -1)).toThrow(RangeError);
    expect(() => blockStateGrid(none, 2.5)).toThrow(RangeError);
  });
});
