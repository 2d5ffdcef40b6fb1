import { bench, describe } from 'vitest';
import { blockMask } from './blockMask';
import { compileMaskExpression, maskFromExpression } from './expression';
import { attentionMask } from './mask';

const SPARSE = 'abs(q - kv) <= 4 || (q - kv) % 4 == 0';
const ISSUE = 'abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv';
// A legal expression near the 500-character limit: 300 tokens' worth of nested conditions.
const LONG = `q >= 0${' && (q - kv) % 7 != 3 || kv / 5 == q / 5'.repeat(10)}`.slice(0, 500);

describe('compileMaskExpression', () => {
  bench('the post’s sparse pattern (37 characters)', () => {
    compileMaskExpression(SPARSE);
  });
  bench(`a ${LONG.length}-character expression`, () => {
    compileMaskExpression(LONG);
  });
  bench('a refused 10,000-character paste', () => {
    compileMaskExpression('q'.repeat(10_000));
  });
});

for (const n of [256, 1024]) {
  describe(`maskFromExpression, n = ${n}`, () => {
    bench('q >= kv', () => {
      maskFromExpression('q >= kv', n);
    });
    bench(SPARSE, () => {
      maskFromExpression(SPARSE, n);
    });
    bench(ISSUE, () => {
      maskFromExpression(ISSUE, n);
    });
    bench("attentionMask('sparse', n, { k: 4 }) for comparison", () => {
      attentionMask('sparse', n, { k: 4 });
    });
  });
}

for (const n of [1024, 4096]) {
  const mask = attentionMask('sparse', n, { k: 4 });
  describe(`blockMask, n = ${n}`, () => {
    for (const B of [1, 16, 128]) {
      bench(`B = ${B}`, () => {
        blockMask(mask, B);
      });
    }
  });
}
