// The image-compress widget shows lib's numbers: the image, its SVD and every rank-k quantity are recomputed
// here with lib/ (sceneImage, svd, lowRankFromSvd, relativeErrorCurve) and compared with the page, after keys,
// clicks, the image menu and URLs.
import type { Page } from '@playwright/test';
import { IMAGE_SIZE } from '../components/widgets/ImageCompress/params';
import { formatInteger, formatNumber } from '../lib/format';
import { type ImageScene, sceneImage } from '../lib/images';
import { frobeniusNorm, lowRankFromSvd, relativeErrorCurve, sub, svd } from '../lib/linalg';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/image-compress/';
const pct = (v: number) => formatNumber(v, { style: 'percent', digits: 4 });
/** The widget's wording for a relative error that is rounding noise. */
const pctError = (v: number) => (v < 1e-12 ? '0% (to rounding)' : pct(v));
const fmt4 = (v: number) => formatNumber(v, { style: 'fixed', digits: 4 });

const cache = new Map<ImageScene, { A: ReturnType<typeof sceneImage>; f: ReturnType<typeof svd> }>();
function lib(scene: ImageScene) {
  let hit = cache.get(scene);
  if (!hit) {
    const A = sceneImage(scene, IMAGE_SIZE);
    hit = { A, f: svd(A) };
    cache.set(scene, hit);
  }
  return hit;
}

function expected(scene: ImageScene, k: number) {
  const { A, f } = lib(scene);
  const Ak = lowRankFromSvd(f, k);
  const E = sub(A, Ak);
  const numbers = k * (2 * IMAGE_SIZE + 1);
  const bytes = 4 * numbers;
  const raw = IMAGE_SIZE * IMAGE_SIZE;
  return {
    A,
    f,
    Ak,
    E,
    relPixels: frobeniusNorm(E) / frobeniusNorm(A),
    relSpectrum: relativeErrorCurve(f.S)[k],
    numbers,
    bytes,
    raw,
  };
}

async function ready(page: Page) {
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('svd-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
}

async function expectNumbers(page: Page, scene: ImageScene, k: number) {
  const e = expected(scene, k);
  await expect(page.getByRole('slider', { name: 'Rank k', exact: true })).toHaveValue(String(k));
  await expect(page.getByTestId('rel-pixels')).toHaveText(pctError(e.relPixels));
  await expect(page.getByTestId('rel-spectrum')).toHaveText(pct(e.relSpectrum));
  await expect(page.getByTestId('numbers')).toHaveText(`${k}·(256 + 256 + 1) = ${formatInteger(e.numbers)}`);
  await expect(page.getByTestId('bytes')).toContainText(
    `${formatInteger(e.bytes)} vs ${formatInteger(e.raw)}`,
  );
  await expect(page.getByTestId('error-curve').locator('[data-k]')).toHaveAttribute('data-k', String(k));
  await expect(page.getByTestId('spectrum').locator('[data-kept]')).toHaveCount(k);
  return e;
}

/** Points at pixel (i, j) of a picture and returns the readout. */
async function readPixel(page: Page, view: 'original' | 'approx' | 'error', i: number, j: number) {
  const canvas = page.getByTestId(view);
  // The picture fills its plot (no margins); Playwright positions are relative to the plot's padding box.
  const { w, h } = await canvas.evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
  await canvas.hover({ position: { x: ((j + 0.5) / IMAGE_SIZE) * w, y: ((i + 0.5) / IMAGE_SIZE) * h } });
  return page.getByTestId('hover-readout');
}

test('the default view (shapes, k = 16) shows lib’s relative error, bytes, spectrum and pixels', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const e = await expectNumbers(page, 'shapes', 16);
  await expect(page.getByTestId('bytes')).toHaveText('32,832 vs 65,536 (saves 32,704, 49.9%)');
  const shownS = await page
    .getByTestId('spectrum')
    .locator('[data-sigma]')
    .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-value'))));
  expect(shownS).toHaveLength(IMAGE_SIZE);
  for (let i = 0; i < 20; i++) expect(Math.abs(shownS[i] - e.f.S[i])).toBeLessThan(1e-9 * e.f.S[0]);
  // A pixel on the tilted square's edge, where rank 16 blurs.
  const readout = await readPixel(page, 'approx', 60, 60);
  const q = 60 * IMAGE_SIZE + 60;
  await expect(readout).toHaveText(
    `Pixel (row 61, column 61): original ${fmt4(e.A.data[q])}, rank 16 ${fmt4(e.Ak.data[q])}, error ${fmt4(e.E.data[q])}`,
  );
  await expect(page.locator('[data-widget="image-compress"] [data-export]')).toHaveAttribute(
    'data-testid',
    'approx',
  );
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the rank slider answers the keyboard within the same image: ArrowLeft, End, Home', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const slider = page.getByRole('slider', { name: 'Rank k', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expectNumbers(page, 'shapes', 15);
  await page.keyboard.press('End');
  await expectNumbers(page, 'shapes', 256);
  await expect(page.getByTestId('rel-spectrum')).toHaveText('0%');
  await expect(page.getByTestId('bytes')).toContainText(`(${formatInteger(4 * 256 * 513 - 65536)} more)`);
  await page.keyboard.press('Home');
  await expectNumbers(page, 'shapes', 0);
  await expect(page.getByTestId('rel-pixels')).toHaveText('100%');
  await expect(page.getByTestId('svd-status')).toHaveAttribute('data-status', 'done');
});

test('another image is decomposed in the worker and its numbers follow; clicking the error curve picks k', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  await page.getByLabel('Image', { exact: true }).selectOption('smooth');
  await ready(page);
  const e = await expectNumbers(page, 'smooth', 16);
  expect(e.relSpectrum).toBeLessThan(expected('shapes', 16).relSpectrum);
  const curve = page.getByTestId('error-curve');
  const box = await curve.boundingBox();
  if (!box) throw new Error('no plot');
  // The plot's x axis runs from its left margin (44 px) to its right margin (12 px), in SVG units.
  const svgWidth = Number(await curve.locator('svg').getAttribute('width'));
  const xFor = (k: number) => ((44 + (k / 256) * (svgWidth - 56)) / svgWidth) * box.width;
  await curve.click({ position: { x: xFor(12), y: box.height / 2 } });
  await expectNumbers(page, 'smooth', 12);
});
