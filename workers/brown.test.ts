import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBrownAsset, buildBrownEntities, buildBrownText } from '@/lib/corpus/brown.mjs';

const FILES = Array.from({ length: 5 }, (_, k) => ({
  id: `ca0${k + 1}`,
  text: [
    'The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr ./.',
    `Georgia/np Republicans/nps are/ber getting/vbg ${k}/cd encouragement/nn ./.`,
  ].join('\n'),
}));
const counts = buildBrownAsset(FILES, { seed: 's', traceTokens: 5, traceTargets: [1] });
const stamp = 'st';
const assets: Record<string, unknown> = {
  '/data/brown.json': { ...counts, source: { stamp } },
  '/data/brown-text.json': buildBrownText(FILES, counts.vocabulary, stamp),
  '/data/brown-entities.json': buildBrownEntities(
    FILES,
    counts.split,
    { seed: 'e', maxWords: 60, dev: 1, test: 1 },
    stamp,
  ),
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('loadEntities and entityView (workers/brown.ts)', () => {
  it('fetch and decode once, and cut to a vocabulary once per size', async () => {
    const fetch = vi.fn(async (url: string) =>
      assets[url] ? new Response(JSON.stringify(assets[url])) : new Response('', { status: 404 }),
    );
    vi.stubGlobal('fetch', fetch);
    const { entityView, loadEntities } = await import('./brown');
    const full = await loadEntities();
    expect([full.train.length, full.dev.length, full.test.length]).toEqual([6, 1, 1]);
    const view = await entityView(4);
    expect(await entityView(4)).toBe(view);
    expect(await loadEntities()).toBe(full);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(view.vocabularySize).toBe(4);
    expect(Math.max(...view.train.flatMap((s) => Array.from(s.words)))).toBe(4);
    await expect(entityView(0)).rejects.toThrow(RangeError);
  });

  it('rejects with the HTTP status of a missing asset, then fetches anew', async () => {
    const { loadEntities } = await import('./brown');
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404, statusText: 'Not Found' }));
    await expect(loadEntities()).rejects.toThrow('answered 404 Not Found');
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(assets[url])));
    expect((await loadEntities()).train).toHaveLength(6);
  });
});
