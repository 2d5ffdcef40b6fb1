'use client';

import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { usePlotTheme } from './theme';

const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

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

/**
 * Draws on a canvas at device resolution: `draw(ctx, width, height)` runs after layout whenever `deps`
 * change, with the context scaled so callers work in CSS pixels.
 */
export function useCanvas(
  draw: (ctx: CanvasRenderingContext2D, width: number, height: number) => void,
  width: number,
  height: number,
  deps: readonly unknown[],
): RefObject<HTMLCanvasElement | null> {
  const ref = useRef<HTMLCanvasElement>(null);
  useIsoLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || width <= 0 || height <= 0) return;
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    draw(ctx, width, height);
  }, [width, height, ...deps]);
  return ref;
}

/** Whether the site is in its dark theme, kept current when the reader switches. */
export function useDarkTheme(): boolean {
  return usePlotTheme().dark;
}
