'use client';

import { type RefObject, useEffect, useState } from 'react';

/**
 * The content-box size of an element, kept current by a ResizeObserver ({0, 0} until its first report).
 * It never reads layout itself (no getBoundingClientRect), so mounting many plots forces no reflow.
 */
export function useElementSize(ref: RefObject<Element | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      setSize((s) =>
        s.width === box.width && s.height === box.height ? s : { width: box.width, height: box.height },
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** The content-box width of an element (see {@link useElementSize}). */
export function useElementWidth(ref: RefObject<Element | null>): number {
  return useElementSize(ref).width;
}
