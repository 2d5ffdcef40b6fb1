// Widgets answer input, keep their state in the URL, survive bad input, share and export what they show.
import { readFile } from 'node:fs/promises';
import { expectedNnz } from '../lib/attention/counts';
import { expect, test } from './support/fixtures';

const ARTICLE = '/articles/sparse-attention/';
const figure = (page: import('@playwright/test').Page) => page.locator('#fig-mask');
const pairs = (page: import('@playwright/test').Page) => figure(page).getByTestId('allowed-pairs');

test('the mask widget answers its sliders from the keyboard', async ({ page }) => {
  await page.goto(`${ARTICLE}#fig-mask`);
  await expect(pairs(page)).toHaveText('148'); // the post's n = 16, k = 4 sparse count
  const n = figure(page).getByRole('slider', { name: 'Sequence length n' });
  await n.focus();
  await page.keyboard.press('ArrowRight');
  await expect(pairs(page)).toHaveText(String(expectedNnz('sparse', 17, { k: 4 })));
  await page.keyboard.press('Shift+ArrowRight');
  await expect(pairs(page)).toHaveText(String(expectedNnz('sparse', 27, { k: 4 })));
  // The figure is bound to the article's n: the prose follows.
  await expect(page.locator('.live-var[data-var="full"]').first()).toHaveText(String(27 * 27));
});

test('URL state round-trips: parameters load from the query and changes are written back', async ({
  page,
}) => {
  await page.goto(`${ARTICLE}?mask.n=32&mask.pattern=local&mask.k=2#fig-mask`);
  await expect(figure(page).getByLabel('Pattern')).toHaveValue('local');
  await expect(pairs(page)).toHaveText(String(32 * 5 - 6));
  const historyLength = await page.evaluate(() => history.length);
  const k = figure(page).getByRole('slider', { name: 'Window / stride k' });
  await k.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(pairs(page)).toHaveText(String(expectedNnz('local', 32, { k: 7 })));
  await expect.poll(() => new URL(page.url()).searchParams.get('mask.k')).toBe('7');
  expect(new URL(page.url()).searchParams.get('mask.n')).toBe('32');
  expect(new URL(page.url()).hash).toBe('#fig-mask');
  // replaceState, not pushState: dragging a slider never floods the history.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  // Reloading the written URL restores the same state.
  await page.reload();
  await expect(pairs(page)).toHaveText(String(expectedNnz('local', 32, { k: 7 })));
});

