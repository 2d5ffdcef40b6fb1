// Every page of the sitemap in one load each: it loads at phone width (360 px), every figure the article's
// MDX declares (and an embed page's widget) mounts its widget without an error card, the page is clean (no
// console errors, failed or off-origin requests: see support/fixtures.ts), typesets its math, has a title and
// one h1, and at phone width, widened to desktop and narrowed back, nothing sticks out sideways and nothing
// is cut off without a way to scroll to it; axe audits it at desktop (and, at phone width, that every
// scrolling box can be reached by keyboard); an embed page at the oEmbed width fits the height its oEmbed
// file declares. Every test fails on a Content-Security-Policy violation (support/fixtures.ts), and every
// exported HTML file carries its policy. With SCREENSHOTS=1 it also leaves full-page screenshots in
// e2e/screenshots/ to look at.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { getWidgetMeta } from '../components/figure/catalog';
import { OEMBED_WIDTH } from '../components/figure/embedSnippet';
import { readCsp, withCsp } from '../scripts/csp.mjs';
import { listHtml } from '../scripts/size.mjs';
import { expect, formatAxe, runAxe, test } from './support/fixtures';
import {
  type DrawnHeight,
  drawnHeights,
  HEIGHTS_FILE,
  MAX_BLANK,
  recordHeights,
  reserveProblems,
  type SizeClass,
  UPDATE_HEIGHTS,
} from './support/heights';
import {
  articleFigures,
  clippedContent,
  embedWidgetId,
  horizontalOverflow,
  layoutShift,
  mountWidgets,
  OUT_DIR,
  resizeViewport,
  SCREENSHOTS,
  screenshotPath,
  settledHeight,
  sitemap,
  VIEWPORTS,
} from './support/site';

const paths = sitemap();

