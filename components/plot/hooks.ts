'use client';

import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** The content-box width of an element, kept current with a ResizeObserver (0 before layout). */
export function useElementWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useIsoLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Resolved theme colours (CSS custom properties), refreshed when the reader switches light/dark. */
export function useThemeColors<const K extends string>(names: readonly K[]): Record<K, string> {
  const read = () =>
    Object.fromEntries(
      names.map((n) => [
        n,
        typeof document === 'undefined'
          ? '#888'
          : getComputedStyle(document.documentElement).getPropertyValue(`--${n}`).trim() || '#888',
      ]),
    ) as Record<K, string>;
  const [colors, setColors] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names are fixed per widget.
  useEffect(() => {
    setColors(read());
    const observer = new MutationObserver(() => setColors(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return colors;
}

/**
 * Draws on a canvas at device resolution: `draw(ctx, width, height)` runs after layout whenever `deps`
 * change, with the context scaled so callers work in CSS pixels. Drawing code lives in the widget's draw.ts.
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

/** Whether the site is in its dark theme (`<html data-theme="dark">`), kept current when the reader switches. */
export function useDarkTheme(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    const read = () => setDark(root.dataset.theme === 'dark');
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return dark;
}
