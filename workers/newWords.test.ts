import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeWordMatrix } from '@/lib/words/asset';
import { buildWordMatrix } from '@/lib/words/buildMatrix.mjs';
import { tasks } from './tasks';

const asset = () => buildWordMatrix('神兽 120\n魔兽 130\n魔术 200\n神术 3\n', { threshold: 100 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("tasks['new-words-asset'](input)", () => {
  it('fetches the asset at url and returns exactly decodeWordMatrix of it, moving its six buffers', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(asset())));
    vi.stubGlobal('fetch', fetch);
    const { value, transfer } = await tasks['new-words-asset']({ url: '/data/new-words.json' });
    expect(fetch).toHaveBeenCalledWith('/data/new-words.json');
    expect(value).toEqual(decodeWordMatrix(asset()));
    expect(transfer).toEqual([
      value.seen.indptr.buffer,
      value.seen.indices.buffer,
      value.seen.values.buffer,
      value.below.indptr.buffer,
      value.below.indices.buffer,
      value.below.values.buffer,
      value.rowWords.buffer,
      value.colWords.buffer,
    ]);
    // Distinct buffers: moving one twice would fail the postMessage.
    expect(new Set(transfer).size).toBe(transfer.length);
  });

  it('rejects with the HTTP status of a missing file and with the decoder’s message of a bad one', async () => {
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404, statusText: 'Not Found' }));
    await expect(tasks['new-words-asset']({ url: '/data/new-words.json' })).rejects.toThrow(
      '/data/new-words.json answered 404 Not Found',
    );
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ...asset(), format: 'x' })));
    await expect(tasks['new-words-asset']({ url: '/data/new-words.json' })).rejects.toThrow(
      /new-words asset: format is x/,
    );
  });
});