if (paths instanceof Error) {
  test(`${OUT_DIR}/sitemap.xml can be read`, () => {
    throw paths;
  });
} else {
  test.describe('sitemap', () => {
    test('sitemap.xml lists the home, about, article and every embed page of the gallery, and not /test/', async ({
      page,
    }) => {
      expect(paths).toContain('/');
      expect(paths).toContain('/about/');
      expect(paths.filter((p) => /^\/articles\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
      expect(paths).not.toContain('/test/');

      await page.goto('/embed/');
      const hrefs = await page
        .locator('[data-embed-link]')
        .evaluateAll((links) => links.map((a) => (a.closest('a') ?? a).getAttribute('href') ?? ''));
      const linked = [...new Set(hrefs.map((href) => new URL(href, page.url()).pathname))];
      expect(linked.length, 'the /embed/ gallery links no widget ([data-embed-link])').toBeGreaterThan(0);
      for (const pathname of linked) {
        expect(embedWidgetId(pathname), `${pathname} is not an /embed/<id>/ path`).not.toBeNull();
        expect(paths, `the sitemap lacks ${pathname}, linked from /embed/`).toContain(pathname);
      }
    });
  });

  test(`every HTML file of ${OUT_DIR}/ starts its <head> with a Content-Security-Policy that hashes its inline scripts`, () => {
    const files = listHtml(OUT_DIR);
    expect(files.length, `HTML files in ${OUT_DIR}/`).toBeGreaterThan(0);
    const wrong = files.filter((file) => {
      const html = readFileSync(path.join(OUT_DIR, file), 'utf8');
      // withCsp leaves a page unchanged only if its one policy is first in <head> and lists every inline script.
      return readCsp(html).length !== 1 || withCsp(html) !== html;
    });
    expect(wrong, 'pages without their policy (npm run build runs scripts/csp.mjs after next build)').toEqual(
      [],
    );
  });

  /** What must hold at every width: nothing sticks out of the viewport, nothing is cut off. */
  const expectFits = async (page: Page, at: string) => {
    expect(await horizontalOverflow(page), `elements wider than the viewport (${at})`).toEqual([]);
    expect(await clippedContent(page), `content cut off without a scroll box (${at})`).toEqual([]);
  };

  /**
   * The widgets' heights at `size` against their reserved boxes (support/heights.ts), once nothing on the page
   * computes; with UPDATE_HEIGHTS=1, written to the table instead.
   */
  const checkHeights = async (page: Page, size: SizeClass) => {
    await settledHeight(page, { quietMs: 300 });
    const heights: DrawnHeight[] = await drawnHeights(page);
    if (UPDATE_HEIGHTS) await recordHeights(heights, size);
    else
      expect(
        reserveProblems(heights, size),
        `reserved heights (${HEIGHTS_FILE}; UPDATE_HEIGHTS=1 npm run test:e2e -- e2e/pages.spec.ts rewrites them)`,
      ).toEqual([]);
  };

  test.describe('every page', () => {
    test.use({ viewport: VIEWPORTS.phone });

    for (const pathname of paths) {
      test(`${pathname} loads cleanly with its widgets, math, a title and one heading, and fits phone and desktop`, async ({
        page,
      }) => {
        // An article mounts every widget and is audited by axe with thousands of SVG marks on it: give it
        // the slow-test allowance (3× the timeout).
        test.slow();
        const response = await page.goto(pathname);
        expect(response?.status(), `status of ${pathname}`).toBe(200);
        const widgets = await mountWidgets(page);
        // Screenshot first, so that a failing page still leaves a picture to look at.
        if (SCREENSHOTS) await page.screenshot({ path: screenshotPath(pathname, 'phone'), fullPage: true });

        const figures = articleFigures(pathname);
        const embedded = embedWidgetId(pathname);
        const expected = figures
          ? figures.map((f) => ({ figure: f.id, widget: f.widget }))
          : embedded
            ? [{ figure: null, widget: embedded }]
            : widgets.map(({ figure, widget }) => ({ figure, widget }));
        expect(widgets, 'the widgets the page should show, each mounted and ready').toEqual(
          expected.map((w) => ({ ...w, ready: true, error: false })),
        );

        if (figures) {
          // Prose that content-visibility skipped at load is all drawn once the browser idles (DrawProse;
          // mountWidgets waited for it).
          const undrawn = await page
            .locator('.article-body > *')
            .evaluateAll(
              (els) => els.filter((el) => getComputedStyle(el).contentVisibility === 'auto').length,
            );
          expect(undrawn, 'parts of the prose still skipped after load').toBe(0);
        }

        expect((await page.title()).trim(), 'document.title').not.toBe('');
        const h1 = await page.locator('h1').count();
        if (embedded) expect(h1, 'number of <h1> on an embed page').toBeLessThanOrEqual(1);
        else expect(h1, 'number of <h1>').toBe(1);

        const katexErrors = await page
          .locator('.katex-error')
          .evaluateAll((els) => els.map((e) => e.textContent));
        expect(katexErrors, 'KaTeX could not typeset these').toEqual([]);

        // Each widget's box holds the height it draws from the first paint, so nothing moved while the page
        // loaded and each widget was scrolled into view (shifts are summed, stricter than CLS's worst window).
        await checkHeights(page, 'phone');
        if (!UPDATE_HEIGHTS) {
          const shift = await layoutShift(page);
          expect(
            shift.score,
            `layout shift at ${VIEWPORTS.phone.width} px; largest:\n${shift.sources.join('\n')}`,
          ).toBeLessThan(0.05);
        }
        await expectFits(page, `loaded at ${VIEWPORTS.phone.width} px`);
        const unreachable = await runAxe(page, { rules: ['scrollable-region-focusable'] });
        expect(unreachable.length, `scroll boxes a keyboard cannot reach:\n${formatAxe(unreachable)}`).toBe(
          0,
        );

        await resizeViewport(page, VIEWPORTS.desktop);
        if (SCREENSHOTS) await page.screenshot({ path: screenshotPath(pathname, 'desktop'), fullPage: true });
        await expectFits(page, `widened to ${VIEWPORTS.desktop.width} px`);
        if (!embedded) await checkHeights(page, 'desktop');
        const violations = await runAxe(page);
        expect(violations.length, `axe found serious or critical problems:\n${formatAxe(violations)}`).toBe(
          0,
        );

        // The height an oEmbed consumer gives the iframe (without embed.js) must show the whole widget, with
        // no tall blank band below it.
        if (embedded) {
          await resizeViewport(page, { width: OEMBED_WIDTH, height: VIEWPORTS.desktop.height });
          const declared = getWidgetMeta(embedded)?.embedHeight ?? 0;
          const drawn = await settledHeight(page);
          await checkHeights(page, 'desktop');
          const message = `/embed/${embedded}/ at ${OEMBED_WIDTH} px is ${drawn} px tall; its embedHeight in components/figure/catalog.ts is ${declared}`;
          expect(drawn, message).toBeLessThanOrEqual(declared);
          expect(declared - drawn, message).toBeLessThanOrEqual(MAX_BLANK);
        }

        // Widgets laid out at a wider width must follow the window when it narrows again.
        await resizeViewport(page, VIEWPORTS.phone);
        await expectFits(page, `narrowed back to ${VIEWPORTS.phone.width} px`);
      });
    }
  });

  const article = paths.find((p) => /^\/articles\/[^/]+\/$/.test(p));
  for (const scheme of ['dark', 'light'] as const) {
    test.describe(`prefers-color-scheme: ${scheme}`, () => {
      test.use({ colorScheme: scheme });

      test(`${article ?? 'an article page'} sets html[data-theme] to match before the first paint`, async ({
        page,
      }) => {
        expect(article, 'the sitemap lists no article').toMatch(/^\/articles\/[^/]+\/$/);
        // Chromium runs no animation frame before the head's scripts have run and the body has started, so
        // the theme seen by the first frame callback is the theme of the first paint.
        await page.addInitScript(() => {
          const w = window as unknown as { __themeAtFirstFrame?: string | null };
          requestAnimationFrame(() => {
            w.__themeAtFirstFrame = document.documentElement.getAttribute('data-theme');
          });
        });
        await page.goto(article ?? '/');
        const theme = await page.evaluate(() => document.documentElement.dataset.theme);
        const firstFrame = await page.evaluate(
          () => (window as unknown as { __themeAtFirstFrame?: string | null }).__themeAtFirstFrame,
        );
        if (scheme === 'dark') {
          expect(theme, 'data-theme after load').toBe('dark');
          expect(firstFrame, 'data-theme at the first frame').toBe('dark');
        } else {
          expect(theme, 'data-theme after load').not.toBe('dark');
          expect(firstFrame, 'data-theme at the first frame').not.toBe('dark');
        }
      });
    });
  }
}
