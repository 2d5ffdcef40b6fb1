import { describe, expect, it } from 'vitest';
import { syntheticTagging } from '@/lib/sequence';
import {
  checkSelfTrainingSettings,
  DEFAULT_SELF_TRAINING,
  type SelfTrainingReport,
  type SelfTrainingSettings,
  selfTrainingTask,
} from './selfTraining';
import type { TaggerData } from './tagger';

const task = { vocab: 40, names: 12 };
const data: TaggerData = {
  V: 100,
  words: Array.from({ length: 100 }, (_, i) => `w${i}`),
  train: syntheticTagging(200, 'train', task),
  dev: [],
  test: syntheticTagging(50, 'test', task),
};
const settings: SelfTrainingSettings = {
  ...DEFAULT_SELF_TRAINING,
  V: 100,
  embedDim: 6,
  hiddenSize: 6,
  labelled: 30,
  pool: 1000,
  test: 40,
  epochs: 2,
  weights: [
    [10, 1],
    [1, 1],
  ],
};
const ctx = (reports: SelfTrainingReport[], cancelAfter = Number.POSITIVE_INFINITY) => ({
  progress: (_: number, r?: SelfTrainingReport) => {
    if (r) reports.push(r);
  },
  cancelled: () => reports.length >= cancelAfter,
});

describe('self-training task', () => {
  it('runs the rounds on the first n sentences and the next m as the pool, reporting each round', async () => {
    const reports: SelfTrainingReport[] = [];
    const r = (await selfTrainingTask(settings, ctx(reports), data)).value;
    expect(r.done).toBe(true);
    expect(r.cancelled).toBe(false);
    expect([r.labelled, r.pool, r.test]).toEqual([30, 170, 40]);
    expect(r.finished.map((x) => x.round)).toEqual([0, 1, 2]);
    expect(r.finished[1]?.pseudo?.kept).toBe(170);
    expect(r.finished[1]?.weights).toEqual([1, 0.1]);
    // Every finished round was reported as it finished.
    for (const n of [1, 2, 3]) expect(reports.some((x) => x.finished.length === n)).toBe(true);
    expect(reports.at(-1)?.progress).toBe(1);
  });

  it('stops when cancelled and returns what is done; rejects bad settings', async () => {
    const reports: SelfTrainingReport[] = [];
    const r = (await selfTrainingTask(settings, ctx(reports, 1), data)).value;
    expect(r.done).toBe(false);
    expect(r.cancelled).toBe(true);
    expect(reports).toHaveLength(1);
    expect(() => checkSelfTrainingSettings({ ...settings, labelled: 0 })).toThrow(/labelled 0/);
    expect(() => checkSelfTrainingSettings({ ...settings, epochs: 1.5 })).toThrow(/epochs/);
    await expect(selfTrainingTask({ ...settings, hiddenSize: 0 }, ctx([]), data)).rejects.toThrow(
      /hiddenSize/,
    );
  });
});
