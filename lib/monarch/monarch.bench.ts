// The fast Monarch product against the dense one (npm run bench). The post's count says M·x costs 2n^1.5
// multiply-adds instead of n², a √n/2 speed-up: 16× at n = 1024, 32× at n = 4096. The dense 16384 × 16384
// matrix would take 2 GiB, so the largest size compares against the operation count only.
import { bench, describe } from 'vitest';
import { matvec, randomMatrix } from '../linalg';
import { createRng } from '../random';
import { monarchMatrix, monarchMatvec, monarchProject, randomMonarch } from './index';

for (const m of [32, 64]) {
  const n = m * m;
  const rng = createRng(`bench-${m}`);
  const { L, R } = randomMonarch(m, rng);
  const x = Float64Array.from({ length: n }, () => rng.normal());
  const M = monarchMatrix(L, R);
  describe(`M·x, n = ${n}`, () => {
    bench(`monarchMatvec, n = ${n}`, () => {
      monarchMatvec(L, R, x);
    });
    bench(`dense matvec, n = ${n}`, () => {
      matvec(M, x);
    });
  });
}

{
  const m = 128;
  const rng = createRng('bench-128');
  const { L, R } = randomMonarch(m, rng);
  const x = Float64Array.from({ length: m * m }, () => rng.normal());
  describe('M·x, n = 16384', () => {
    bench('monarchMatvec, n = 16384', () => {
      monarchMatvec(L, R, x);
    });
  });
}

describe('projection', () => {
  const A = randomMatrix(1024, 1024, createRng('bench-project'));
  bench(
    'monarchProject, n = 1024 (m = 32)',
    () => {
      monarchProject(A, 32);
    },
    { iterations: 3, time: 0 },
  );
});
