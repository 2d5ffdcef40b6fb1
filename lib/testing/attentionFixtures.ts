/**
 * Test fixtures for lib/attention: the attention patterns written directly from their definitions.
 */

import type { MaskKind } from '../attention/mask';
import type { Mask } from '../linalg';

/**
 * Whether query i may attend key j under `kind`, evaluated cell by cell from the definition (slow, obvious).
 *
 * This is the reference the fast range-filling {@link attentionMask} is tested against.
 *
 * @example
 * allowedByDefinition('atrous', 5, 1, { k: 2, causal: false, c: 1 }); // true: (5 − 1) mod 2 = 0
 */
export function allowedByDefinition(
  kind: MaskKind,
  i: number,
  j: number,
  { k, causal, c }: { k: number; causal: boolean; c: number },
): boolean {
  const d = i - j;
  const dilated = k > 0 && ((d % k) + k) % k === 0;
  const past = j <= i;
  let ok: boolean;
  switch (kind) {
    case 'full':
      ok = true;
      break;
    case 'local':
      ok = Math.abs(d) <= k;
      break;
    case 'atrous':
      ok = dilated;
      break;
    case 'sparse':
      ok = Math.abs(d) <= k || dilated;
      break;
    case 'strided':
      // Child et al. 2019: A¹ = {max(0, i − k), …, i}, A² = {j : (i − j) mod k = 0}, causal.
      return past && (j >= Math.max(0, i - k) || dilated);
    case 'fixed':
      // Child et al. 2019: A¹ = {j : ⌊j/k⌋ = ⌊i/k⌋}, A² = {j : j mod k ∈ {k − c, …, k − 1}}, causal.
      return past && (Math.floor(j / k) === Math.floor(i / k) || j % k >= k - c);
  }
  return ok && (!causal || past);
}

/**
 * The n×n mask built cell by cell from {@link allowedByDefinition}.
 *
 * @example
 * maskByDefinition('local', 4, { k: 1, causal: false, c: 1 }); // tridiagonal 4×4
 */
export function maskByDefinition(
  kind: MaskKind,
  n: number,
  options: { k: number; causal: boolean; c: number },
): Mask {
  const data = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) data[i * n + j] = allowedByDefinition(kind, i, j, options) ? 1 : 0;
  return { rows: n, cols: n, data };
}
