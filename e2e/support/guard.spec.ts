// Self-test of the guard (watchContext): each deliberate fault shows up in its report, each opt-out removes
// it. Every test watches a context of its own, so the test's own automatic guard stays clean.
import type { Browser, Page } from '@playwright/test';
import { expect, test, watchContext } from './fixtures';

async function watchedPage(browser: Browser, baseURL: string | undefined, { bypassCSP = false } = {}) {
  const context = await browser.newContext({ baseURL, bypassCSP });
  const watcher = await watchContext(context, baseURL);
  const page = await context.newPage();
  await page.goto('/');
  return { ...watcher, page, close: () => context.close() };
}

/** Load an image from `src` and resolve whether it failed. */
const imageFails = (page: Page, src: string) =>
  page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const img = document.createElement('img');
        img.onerror = () => resolve(true);
        img.onload = () => resolve(false);
        img.src = url;
        document.body.append(img);
      }),
    src,
  );

test.describe('watchContext(context, baseURL)', () => {
  test('report() is empty for a clean page', async ({ browser, baseURL }) => {
    const w = await watchedPage(browser, baseURL);
    try {
      await expect.poll(() => w.report()).toBe('');
      expect(w.guard.requests.some((r) => r.resourceType === 'document')).toBe(true);
    } finally {
      await w.close();
    }
  });

  test('report() lists console.error calls and uncaught errors', async ({ browser, baseURL }) => {
    const w = await watchedPage(browser, baseURL);
    try {
      await w.page.evaluate(() => {
        console.error('deliberate console error');
        setTimeout(() => {
          throw new Error('deliberate uncaught error');
        });
      });
      await expect.poll(() => w.report()).toContain('Console errors (2):');
      expect(w.report()).toContain('- deliberate console error');
      expect(w.report()).toContain('- uncaught Error: deliberate uncaught error');
    } finally {
      await w.close();
    }
  });

  test('report() lists a 404 and its console error; allowFailedRequests(pattern) removes both', async ({
    browser,
    baseURL,
  }) => {
    const w = await watchedPage(browser, baseURL);
    try {
      expect(await imageFails(w.page, '/missing-on-purpose.png')).toBe(true);
      await expect
        .poll(() => w.report())
        .toMatch(/Failed requests \(1\):\n {2}- 404 GET http:\/\/\S+\/missing-on-purpose\.png/);
      expect(w.report()).toMatch(/Console errors \(1\):\n {2}- Failed to load resource: .*404/);
      w.guard.allowFailedRequests('/missing-on-purpose.png');
      expect(w.report()).toBe('');
    } finally {
      await w.close();
    }
  });

  test('report() lists requests to another origin; allowOrigins(origin) removes them', async ({
    browser,
    baseURL,
  }) => {
    // The site's own policy (connect-src 'self') would refuse the request before it is made.
    const w = await watchedPage(browser, baseURL, { bypassCSP: true });
    try {
      // Port 9 on the loopback: another origin that Chromium refuses to contact, so nothing leaves the machine.
      await w.page.evaluate(() => fetch('http://127.0.0.1:9/x', { mode: 'no-cors' }).catch(() => undefined));
      w.guard.allowFailedRequests('http://127.0.0.1:9/');
      await expect
        .poll(() => w.report())
        .toMatch(
          /Requests outside http:\/\/127\.0\.0\.1:\d+ \(1\):\n {2}- GET http:\/\/127\.0\.0\.1:9\/x \(fetch, from http/,
        );
      w.guard.allowOrigins('http://127.0.0.1:9');
      expect(w.report()).toBe('');
    } finally {
      await w.close();
    }
  });

  test('report() lists an inline script the page policy refuses, under its own heading', async ({
    browser,
    baseURL,
  }) => {
    const w = await watchedPage(browser, baseURL);
    try {
      const ran = await w.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran, 'an injected inline script ran: the page has no script-src policy').toBe(false);
      await expect
        .poll(() => w.report())
        .toMatch(
          /^Content-Security-Policy violations \(1\):\n {2}- script-src-elem blocked inline on \/( |\n)/,
        );
      w.guard.allowConsoleErrors(/./);
      expect(w.report(), 'CSP violations have no opt-out').toContain(
        'Content-Security-Policy violations (1)',
      );
    } finally {
      await w.close();
    }
  });

  test('allowConsoleErrors(pattern) removes only the matching console errors', async ({
    browser,
    baseURL,
  }) => {
    const w = await watchedPage(browser, baseURL);
    try {
      await w.page.evaluate(() => {
        console.error('deliberate one');
        console.error('unexpected two');
      });
      await expect.poll(() => w.report()).toContain('Console errors (2):');
      w.guard.allowConsoleErrors(/^deliberate/);
      expect(w.report()).toBe('Console errors (1):\n  - unexpected two\n');
    } finally {
      await w.close();
    }
  });
});
