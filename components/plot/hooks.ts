'use client';

import { type RefObject, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

type SizeListener = (box: DOMRectReadOnly) => void;

const listeners = new Map<Element, Set<SizeListener>>();
let shared: ResizeObserver | null = null;

/**
 * One ResizeObserver for every measured element. Its first report for a new element comes in the same frame,
 * after layout and before paint; the state updates of all its entries are rendered there and then
 * (`flushSync`, one batch), so the first frame a reader sees is already laid out at the measured size: no
 * frame at width 0 that the next one would shift.
 */
function observe(el: Element, listener: SizeListener): () => void {
  shared ??= new ResizeObserver((entries) =>
    flushSync(() => {
      for (const entry of entries)
        for (const listener of listeners.get(entry.target) ?? []) listener(entry.contentRect);
    }),
  );
  const own = listeners.get(el) ?? new Set();
  own.add(listener);
  listeners.set(el, own);
  shared.observe(el);
  return () => {
    own.delete(listener);
    if (own.size > 0) return;
    listeners.delete(el);
    shared?.unobserve(el);
  };
}

/**
 * The content-box size of an element, kept current by a ResizeObserver ({0, 0} until its first report, which
 * arrives before the first paint). It never reads layout itself (no getBoundingClientRect), so mounting many
 * plots forces no reflow.
 */
export function useElementSize(ref: RefObject<Element | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    return observe(el, (box) =>
      setSize((s) =>
        s.width === box.width && s.height === box.height ? s : { width: box.width, height: box.height },
      ),
    );
  }, [ref]);
  return size;
}

/** The content-box width of an element (see {@link useElementSize}). */
export function useElementWidth(ref: RefObject<Element | null>): number {
  return useElementSize(ref).width;
}
