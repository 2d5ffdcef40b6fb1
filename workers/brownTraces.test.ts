import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBrown } from '@/lib/corpus/asset';
import { buildBrownAsset } from '@/lib/corpus/brown.mjs';
import { tasks } from './tasks';

const FILES = [
  { id: 'ca01', text: 'The/at jury/nn said/vbd the/at jury/nn ./. of/in the/at city/nn' },
  { id: 'cb01', text: 'the/at city/nn of/in the/at state/nn' },
];
const asset = () => buildBrownAsset(FILES, { seed: 's', traceTokens: 10, traceTargets: [4, 1] });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("tasks['brown-traces'](input)", () => {
  it('returns the asset’s stream length and each traced word’s positions, most frequent first', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(asset()))),
    );
    const { value, transfer } = await tasks['brown-traces']({});
    const expected = decodeBrown(asset()).traces;
    expect(value.tokens).toBe(10);
    expect(value).toEqual(expected);
    // "the" is tokens 0, 3, 6 and 8 of "the jury said the jury of the city the city".
    expect(value.words[0]?.word).toBe('the');
    expect(Array.from(value.words[0]?.positions ?? [])).toEqual([0, 3, 6, 8]);
    // Nothing is moved: the worker keeps its copy of the asset for the next task.
    expect(transfer).toBeUndefined();
  });

  it('rejects with the HTTP status of a missing asset', async () => {
    const { tasks: fresh } = await import('./tasks');
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404, statusText: 'Not Found' }));
    await expect(fresh['brown-traces']({})).rejects.toThrow('/data/brown.json answered 404 Not Found');
  });
});
