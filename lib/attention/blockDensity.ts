import type { Mask } from '../linalg';

/**
 * Reduces an n×n mask to a size×size grid of block densities, so a 4096×4096 mask draws as a 512×512 image
 * without losing its structure.
 *
 * Cell (i, j) falls in block (⌊i·size/n⌋, ⌊j·size/n⌋); each block's value is the share of its cells that are
 * allowed, in [0, 1]. Returned row-major as a Float32Array of length size². With size = n it is the mask itself;
 * blocks that receive no cell (size > n) and every block of a 0×0 mask are 0.
 *
 * @example
 * blockDensity(attentionMask('full', 8), 4); // Float32Array(16) filled with 1
 */
export function blockDensity(mask: Mask, size: number): Float32Array {
  const n = mask.rows;
  const out = new Float32Array(size * size);
  if (n === 0) return out;
  const counts = new Float32Array(size * size);
  for (let i = 0; i < n; i++) {
    const bi = Math.floor((i * size) / n);
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const t = bi * size + Math.floor((j * size) / n);
      counts[t] += 1;
      if (mask.data[row + j]) out[t] += 1;
    }
  }
  for (let t = 0; t < out.length; t++) out[t] = counts[t] > 0 ? out[t] / counts[t] : 0;
  return out;
}
