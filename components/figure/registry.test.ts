import { describe, expect, it } from 'vitest';
import { catalog, getWidgetMeta } from './catalog';
import { loaders, widgetEntry } from './registry';

describe('widget registry', () => {
  it('has no loader without a catalog entry (catalog.test.ts checks each entry has one)', () => {
    const ids = new Set(catalog.map((w) => w.id));
    expect(Object.keys(loaders).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('widgetEntry joins a catalog entry with its loader', () => {
    const entry = widgetEntry(getWidgetMeta('attention-mask'));
    expect(entry?.id).toBe('attention-mask');
    expect(entry?.load).toBe(loaders['attention-mask']);
  });

  it('widgetEntry returns undefined for a missing entry or one without code', () => {
    expect(widgetEntry(undefined)).toBeUndefined();
    const meta = getWidgetMeta('attention-mask');
    expect(meta).not.toBeUndefined();
    if (meta) expect(widgetEntry({ ...meta, id: 'no-such-widget' })).toBeUndefined();
  });

  it('catalog ids are unique and schemas survive a JSON round trip (they are passed as server props)', () => {
    expect(new Set(catalog.map((w) => w.id)).size).toBe(catalog.length);
    for (const w of catalog) expect(JSON.parse(JSON.stringify(w.params))).toEqual(w.params);
  });
});
