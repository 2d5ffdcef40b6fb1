import { bench, describe } from 'vitest';
import { createRng } from '../random';
import { matmul } from './matmul';
import { randomMatrix } from './randomMatrix';

for (const n of [128, 256]) {
  const rng = createRng(`matmul-${n}`);
  const A = randomMatrix(n, n, rng);
  const B = randomMatrix(n, n, rng);
  describe(`matmul ${n}×${n}`, () => {
    bench(`matmul(A, B), ${n}×${n}`, () => {
      matmul(A, B);
    });
  });
}
