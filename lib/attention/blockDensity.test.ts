import { describe, expect, it } from 'vitest';
import { blockDensity } from './blockDensity';
import { nnz } from './counts';
import { attentionMask } from './mask';

describe('blockDensity(mask, size)', () => {
  it('equals the mask itself when size = n', () => {
    const mask = attentionMask('sparse', 16, { k: 4 });
    const d = blockDensity(mask, 16);
    expect(Array.from(d)).toEqual(Array.from(mask.data));
  });

  it('preserves the total number of allowed pairs when n is a multiple of size', () => {
    for (const kind of ['local', 'atrous', 'sparse', 'full'] as const) {
      const mask = attentionMask(kind, 64, { k: 5 });
      const d = blockDensity(mask, 16);
      const total = d.reduce((s, x) => s + x * 16, 0);
      expect(total).toBeCloseTo(nnz(mask), 6);
    }
  });

  it('gives zeros for an empty mask', () => {
    expect(Array.from(blockDensity(attentionMask('full', 0), 4))).toEqual(new Array(16).fill(0));
  });
});
