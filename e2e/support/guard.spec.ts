// Self-test of the guard fixture: each deliberate fault must fail its test (test.fail() turns that into a
// pass, and an unexpected pass into a failure), and each opt-out must let its fault through.
import { expect, test } from './fixtures';

test.describe('guard', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('the guard fails a test whose page logs console.error', async ({ page }) => {
    test.fail();
    await page.evaluate(() => console.error('deliberate console error'));
  });

  test('the guard fails a test whose page throws an uncaught error', async ({ page }) => {
    test.fail();
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate uncaught error');
      });
    });
    await page.waitForTimeout(100);
  });

  test('the guard fails a test whose page requests another origin', async ({ page, guard }) => {
    test.fail();
    // Port 9 on the loopback: another origin that Chromium refuses to contact, so nothing leaves the machine.
    // Its failure is allowed, so only the origin rule can fail this test.
    guard.allowFailedRequests('http://127.0.0.1:9/');
    await page.evaluate(() => fetch('http://127.0.0.1:9/x', { mode: 'no-cors' }).catch(() => undefined));
  });

  test('the guard fails a test whose page loads a missing file (404)', async ({ page }) => {
    test.fail();
    await page.evaluate(() => fetch('/missing-on-purpose.json').then(() => undefined));
  });

  test('allowFailedRequests(pattern) lets a deliberate 404 and its console error through', async ({
    page,
    guard,
  }) => {
    guard.allowFailedRequests('/missing-on-purpose.png');
    const failed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const img = document.createElement('img');
          img.onerror = () => resolve(true);
          img.onload = () => resolve(false);
          img.src = '/missing-on-purpose.png';
          document.body.append(img);
        }),
    );
    expect(failed).toBe(true);
  });

  test('allowConsoleErrors(pattern) lets matching console errors through', async ({ page, guard }) => {
    guard.allowConsoleErrors(/^deliberate/);
    await page.evaluate(() => console.error('deliberate console error'));
    expect(guard.requests.some((r) => r.resourceType === 'document')).toBe(true);
  });

  test('allowOrigins(origin) lets requests to that origin through', async ({ page, guard }) => {
    guard.allowOrigins('http://127.0.0.1:9');
    guard.allowFailedRequests('http://127.0.0.1:9/');
    await page.evaluate(() => fetch('http://127.0.0.1:9/x', { mode: 'no-cors' }).catch(() => undefined));
    expect(guard.requests.map((r) => r.url)).toContain('http://127.0.0.1:9/x');
  });
});
