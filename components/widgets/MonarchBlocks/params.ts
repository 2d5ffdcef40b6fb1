import { defineParams } from '@/components/figure/schema';

/** The largest n: a 64 × 64 pattern is still a few pixels a cell on a phone. */
export const MAX_N = 64;

export const monarchBlocksParams = defineParams({
  n: {
    type: 'int',
    label: 'Size n',
    min: 2,
    max: MAX_N,
    default: 16,
    description: 'The matrices are n × n; b moves to the nearest divisor of the new n.',
  },
  b: {
    type: 'int',
    label: 'Block size b',
    min: 1,
    max: MAX_N,
    default: 4,
    description:
      'R has n/b blocks of b × b, L has b blocks of (n/b) × (n/b); b must divide n (else the nearest divisor is used).',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the random factors L, R and the random butterfly.',
  },
  butterfly: {
    type: 'enum',
    label: 'Butterfly',
    options: ['random', 'hadamard'],
    optionLabels: { random: 'random (seeded)', hadamard: 'Hadamard transform Hₙ' },
    default: 'random',
    description:
      'random: log₂ n factors with seeded normal entries; hadamard: the factors of the Sylvester–Hadamard matrix (n a power of two).',
  },
});