test('bad URL parameters show a notice and fall back to defaults or clamp', async ({ page }) => {
  await page.goto(`${ARTICLE}?mask.n=abc&mask.pattern=banana&mask.k=999&mask.causal=maybe#fig-mask`);
  const notice = figure(page).locator('[data-url-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('pattern: “banana” is not one of');
  await expect(notice).toContainText('k: “999” is above 64; using 64');
  await expect(notice).toContainText('n: “abc” is not a number');
  await expect(figure(page).getByLabel('Pattern')).toHaveValue('sparse');
  await expect(pairs(page)).toHaveText(String(expectedNnz('sparse', 16, { k: 64 })));
  // (The prose may mention NaN; the widget must never show it.)
  await expect(figure(page)).not.toContainText('NaN');
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toBeHidden();
});

test('an embed page reads plain query parameters', async ({ page }) => {
  await page.goto('/embed/attention-mask/?pattern=atrous&n=16&k=4');
  await expect(page.getByTestId('allowed-pairs')).toHaveText('64');
  await expect(page.locator('[data-widget="attention-mask"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /From standard to sparse attention/ })).toHaveAttribute(
    'href',
    '/articles/sparse-attention/#fig-mask',
  );
  // It reads its query but never writes it: the address belongs to the page that embeds it.
  await page.getByRole('slider', { name: 'Window / stride k' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('allowed-pairs')).toHaveText(String(expectedNnz('atrous', 16, { k: 5 })));
  expect(new URL(page.url()).search).toBe('?pattern=atrous&n=16&k=4');
});

test('large masks are built in the worker and counted exactly', async ({ page }) => {
  await page.goto('/embed/attention-mask/?n=2048&k=45&pattern=sparse');
  await expect(page.getByTestId('allowed-pairs')).toHaveText(
    expectedNnz('sparse', 2048, { k: 45 }).toLocaleString('en-US'),
  );
  await expect(page.locator('[data-export] canvas')).toBeVisible();
});

test('the draggable number works by keyboard and drives the figure', async ({ page }) => {
  await page.goto(ARTICLE);
  const k = page.locator('.live-draggable[data-var="k"] [role="slider"]').first();
  await expect(k).toHaveAttribute('aria-valuenow', '4');
  await k.focus();
  await page.keyboard.press('ArrowRight');
  await expect(k).toHaveAttribute('aria-valuenow', '5');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(k).toHaveAttribute('aria-valuenow', '15');
  await page.keyboard.press('Home');
  await expect(k).toHaveAttribute('aria-valuenow', '1');
  await page.keyboard.press('End');
  await expect(k).toHaveAttribute('aria-valuenow', '64');
  await page.keyboard.press('ArrowLeft');
  await expect(k).toHaveAttribute('aria-valuenow', '63');
  // Prose values and the live equation follow (k ≥ n: the local band covers all 256 pairs).
  await expect(page.locator('.live-var[data-var="strided"]').first()).toHaveText(
    String(expectedNnz('strided', 16, { k: 63 })),
  );
  await expect(page.locator('.live-equation').first()).toContainText(
    String(expectedNnz('local', 16, { k: 63 })),
  );
  await figure(page).scrollIntoViewIfNeeded();
  await expect(figure(page).getByRole('slider', { name: 'Window / stride k' })).toHaveValue('63');
});

test('a widget that throws is contained by its error card and can be reset', async ({ page, guard }) => {
  guard.allowConsoleErrors('Deliberate failure');
  await page.goto('/test/');
  // The test bench is server-rendered: wait until both widgets have hydrated before clicking.
  await expect(page.locator('[data-widget="crash-test"][data-ready]')).toHaveCount(1);
  await expect(page.locator('[data-testid="mask-frame"] [data-widget][data-ready]')).toHaveCount(1);
  const crash = page.getByTestId('crash-frame');
  await crash.getByRole('button', { name: 'Break this widget' }).click();
  const card = crash.locator('[data-error-card]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Deliberate failure for the error-boundary test');
  // The page and the widget beside it keep working.
  const other = page.getByTestId('mask-frame');
  await other.getByRole('slider', { name: 'Window / stride k' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(other.getByTestId('allowed-pairs')).toHaveText(String(expectedNnz('sparse', 16, { k: 3 })));
  await card.getByRole('button', { name: 'Reset widget' }).click();
  await expect(crash.getByRole('button', { name: 'Break this widget' })).toBeVisible();
});

test('the figure menu shares a link, gives an embed snippet and exports data and pictures', async ({
  page,
}) => {
  await page.goto(`${ARTICLE}?mask.n=12&mask.pattern=atrous#fig-mask`);
  const menu = figure(page).getByRole('button', { name: /Share, embed or download Figure \d+/ });
  await menu.click();
  await page.getByRole('button', { name: 'Share link' }).click();
  const share = new URL(await page.locator('[data-share-url]').inputValue());
  expect(share.pathname).toBe(ARTICLE);
  expect(share.searchParams.get('mask.n')).toBe('12');
  expect(share.searchParams.get('mask.pattern')).toBe('atrous');
  expect(share.hash).toBe('#fig-mask');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const snippet = await page.locator('[data-embed-snippet]').inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/attention-mask\/\?pattern=atrous&n=12"/,
  );
  expect(snippet).toContain('/embed.js');

  await page.getByRole('button', { name: 'Back' }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
  expect(lines).toHaveLength(12);
  expect(lines[0]).toBe('1,0,0,0,1,0,0,0,1,0,0,0');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const text = await readFile(await svg.path(), 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text.match(/<rect/g)?.length ?? 0).toBeGreaterThan(144);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Share link' })).toBeHidden();
});

test('the theme toggle switches and remembers dark mode', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  const after = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(after).not.toBe(before);
  await page.goto('/about/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(after);
});
