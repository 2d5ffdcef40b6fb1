// What the browser tests know about the exported site, and page helpers they share.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PROSE_DRAWN_ATTRIBUTE } from '../../components/prose/DrawProse';
import { type MdxFigure, parseFigures } from '../../content/figures';
import { readSitemapPaths } from '../../scripts/sitemap.mjs';

/** The exported site folder (scripts/e2e.mjs passes OUT_DIR; default 'out'). */
export const OUT_DIR = process.env.OUT_DIR ?? 'out';

/**
 * Whether a request URL leaves the allowed origins: `data:`, `blob:` and `about:` never do; an unparsable
 * URL always does.
 * Example: `isOffOrigin('https://fonts.example/x.css', new Set(['http://127.0.0.1:3100']))` → true.
 */
export function isOffOrigin(url: string, allowed: ReadonlySet<string>): boolean {
  if (/^(data|blob|about):/i.test(url)) return false;
  try {
    return !allowed.has(new URL(url).origin);
  } catch {
    return true;
  }
}

/**
 * The viewports every page is checked at: the page pass loads each page at `phone` (the narrowest phone
 * width we support), then widens it to `desktop` and narrows it back.
 */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 780 },
} as const;

/**
 * Pathnames of `OUT_DIR/sitemap.xml`, or the Error that reading it raised (so a spec can report it as a
 * failing test instead of failing to load).
 * Example: `sitemap()` → ['/', '/about/', '/articles/sparse-attention/', '/embed/', '/embed/attention-mask/'].
 */
export function sitemap(): string[] | Error {
  try {
    return readSitemapPaths(OUT_DIR);
  } catch (error) {
    return error as Error;
  }
}

/**
 * The widget id of an embed page path, or null for any other path.
 * Example: `embedWidgetId('/embed/attention-mask/')` → 'attention-mask'; `embedWidgetId('/embed/')` → null.
 */
export function embedWidgetId(pathname: string): string | null {
  return /^\/embed\/([^/]+)\/$/.exec(pathname)?.[1] ?? null;
}

/**
 * A file-name-safe name for a page path: '/' → 'home', '/articles/sparse-attention/' → 'articles-sparse-attention'.
 * Example: `screenshotName('/embed/attention-mask/')` → 'embed-attention-mask'.
 */
export function screenshotName(pathname: string): string {
  const name = pathname
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[^a-zA-Z0-9._-]/g, '_');
  return name === '' ? 'home' : name;
}

/**
 * Whether the page pass saves full-page screenshots (`SCREENSHOTS=1`; off in `npm test`, where they cost
 * time and nobody looks; `npm run shots` takes them for looking).
 */
export const SCREENSHOTS = process.env.SCREENSHOTS === '1';

/**
 * The `<Figure>`s of an article page, from `content/<slug>.mdx` (read relative to the working directory), or
 * null for a path that is not an article.
 * Example: `articleFigures('/articles/svd-autoencoder/')?.[0]` → `{ id: 'rank', widget: 'svd-rank', … }`.
 */
export function articleFigures(pathname: string): MdxFigure[] | null {
  const slug = /^\/articles\/([^/]+)\/$/.exec(pathname)?.[1];
  if (!slug) return null;
  return parseFigures(readFileSync(path.join('content', `${slug}.mdx`), 'utf8'));
}

/** Where the screenshot of `pathname` at viewport `viewport` is saved (e2e/screenshots/, gitignored). */
export function screenshotPath(pathname: string, viewport: string): string {
  return path.join('e2e', 'screenshots', `${screenshotName(pathname)}-${viewport}.png`);
}

/**
 * Wait until the page has had no request in flight for `quietMs` (default 300 ms), or `timeoutMs` passed
 * (default 5 s; then it returns without failing: a stuck request is reported by the guard, not here).
 */
export async function waitForQuietNetwork(
  page: Page,
  { quietMs = 300, timeoutMs = 5_000 } = {},
): Promise<void> {
  let inflight = 0;
  let last = Date.now();
  const start = () => {
    inflight += 1;
    last = Date.now();
  };
  const end = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (inflight > 0 || Date.now() - last < quietMs)) {
      await page.waitForTimeout(50);
    }
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/**
 * Wait until no widget of the page is redrawing or computing. Widgets that draw a change in a deferred render
 * (so the control is painted first; `useDeferredWidgetParams`) mark their root `aria-busy` until the picture has
 * caught up with the inputs, and the figure runtime marks a widget root `aria-busy` while a worker job of it
 * runs: call this before reading a picture's attributes right after a key press or click.
 */
