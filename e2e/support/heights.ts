// The reserved heights of widgets (components/figure/reserved-heights.json) against what the widgets draw:
// the page pass measures every mounted widget at phone and desktop width and checks its reserved box, or with
// UPDATE_HEIGHTS=1 writes the measured heights into the table.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ReservedHeight } from '../../components/figure/reservedHeights';

export const HEIGHTS_FILE = 'components/figure/reserved-heights.json';
/** Whether this run writes measured heights instead of checking them. */
export const UPDATE_HEIGHTS = process.env.UPDATE_HEIGHTS === '1';
/** The most a reserved box may exceed what its widget draws (a blank band). */
export const MAX_BLANK = 48;

export type SizeClass = keyof ReservedHeight;

/** The table as it is on disk (read, not imported: Playwright's loader takes no JSON modules). */
const readTable = (): Record<string, ReservedHeight> => JSON.parse(readFileSync(HEIGHTS_FILE, 'utf8'));

export interface DrawnHeight {
  /** `reserveKey` of the widget: the page path, and `#<figure id>` on an article. */
  key: string;
  /** The widget root's height in CSS pixels without its reserved minimum, rounded up. */
  drawn: number;
}

/** Every mounted widget root's own height on the page (its reserved minimum set aside for the reading). */
export async function drawnHeights(page: Page): Promise<DrawnHeight[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.widget-root')].map((root) => {
      const figure = root.closest('[data-figure]')?.getAttribute('data-figure');
      const saved = root.style.minHeight;
      root.style.minHeight = '0px';
      const drawn = Math.ceil(root.getBoundingClientRect().height);
      root.style.minHeight = saved;
      return { key: figure ? `${location.pathname}#${figure}` : location.pathname, drawn };
    }),
  );
}

/**
 * What is wrong with the reserved heights of `heights` in size class `size`: a widget without one, a widget
 * taller than its box (the page shifts when it draws), a box more than MAX_BLANK px taller than its widget.
 */
export function reserveProblems(heights: DrawnHeight[], size: SizeClass): string[] {
  const problems: string[] = [];
  const table = readTable();
  for (const { key, drawn } of heights) {
    const reserved = table[key]?.[size];
    if (reserved === undefined) problems.push(`${key}: no reserved ${size} height (draws ${drawn} px)`);
    else if (drawn > reserved + 1 || reserved - drawn > MAX_BLANK)
      problems.push(`${key}: draws ${drawn} px at ${size} width, its box holds ${reserved} px`);
  }
  return problems;
}

/**
 * Write measured heights into HEIGHTS_FILE (under a lock: the page pass runs in parallel workers).
 */
export async function recordHeights(heights: DrawnHeight[], size: SizeClass): Promise<void> {
  const lock = `${HEIGHTS_FILE}.lock`;
  for (let tries = 0; ; tries++) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (tries > 200) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    const table = readTable();
    for (const { key, drawn } of heights)
      table[key] = { ...(table[key] ?? { phone: 0, desktop: 0 }), [size]: drawn };
    const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(HEIGHTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  } finally {
    rmdirSync(lock);
  }
}
