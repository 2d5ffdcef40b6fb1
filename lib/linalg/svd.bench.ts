import { Matrix as MlMatrix, SVD as MlSVD } from 'ml-matrix';
import { bench, describe } from 'vitest';
import { createRng } from '../random';
import { randomMatrix } from './randomMatrix';
import { svd } from './svd';

// Hand-written svd against ml-matrix's `new SVD(m)` (U and V computed, as ours) on seeded standard
// normal matrices. The issue asks a hand-written SVD to be at least 2× faster at 256×256 to earn its place.
for (const [m, n] of [
  [64, 64],
  [256, 256],
  [512, 128],
] as const) {
  const A = randomMatrix(m, n, createRng(`svd-bench-${m}x${n}`));
  const rows = Array.from({ length: m }, (_, i) => Array.from(A.data.subarray(i * n, (i + 1) * n)));
  const ml = new MlMatrix(rows);
  describe(`svd ${m}×${n}`, () => {
    bench(`svd(A) (lib/linalg), ${m}×${n}`, () => {
      svd(A);
    });
    bench(`new SVD(A) (ml-matrix 6.15.1), ${m}×${n}`, () => {
      new MlSVD(ml);
    });
  });
}
