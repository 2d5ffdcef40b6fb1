'use client';

/**
 * The site's theme as the plot kit sees it: the CSS custom properties of app/globals.css resolved to colours,
 * for the drawing that cannot use `var(--token)` itself (canvas rasters, colour ramps, contrast picks). SVG
 * marks style themselves with CSS classes and `var(--token)`; nothing under components/ writes a colour
 * literal. The hook follows the reader's light/dark switch (`<html data-theme>`).
 */
import { useSyncExternalStore } from 'react';

/** The design tokens the kit reads. */
export const THEME_TOKENS = [
  'bg',
  'fg',
  'fg-muted',
  'surface',
  'surface-2',
  'border',
  'accent',
  'danger',
  'warn',
  'ok',
] as const;
export type ThemeToken = (typeof THEME_TOKENS)[number];

/** Series colours, in order, for plots with several lines or bar groups (CSS values, for `style`). */
export const SERIES = [
  'var(--accent)',
  'var(--warn)',
  'var(--ok)',
  'var(--danger)',
  'var(--fg-muted)',
] as const;

export interface PlotTheme {
  dark: boolean;
  /** The resolved colour of a token (for example `rgb(31, 95, 191)` or `#1f5fbf`). */
  tokens: Readonly<Record<ThemeToken, string>>;
}

/** Used while rendering on the server and in Node tests: mid-grey everywhere. */
export const FALLBACK_THEME: PlotTheme = {
  dark: false,
  tokens: Object.fromEntries(THEME_TOKENS.map((t) => [t, 'rgb(136, 136, 136)'])) as Record<
    ThemeToken,
    string
  >,
};

let current: PlotTheme | null = null;
const listeners = new Set<() => void>();
let observer: MutationObserver | null = null;

function read(): PlotTheme {
  const root = document.documentElement;
  const style = getComputedStyle(root);
  const tokens = Object.fromEntries(
    THEME_TOKENS.map((t) => [t, style.getPropertyValue(`--${t}`).trim() || 'rgb(136, 136, 136)']),
  ) as Record<ThemeToken, string>;
  return { dark: root.dataset.theme === 'dark', tokens };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      current = read();
      for (const l of listeners) l();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
      current = null;
    }
  };
}

function snapshot(): PlotTheme {
  current ??= read();
  return current;
}

/** The resolved theme; components using it re-render when the reader switches light/dark. */
export function usePlotTheme(): PlotTheme {
  return useSyncExternalStore(subscribe, snapshot, () => FALLBACK_THEME);
}
