import type { ParamValues } from '@/components/figure/schema';
import { createRng } from '@/lib/random';
import { bernoulliStream, burstyStream, periodicStream } from '@/lib/smoothing';
import type { memoryTraceParams } from './params';

type P = ParamValues<typeof memoryTraceParams>;

/**
 * The synthetic stream of a setting: periodic, or Bernoulli or bursty at the rate 1/period, seeded by the
 * source and the seed (so the random and bursty streams of one seed differ). Pure, so the browser tests rebuild
 * the stream the widget draws.
 */
export function makeStream(
  p: Pick<P, 'period' | 'tokens' | 'factor' | 'burstLength' | 'seed'> & {
    source: 'periodic' | 'random' | 'bursty';
  },
): Uint8Array {
  const rate = 1 / p.period;
  const rng = createRng(`memory-trace-${p.source}-${p.seed}`);
  if (p.source === 'random') return bernoulliStream(p.tokens, rate, rng);
  if (p.source === 'bursty')
    return burstyStream(p.tokens, rate, { factor: p.factor, burstLength: p.burstLength }, rng);
  return periodicStream(p.tokens, p.period);
}
