// What the sparsity-temperature and sparsity-geometry widgets compute per interaction, at their default sizes.
import { bench, describe } from 'vitest';
import { levelSet, sampleSimplex, sampleSquare } from './geometry';
import { gini, sStar } from './measures';
import { logSpace, renyiIdentity, seededLogits, softmaxAtTemperature, temperaturePath } from './temperature';

const temps = [0, ...logSpace(0.002, 500, 300), Number.POSITIVE_INFINITY];
const z32 = seededLogits(32, 1, 2);
const z256 = seededLogits(256, 1, 2);

describe('sparsity-temperature', () => {
  bench('T slider: softmax + identity check, n = 32', () => {
    renyiIdentity(softmaxAtTemperature(z32, 1.3), 2);
  });
  bench('p slider: temperaturePath over 302 temperatures, n = 32', () => {
    temperaturePath(z32, temps, 2);
  });
  bench('p slider: temperaturePath over 302 temperatures, n = 256', () => {
    temperaturePath(z256, temps, 2);
  });
});

const s12 = (x: ArrayLike<number>) => sStar(x, 1, 2);
const square = sampleSquare(s12, 121);

describe('sparsity-geometry', () => {
  bench('measure change: sampleSquare 121² of S*₁,₂', () => {
    sampleSquare(s12, 121);
  });
  bench('measure change: sampleSquare 121² of Gini', () => {
    sampleSquare(gini, 121);
  });
  bench('measure change: sampleSimplex 121 columns of S*₁,₂', () => {
    sampleSimplex(s12, 121);
  });
  bench('drag: levelSet through the point on 121²', () => {
    levelSet(square, 0.9);
  });
});
