// What the image-compress widget does per rank-slider step: rebuild a 256×256 image from its SVD at rank k.
import { bench, describe } from 'vitest';
import { lowRankFromSvd, reachRank, svd } from '../linalg';
import { sceneImage } from './scenes';

const A = sceneImage('shapes', 256);
const f = svd(A);
const known = [16, 64, 128].map((k) => ({ k, matrix: lowRankFromSvd(f, k) }));

describe('lowRankFromSvd on a 256×256 image (one rank-slider step)', () => {
  for (const k of [16, 64, 128, 256]) {
    bench(`k = ${k}`, () => {
      lowRankFromSvd(f, k);
    });
  }
});

describe('reachRank on a 256×256 image: one slider step from the last k, and a jump with the image known', () => {
  for (const { k, matrix } of known) {
    bench(`k = ${k} → ${k + 1}`, () => {
      reachRank(f, k + 1, [{ k, matrix }]);
    });
  }
  bench('k = 0 → 200 (from the image, 56 terms)', () => {
    reachRank(f, 200, [{ k: 256, matrix: A }]);
  });
});

describe('sceneImage then svd at 256×256 (the worker task, once per image)', () => {
  bench('shapes', () => {
    svd(sceneImage('shapes', 256));
  });
});
