import { defineParams } from '@/components/figure/schema';
import { formatInteger } from '@/lib/format';

/** The largest n a run can reach: n = m² for the orders lib/monarch offers (MATVEC_TIMING_ORDERS), from 64. */
export const LARGEST_N_OPTIONS = ['64', '256', '1024', '4096', '16384'] as const;

export const monarchMatvecParams = defineParams({
  maxN: {
    type: 'enum',
    label: 'Largest n',
    options: LARGEST_N_OPTIONS,
    optionLabels: Object.fromEntries(LARGEST_N_OPTIONS.map((n) => [n, formatInteger(Number(n))])),
    default: '4096',
    description:
      'The run times n = 16, 64, 256, … up to this. The dense product is timed up to n = 4096 (its matrix takes 128 MiB); at 16,384 it would take 2 GiB, so there only the fast product runs.',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the factors L, R and the vector x of every size.',
  },
});
