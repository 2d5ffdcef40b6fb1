import { describe, expect, it } from 'vitest';
import { attentionMemory, expectedNnz, RACE_METHODS, raceCost } from '@/lib/attention';
import { checkCostRaceInput } from './costRace';
import { runTaskInline, tasks } from './tasks';

const quiet = { progress: () => {}, cancelled: () => false };

const base = { pattern: 'sparse' as const, causal: false, d: 4, repeats: 3, minSampleMs: 0.5 };

describe('tasks.costRace(input, ctx)', () => {
  it('returns one point per (n, method), n ascending, with the closed-form nnz and pairs visited', async () => {
    const { value } = await tasks.costRace({ ...base, sizes: [16, 4, 8, 8] }, quiet);
    expect(value.cancelled).toBe(false);
    expect(value.points.map((p) => `${p.n}:${p.method}`)).toEqual([
      '4:dense',
      '4:unmasked',
      '4:sparse',
      '8:dense',
      '8:unmasked',
      '8:sparse',
      '16:dense',
      '16:unmasked',
      '16:sparse',
    ]);
    for (const p of value.points) {
      const k = Math.round(Math.sqrt(p.n));
      expect(p.k).toBe(k);
      expect(p.nnz).toBe(expectedNnz('sparse', p.n, { k }));
      expect(p.pairs).toBe(p.method === 'sparse' ? p.nnz : p.n * p.n);
      expect(p.samples).toHaveLength(3);
      expect(p.batch).toBeGreaterThanOrEqual(1);
      expect(Number.isFinite(p.ms) && p.ms >= 0).toBe(true);
      expect([...p.samples].sort((a, b) => a - b)[1]).toBe(p.ms); // the median of three
    }
    // n = 16, k = 4: the post's 148 pairs.
    expect(value.points.find((p) => p.n === 16 && p.method === 'sparse')?.nnz).toBe(148);
  });

  it('records the bytes of score storage from attentionMemory for each kernel', async () => {
    const { value } = await tasks.costRace(
      { ...base, pattern: 'local', k: 2, causal: true, sizes: [10] },
      quiet,
    );
    const nnz = expectedNnz('local', 10, { k: 2, causal: true });
    const byMethod = Object.fromEntries(value.points.map((p) => [p.method, p.bytes]));
    expect(byMethod).toEqual({
      dense: attentionMemory('dense', 10, nnz).total, // 17·100
      unmasked: attentionMemory('dense', 10, nnz, { masked: false }).total, // 16·100
      sparse: attentionMemory('sparse', 10, nnz, { longestRow: 3 }).total, // 8·3 + 4·11 + 4·27
    });
    expect(byMethod.sparse).toBe(24 + 44 + 4 * 27);
  });

  it('uses the given k for every n and times only the requested methods', async () => {
    const { value } = await tasks.costRace(
      { ...base, pattern: 'fixed', k: 3, sizes: [9, 12], methods: ['sparse'] },
      quiet,
    );
    expect(value.points.map((p) => [p.n, p.method, p.k, p.nnz])).toEqual([
      [9, 'sparse', 3, expectedNnz('fixed', 9, { k: 3 })],
      [12, 'sparse', 3, expectedNnz('fixed', 12, { k: 3 })],
    ]);
  });

  it('reports increasing progress up to 1 after every sample', async () => {
    const seen: number[] = [];
    await tasks.costRace({ ...base, repeats: 2, sizes: [4, 8] }, { ...quiet, progress: (f) => seen.push(f) });
    expect(seen).toHaveLength(2 * 2 * RACE_METHODS.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] as number);
    expect(seen.at(-1)).toBeCloseTo(1, 12);
    expect(seen[1]).toBeCloseTo(1 / 6, 12); // first step (n = 4, dense) of 6 done
  });

  it('stops at the next sample once cancelled, keeping the finished points', async () => {
    let calls = 0;
    const steps: number[] = [];
    const ctx = {
      progress: (f: number) => steps.push(f),
      // Cancel once the first (n, method) step has reported its last sample.
      cancelled: () => {
        calls++;
        return steps.length >= base.repeats;
      },
    };
    const { value } = await tasks.costRace({ ...base, sizes: [4, 8, 16, 32] }, ctx);
    expect(value.cancelled).toBe(true);
    expect(value.points.map((p) => `${p.n}:${p.method}`)).toEqual(['4:dense']);
    expect(steps).toHaveLength(base.repeats);
    expect(calls).toBeGreaterThan(0);
  });

  it('lets a cancel message arrive between samples (it yields to the event loop)', async () => {
    let cancelled = false;
    setTimeout(() => {
      cancelled = true;
    }, 0);
    const { value } = await tasks.costRace(
      { ...base, sizes: [64, 128, 256, 512] },
      { progress: () => {}, cancelled: () => cancelled },
    );
    expect(value.cancelled).toBe(true);
    expect(value.points.length).toBeLessThan(4 * RACE_METHODS.length);
  });

  it('rejects bad input with RangeError through runTaskInline', async () => {
    const run = (patch: object) => runTaskInline('costRace', { ...base, sizes: [8], ...patch }, quiet);
    await expect(run({ d: 0 })).rejects.toThrow(/d must be an integer in \[1, 256\]/);
    await expect(run({ repeats: 0 })).rejects.toThrow(/repeats/);
    await expect(run({ sizes: [8, 9000] })).rejects.toThrow(/each size must be an integer in \[1, 8192\]/);
    await expect(run({ methods: ['fast'] })).rejects.toThrow(/unknown method 'fast'/);
    await expect(run({ pattern: 'atrous', k: 0 })).rejects.toThrow(RangeError);
  });

  it('checkCostRaceInput sorts and deduplicates the sizes', () => {
    expect(checkCostRaceInput({ ...base, sizes: [256, 64, 128, 64] })).toEqual([64, 128, 256]);
  });
});

describe("tasks['race-costs'](input)", () => {
  it('returns raceCost at every size with the inputs, and throws for a bad size as raceCost does', () => {
    const input = { kind: 'sparse' as const, sizes: [64, 256, 4096], causal: true };
    const { value } = tasks['race-costs'](input);
    expect(value.costs).toEqual(input.sizes.map((n) => raceCost('sparse', n, { causal: true })));
    expect(value).toMatchObject(input);
    expect(tasks['race-costs']({ ...input, sizes: [] }).value.costs).toEqual([]);
  });
});
