'use client';

import { useEffect, useState } from 'react';
import { mergeQuery, type ParamsSchema, type ParamValues, parseQuery } from './schema';
import type { WidgetStore } from './store';

const WRITE_DELAY_MS = 250;

/**
 * Keeps one widget's parameters in the page URL. On mount it reads `prefix.key` entries (or plain keys when
 * `prefix` is empty) and reports corrections through `onNotices`; afterwards every change is written back with
 * `history.replaceState`, debounced, so dragging a slider never floods the history. Returns true once the URL
 * has been read (the widget is marked ready only then).
 */
export function useUrlState<S extends ParamsSchema>(
  store: WidgetStore<ParamValues<S>>,
  schema: S,
  base: ParamValues<S>,
  prefix: string,
  onNotices: (notices: string[]) => void,
  write = true,
): boolean {
  const [read, setRead] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read the URL once per mounted figure.
  useEffect(() => {
    const { values, notices, present } = parseQuery(schema, window.location.search, prefix, base);
    if (present.length > 0) {
      store.getState().setParams(values);
    }
    if (notices.length > 0) onNotices(notices);
    setRead(true);
    if (!write) return;

    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.params === prev.params) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const url = new URL(window.location.href);
        const query = mergeQuery(url.search, schema, state.params, prefix, base);
        const next = `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
        if (next !== `${url.pathname}${url.search}${url.hash}`) {
          window.history.replaceState(window.history.state, '', next);
        }
      }, WRITE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  return read;
}
