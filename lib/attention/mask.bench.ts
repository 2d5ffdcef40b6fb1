import { bench, describe } from 'vitest';
import { attentionMask, MASK_KINDS } from './mask';

// k = √n, the Sparse Transformer's choice that makes local, atrous and sparse O(n√n).
for (const n of [256, 1024, 4096]) {
  describe(`attentionMask, n = ${n}, k = √n = ${Math.sqrt(n)}`, () => {
    for (const kind of MASK_KINDS) {
      bench(kind, () => {
        attentionMask(kind, n, { k: Math.sqrt(n), c: 1 });
      });
    }
  });
}
