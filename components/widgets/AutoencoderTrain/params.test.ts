import { describe, expect, it } from 'vitest';
import { defaults, parseQuery, serializeQuery } from '@/components/figure/schema';
import { autoencoderTrainParams } from './params';

describe('autoencoderTrainParams', () => {
  it('defaults: the low-rank preset, k 3, Adam at η 0.01, full batch, 5000 steps at 1000 steps/s', () => {
    expect(defaults(autoencoderTrainParams)).toEqual({
      preset: 'lowrank',
      matrix: [
        [1, 1, 1, 1, 0],
        [1, 1, 1, 1, 1],
      ],
      k: 3,
      optimizer: 'adam',
      lr: 0.01,
      batch: 32,
      seed: 1,
      steps: 5000,
      speed: '1000',
      gap: false,
    });
  });

  it('serializeQuery then parseQuery round-trips a custom matrix and every setting without notices', () => {
    const values = {
      preset: 'custom' as const,
      matrix: [
        [1.5, -2],
        [0.25, 3],
        [4, 0],
      ],
      k: 1,
      optimizer: 'sgd' as const,
      lr: 0.00316,
      batch: 2,
      seed: 7,
      steps: 300,
      speed: 'max' as const,
      gap: true,
    };
    const parsed = parseQuery(autoencoderTrainParams, serializeQuery(autoencoderTrainParams, values));
    expect(parsed.values).toEqual(values);
    expect(parsed.notices).toEqual([]);
  });

  it('parseQuery replaces a bad optimizer and clamps a huge learning rate, with notices', () => {
    const parsed = parseQuery(autoencoderTrainParams, 'optimizer=rmsprop&lr=1e9&k=0');
    expect(parsed.values).toMatchObject({ optimizer: 'adam', lr: 10, k: 1 });
    expect(parsed.notices).toHaveLength(3);
  });
});
