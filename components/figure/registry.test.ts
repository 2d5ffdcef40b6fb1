import { describe, expect, it } from 'vitest';
import { catalog, getWidgetMeta } from './catalog';
import { type WidgetLoaders, widgetEntry } from './registry';

const load: WidgetLoaders[string] = () => Promise.resolve({ default: () => null });

describe('widget registry', () => {
  it('widgetEntry joins a catalog entry with its loader from the given table', () => {
    const entry = widgetEntry(getWidgetMeta('attention-mask'), { 'attention-mask': load });
    expect(entry?.id).toBe('attention-mask');
    expect(entry?.title).toBe(getWidgetMeta('attention-mask')?.title);
    expect(entry?.load).toBe(load);
  });

  it('widgetEntry returns undefined for a missing entry or one the table has no code for', () => {
    expect(widgetEntry(undefined, { 'attention-mask': load })).toBeUndefined();
    const meta = getWidgetMeta('attention-mask');
    expect(meta).not.toBeUndefined();
    if (meta) expect(widgetEntry(meta, { 'mask-lab': load })).toBeUndefined();
  });

  it('catalog ids are unique and schemas survive a JSON round trip (they are passed as server props)', () => {
    expect(new Set(catalog.map((w) => w.id)).size).toBe(catalog.length);
    for (const w of catalog) expect(JSON.parse(JSON.stringify(w.params))).toEqual(w.params);
  });
});
