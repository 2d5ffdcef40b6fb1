import { describe, expect, it } from 'vitest';
import { expectedNnz } from '@/lib/attention';
import { runCriteriaExperiment } from '@/lib/sparsity/experiment';
import { runTaskInline, tasks } from './tasks';

const ctx = { progress: () => {}, cancelled: () => false };

describe('tasks.maskDensity(input)', () => {
  it('counts exactly the closed-form number of pairs and returns size² densities', () => {
    for (const [kind, n, k, causal] of [
      ['sparse', 1024, 32, false],
      ['local', 700, 9, true],
      ['atrous', 513, 7, false],
    ] as const) {
      const { value, transfer } = tasks.maskDensity({ kind, n, k, causal, size: 128 });
      expect(value.nnz).toBe(expectedNnz(kind, n, { k, causal }));
      expect(value.size).toBe(128);
      expect(value.density).toHaveLength(128 * 128);
      expect(transfer).toEqual([value.density.buffer]);
      for (const d of value.density) expect(d >= 0 && d <= 1).toBe(true);
    }
  });

  it('never uses more blocks than cells', () => {
    expect(tasks.maskDensity({ kind: 'full', n: 10, k: 1, causal: false, size: 512 }).value.size).toBe(10);
  });
});

describe('runTaskInline(task, input, ctx)', () => {
  it('rejects an unknown task by name', async () => {
    await expect(runTaskInline('nope' as never, {}, ctx)).rejects.toThrow(/Unknown task “nope”/);
  });

  it('passes errors from lib through', async () => {
    await expect(
      runTaskInline('maskDensity', { kind: 'local', n: -1, k: 1, causal: false, size: 4 }, ctx),
    ).rejects.toThrow(RangeError);
  });
});

describe('tasks.expressionMask(input)', () => {
  it('builds the mask of an expression with its block summary and densities', () => {
    const source = 'abs(q - kv) <= 4 || (q - kv) % 4 == 0';
    const { value, transfer } = tasks.expressionMask({ source, n: 300, B: 64, size: 128 });
    expect(value.n).toBe(300);
    expect(value.source).toBe(source);
    expect(value.blocks.nnz).toBe(expectedNnz('sparse', 300, { k: 4 }));
    expect(value.mask).toHaveLength(300 * 300);
    expect(value.blocks.qBlocks).toBe(5);
    expect(value.blocks.full + value.blocks.partial + value.blocks.empty).toBe(25);
    expect(value.size).toBe(128);
    expect(value.density).toHaveLength(128 * 128);
    expect(transfer).toEqual([value.mask.buffer, value.blocks.states.buffer, value.density.buffer]);
  });

  it('rejects a bad expression with the compiler message', async () => {
    await expect(
      runTaskInline('expressionMask', { source: 'q >= kv &&', n: 8, B: 2, size: 8 }, ctx),
    ).rejects.toThrow("column 11: expected an expression after '&&', but the expression ended");
  });
});

describe("tasks['sparsity-experiment'](input, ctx)", () => {
  const input = { trials: 200, seed: 5, nMin: 2, nMax: 16 };

  it('returns the same table as the library run, with progress rising to 1', async () => {
    const seen: number[] = [];
    const out = await tasks['sparsity-experiment'](input, {
      progress: (f) => seen.push(f),
      cancelled: () => false,
    });
    expect(out.value).toEqual(runCriteriaExperiment(input));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f > (seen[i - 1] as number))).toBe(true);
  });

  it('stops at the next chunk once cancelled', async () => {
    let reports = 0;
    const out = await tasks['sparsity-experiment'](input, {
      progress: () => reports++,
      cancelled: () => reports >= 3,
    });
    expect(reports).toBe(3);
    const done = Object.values(out.value.table.gini ?? {}).reduce((a, c) => Math.max(a, c.trials), 0);
    expect(done).toBeLessThan(input.trials);
  });
});