export async function widgetsSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-widget][aria-busy="true"], [data-widget] [aria-busy="true"]')).toHaveCount(
    0,
  );
}

/** One live widget of a page as the figure runtime left it: a figure (`figure[data-figure]`) or an embed's root. */
export interface MountedWidget {
  /** The figure's id (`data-figure`), or null for a widget outside a figure (an embed page). */
  figure: string | null;
  /** The widget root's `data-widget`, or null if none appeared. */
  widget: string | null;
  /** Whether the root carries `data-ready` (mounted with its final starting state). */
  ready: boolean;
  /** Whether an error card replaced the widget. */
  error: boolean;
}

/**
 * Scroll straight to each figure of the page (and an embed page's widget) and wait until its widget root
 * carries `data-ready`, which the figure runtime sets once the widget has mounted with its final starting
 * state, or an error card shows: one pass down the page, however long. Each figure is brought into view in
 * turn (the runtime mounts a widget as its figure nears the viewport) and waited for until its root appears,
 * then all are waited for together, so their code loads in parallel. On an article, the passes start once the
 * prose skipped at load is drawn. Then fonts and the network settle and
 * the page is scrolled back to the top. A widget that is not ready after `timeoutMs` is reported, not thrown.
 * Example: `expect(await mountWidgets(page)).toEqual([{ figure: 'mask', widget: 'attention-mask', ready: true, error: false }])`.
 */
