import { afterEach, describe, expect, it, vi } from 'vitest';
import { frobeniusNorm, sub } from '@/lib/linalg';
import { densitySweepPoint, projectInputMatrix, SWEEP_DENSITIES } from '@/lib/monarch';
import { expectClose } from '@/lib/testing';
import { buildWordMatrix } from '@/lib/words/buildMatrix.mjs';
import { tasks } from './tasks';

const ctx = (progress: (f: number, partial?: unknown) => void = () => {}, cancelled = () => false) => ({
  progress,
  cancelled,
});
const base = { kind: 'dense', m: 4, density: 0.1, noise: 0, rank: 4, seed: 1 } as const;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("tasks['monarch-project'](input, ctx)", () => {
  it('compares the input’s Monarch projection with its rank-m fit, the fits at the errors’ distances', async () => {
    const progress: number[] = [];
    const { value, transfer } = await tasks['monarch-project'](
      { ...base },
      ctx((f) => progress.push(f)),
    );
    const A = projectInputMatrix('dense', 4);
    expect(value.input).toEqual(base);
    expect(value.A.data).toEqual(A.data);
    expectClose(frobeniusNorm(sub(A, value.monarchFit)), value.monarchError, { rtol: 1e-10 });
    expectClose(frobeniusNorm(sub(A, value.lowRankFit)), value.lowRankError, { rtol: 1e-10 });
    expectClose(value.monarchRelativeError, value.monarchError / frobeniusNorm(A), { rtol: 1e-12 });
    expect([value.monarchParameters, value.lowRankParameters]).toEqual([128, 128]);
    expect(value.sliceErrors).toHaveLength(16);
    expect(value.spectra).toHaveLength(64);
    expect(value.S).toHaveLength(16);
    expect(progress).toEqual([0.2, 1]);
    expect(new Set(transfer).size).toBe(6);
  });

  it('a Monarch matrix without noise projects with ~0 error at m = 16 (n = 256)', async () => {
    const { value } = await tasks['monarch-project']({ ...base, kind: 'monarch', m: 16 }, ctx());
    expect(value.monarchRelativeError).toBeLessThan(1e-12);
    expect(value.lowRankRelativeError).toBeGreaterThan(0.5);
  });

  it('takes the top-left n×n block of the log-weighted word matrix, loading the asset once', async () => {
    const dict = [
      '神兽',
      '魔兽',
      '魔术',
      '神术',
      '神鬼',
      '鬼神',
      '兽神',
      '术士',
      '士兵',
      '兵器',
      '器魔',
      '神器',
    ]
      .map((w, i) => `${w} ${100 + 10 * i}`)
      .join('\n');
    const fetch = vi.fn(async () => new Response(JSON.stringify(buildWordMatrix(dict, { threshold: 100 }))));
    vi.stubGlobal('fetch', fetch);
    const { value } = await tasks['monarch-project']({ ...base, kind: 'words', m: 2 }, ctx());
    expect(value.A.rows).toBe(4);
    // Entries are log(1 + count) of kept words, 0 elsewhere.
    for (const v of value.A.data) expect(v === 0 || v > Math.log(100)).toBe(true);
    expect(value.A.data.some((v) => v > 0)).toBe(true);
    await tasks['monarch-project']({ ...base, kind: 'words', m: 2, seed: 2 }, ctx());
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects with lib’s message for Hadamard at m = 3 and for m outside [2, 16]', async () => {
    await expect(tasks['monarch-project']({ ...base, kind: 'hadamard', m: 3 }, ctx())).rejects.toThrow(
      'use m = 2, 4, 8 or 16',
    );
    await expect(tasks['monarch-project']({ ...base, m: 17 }, ctx())).rejects.toThrow('[2, 16]');
  });
});

describe("tasks['monarch-sweep'](input, ctx)", () => {
  it('streams one point per density, each exactly densitySweepPoint, with progress k/total', async () => {
    const seen: [number, unknown][] = [];
    const { value } = await tasks['monarch-sweep'](
      { m: 3, densities: [1, 0.2], seeds: 2 },
      ctx((f, p) => seen.push([f, p])),
    );
    expect(value.cancelled).toBe(false);
    expect(value.points).toEqual([densitySweepPoint(3, 1, 2), densitySweepPoint(3, 0.2, 2)]);
    expect(seen).toEqual([
      [0.5, value.points[0]],
      [1, value.points[1]],
    ]);
  });

  it('runs the widget’s densities by default and stops once cancelled', async () => {
    let calls = 0;
    const { value } = await tasks['monarch-sweep'](
      { m: 2 },
      ctx(
        () => {},
        () => ++calls > 3,
      ),
    );
    expect(value.cancelled).toBe(true);
    expect(value.points.map((p) => p.density)).toEqual(SWEEP_DENSITIES.slice(0, 3));
    await expect(tasks['monarch-sweep']({ m: 1 }, ctx())).rejects.toThrow('[2, 16]');
  });
});
