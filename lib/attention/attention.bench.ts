import { bench, describe } from 'vitest';
import { randomMatrix } from '../linalg';
import { createRng } from '../random';
import { attention, maskToRowLists, sparseAttention } from './attention';
import { attentionMask } from './mask';

// Dense vs sparse attention with the 'sparse' (local ∪ atrous) pattern, k = √n, d = 32.
for (const n of [256, 1024]) {
  const d = 32;
  const rng = createRng(`bench-${n}`);
  const Q = randomMatrix(n, d, rng);
  const K = randomMatrix(n, d, rng);
  const V = randomMatrix(n, d, rng);
  const mask = attentionMask('sparse', n, { k: Math.sqrt(n) });
  const lists = maskToRowLists(mask);
  describe(`attention, n = ${n}, d = ${d}, sparse mask k = ${Math.sqrt(n)} (nnz ${lists.indices.length})`, () => {
    bench('dense attention(Q, K, V, mask)', () => {
      attention(Q, K, V, mask);
    });
    bench('sparseAttention(Q, K, V, mask)', () => {
      sparseAttention(Q, K, V, mask);
    });
    bench('sparseAttention(Q, K, V, rowLists) (lists precomputed)', () => {
      sparseAttention(Q, K, V, lists);
    });
  });
}