export async function mountWidgets(page: Page, { timeoutMs = 60_000 } = {}): Promise<MountedWidget[]> {
  // An article draws the prose it skipped at load during its first idle moments (DrawProse); jumping into
  // undrawn prose lands on placeholder heights that then grow, a shift of the prose, not of a widget.
  if ((await page.locator('.article-body').count()) > 0)
    await page.locator(`html[${PROSE_DRAWN_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: timeoutMs });
  const widgets = await page.evaluate(async (timeout) => {
    const deadline = performance.now() + timeout;
    const frames = [...document.querySelectorAll('figure[data-figure], .widget-root')].filter(
      (el) => el.matches('figure[data-figure]') || !el.closest('figure[data-figure]'),
    );
    const rootOf = (el: Element) => (el.matches('.widget-root') ? el : el.querySelector('.widget-root'));
    const error = (el: Element) => el.querySelector('[data-error-card]') !== null;
    const until = async (done: () => boolean, each = () => {}) => {
      while (!done() && performance.now() < deadline) {
        each();
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    for (const el of frames) {
      // Scrolled to again while waiting: a widget above that mounts and grows can push this one out of view.
      await until(
        () => rootOf(el) !== null || error(el),
        () => el.scrollIntoView({ block: 'center' }),
      );
    }
    await until(() => frames.every((el) => rootOf(el)?.hasAttribute('data-ready') || error(el)));
    return frames.map((el) => {
      const root = rootOf(el);
      return {
        figure: el.getAttribute('data-figure'),
        widget: root?.getAttribute('data-widget') ?? null,
        ready: root?.hasAttribute('data-ready') ?? false,
        error: error(el),
      };
    });
  }, timeoutMs);
  await waitForQuietNetwork(page);
  await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
  return widgets;
}

/**
 * The page's content height in CSS pixels, `ceil(documentElement.getBoundingClientRect().height)` (what an
 * embed page posts to its host), once nothing on the page is computing (nothing `aria-busy`, which a
 * running progress bar is) and the height has not changed for `quietMs` (default 1 s). After `timeoutMs` (default 30 s)
 * it returns the height it sees then: a widget that never settles is judged by what it shows.
 * Example: `expect(await settledHeight(page)).toBeLessThanOrEqual(declared)`.
 */
export async function settledHeight(
  page: Page,
  { quietMs = 1_000, timeoutMs = 30_000 } = {},
): Promise<number> {
  return page.evaluate(
    async ({ quiet, timeout }) => {
      const deadline = performance.now() + timeout;
      const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
      // Anything aria-busy: a progress bar of work under way (ProgressBar's busy), a region being updated.
      const busy = () => document.querySelector('[aria-busy="true"]') !== null;
      let last = height();
      let since = performance.now();
      while (performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        const now = height();
        if (now !== last || busy()) {
          last = now;
          since = performance.now();
        } else if (performance.now() - since >= quiet) break;
      }
      return last;
    },
    { quiet: quietMs, timeout: timeoutMs },
  );
}

/**
 * Elements that stick out past the right edge of the viewport, as short descriptions (tag#id.class and
 * right edge), at most `limit`; [] when the page has no horizontal overflow.
 */
export async function horizontalOverflow(page: Page, limit = 8): Promise<string[]> {
  return page.evaluate((max) => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth + 1) return [];
    const width = root.clientWidth;
    const found: string[] = [`document scrollWidth ${root.scrollWidth} > clientWidth ${width}`];
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      // Inside an SVG only the <svg> itself counts; inside a scrolling or clipping box nothing does.
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 1 || clipped(el)) continue;
      // Report the outermost offender only: skip elements whose parent already sticks out.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      found.push(`${el.tagName.toLowerCase()}${id}${cls} right=${Math.round(rect.right)}`);
      if (found.length > max) break;
    }
    return found;
  }, limit);
}

/**
 * Elements of the page's `main` whose content is cut off with no way to reach it, as short descriptions, at
 * most `limit`; [] when none is. An element is cut off when its content is wider than its box and it clips
 * (overflow-x hidden or clip) instead of scrolling; scroll containers, visually hidden text, SVG internals,
 * text fields (which scroll their text under the caret), progress bars and aria-hidden decoration do not
 * count. Text cut with an ellipsis counts
 * too unless the element carries a `title` with the full text.
 * Example: `expect(await clippedContent(page)).toEqual([])`.
 */
export async function clippedContent(page: Page, limit = 8): Promise<string[]> {
  return page.evaluate((max) => {
    const found: string[] = [];
    const main = document.querySelector('main') ?? document.body;
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      // A text field scrolls its own text under the caret; a progress bar's track clips its moving fill on
      // purpose, as does any decoration hidden from assistive technology.
      if (!(el instanceof HTMLElement) || el.clientWidth <= 1) continue;
      if (el.matches('input, textarea, select, [role="progressbar"], [aria-hidden="true"]')) continue;
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const style = getComputedStyle(el);
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      if (style.position === 'absolute' && style.clip.startsWith('rect(0')) continue;
      if (style.textOverflow === 'ellipsis' && el.title) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      found.push(
        `${el.tagName.toLowerCase()}${id}${cls}: content ${el.scrollWidth} px in a ${el.clientWidth} px box`,
      );
      if (found.length >= max) break;
    }
    return found;
  }, limit);
}

/**
 * Resize the page's viewport and wait until layout has followed: two animation frames for ResizeObservers to
 * fire and React to commit what they set, then one more for the paint.
 */
export async function resizeViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const tick = () => (++frames >= 3 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * The page's layout shift since it loaded: the sum of every `layout-shift` entry not caused by input (at least
 * the cumulative layout shift, which keeps only the worst five-second window), with the elements that moved
 * most in the largest shifts.
 * Example: `expect((await layoutShift(page)).score).toBeLessThan(0.05)`.
 */
export async function layoutShift(page: Page): Promise<{ score: number; sources: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ score: number; sources: string[] }>((resolve) => {
        interface Shift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        }
        const nameOf = (node: Node | null | undefined) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          const cls = typeof node.className === 'string' ? node.className.trim().split(/\s+/)[0] : '';
          const figure = node.closest('[data-figure]')?.getAttribute('data-figure');
          return `${node.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${figure ? ` in figure ${figure}` : ''}`;
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const shifts = (list.getEntries() as Shift[]).filter((e) => !e.hadRecentInput);
          const score = shifts.reduce((sum, e) => sum + e.value, 0);
          const sources = [...shifts]
            .sort((a, b) => b.value - a.value)
            .slice(0, 3)
            .map((e) => `${e.value.toFixed(3)}: ${(e.sources ?? []).map((s) => nameOf(s.node)).join(', ')}`);
          resolve({ score, sources });
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer never calls back.
        setTimeout(() => resolve({ score: 0, sources: [] }), 500);
      }),
  );
}
