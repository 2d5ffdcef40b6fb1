// The smoothed-count widget: every number in its table is lib/smoothing's forgettingForms at the chosen F, γ
// and N, after keys, clicks and typed input; the post's two values are one click away; bad input gets a
// message; small N and γ > N are explained instead of crashing (the URL mechanism itself:
// components/figure/catalog.test.ts and widgets.spec.ts).
import type { Page } from '@playwright/test';
import { sliderScale } from '../components/controls/scale';
import { smoothedCountParams } from '../components/widgets/SmoothedCount/params';
import { FORGETTING_FORMS, forgettingForms } from '../lib/smoothing';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/smoothed-count/';
const widget = (page: Page) => page.locator('[data-widget="smoothed-count"]');
const row = (page: Page, form: string) => widget(page).locator(`tr[data-form="${form}"]`);
const shown = async (page: Page, form: string, col: 'value' | 'error') =>
  Number(await row(page, form).locator(`[data-col="${col}"]`).getAttribute('data-value'));

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="smoothed-count"][data-ready]')).toHaveCount(1);
}

/** Every form's F̂ and error in the table equal forgettingForms(F, N, γ, 4). */
async function expectTable(page: Page, F: number, N: number, gamma: number) {
  const want = forgettingForms(F, N, gamma, 4);
  for (const form of FORGETTING_FORMS) {
    const value = want.value[form];
    if (Number.isFinite(value)) {
      await expect(row(page, form).locator('[data-col="value"]')).toHaveAttribute(
        'data-value',
        String(value),
      );
      expect(await shown(page, form, 'error'), `${form} − limit`).toBe(want.error[form]);
    } else {
      await expect(row(page, form).locator('[data-col="value"]')).toHaveAttribute('data-value', '');
    }
  }
}

test('the post’s values, γ from the keyboard, the typed F and its messages, and the typo toggle', async ({
  page,
}) => {
  await open(page);
  await expectTable(page, 1, 1e6, 1);
  await expect(widget(page).getByTestId('post-check')).toContainText('1.58198');
  await expect(widget(page).getByTestId('zero-limit')).toHaveText('1');
  // The series errs like F⁻³ over the top decade, the post's printed form only like F⁻¹.
  const slope = async (form: string) =>
    Number((await widget(page).locator(`[data-slope="${form}"]`).textContent())?.replace('−', '-'));
  expect(await slope('series')).toBeCloseTo(-3, 1);
  expect(await slope('printed')).toBeCloseTo(-1, 1);
  expect(await slope('addHalf')).toBeCloseTo(-1, 1);

  // The post's second example in one click: γ = 1, F = 10 → 10.50833, the exact form within 10⁻⁵.
  await widget(page).getByRole('button', { name: 'F = 10 → 10.50833' }).click();
  await expectTable(page, 10, 1e6, 1);
  await expect(widget(page).getByTestId('post-check')).toContainText('10.50833');
  expect(Math.abs(await shown(page, 'exact', 'error'))).toBeLessThan(1e-5);

  // One notch of γ up from the keyboard: the table and F̂(0) follow lib at the slider's value.
  const scale = sliderScale(smoothedCountParams.gamma);
  const gamma = scale.toValue(scale.toPosition(1) + scale.step);
  const slider = widget(page).getByRole('slider', { name: 'Pseudo-count γ' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expectTable(page, 10, 1e6, gamma);
  await expect(widget(page).getByTestId('zero-limit')).toHaveText(String(gamma));
  await expect(widget(page).getByTestId('post-check')).toHaveCount(0);

  // Typed counts: bad text and counts outside [0, N] get a message and change nothing; 0 is F̂(0) = γ.
  const input = widget(page).getByRole('textbox', { name: 'Count F for the table' });
  for (const [text, message] of [
    ['abc', '“abc” is not a number'],
    ['-1', 'must be at least 0'],
    ['2e6', 'must be at most 1000000'],
  ]) {
    await input.fill(text);
    await input.press('Enter');
    await expect(widget(page).getByRole('alert')).toContainText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expectTable(page, 10, 1e6, gamma);
  }
  await input.fill('0');
  await input.press('Enter');
  await expect(widget(page).getByRole('alert')).toHaveCount(0);
  await expectTable(page, 0, 1e6, gamma);
  await expect(row(page, 'series').locator('[data-col="value"]')).toHaveText('— (no value at F = 0)');

  // The post's printed form is a labelled, switchable curve family in both plots.
  const legend = widget(page).getByRole('list', { name: 'Legend of both plots' });
  await expect(legend).toContainText('as printed in the post');
  await expect(widget(page).locator('[data-series="printed"], [data-series="error-printed"]')).toHaveCount(2);
  await widget(page).getByRole('switch', { name: 'As printed in the post' }).press('Space');
  await expect(widget(page).locator('[data-series="printed"], [data-series="error-printed"]')).toHaveCount(0);
  await expect(legend).not.toContainText('as printed in the post');
});

test('small N: the exact form departs from the limit, the plots stop at N, and γ > N is explained', async ({
  page,
}) => {
  await open(page, '?N=10&F=5');
  await expectTable(page, 5, 10, 1);
  await expect(widget(page).getByTestId('range-message')).toContainText('F = N = 10');
  await expect(widget(page).getByTestId('small-n')).toContainText('At N = 10 the exact form differs');
  await expect(widget(page).locator('[data-series="exact"] path')).toHaveCount(1);
  await expect(widget(page).locator('[data-series="error-exact"] path')).toHaveCount(1);

  // The pointer: hovering lists the forms at that count; a click puts the count in the table.
  const plot = widget(page).locator('[data-export] svg');
  const box = await plot.boundingBox();
  if (!box) throw new Error('the F̂ plot has no box');
  await plot.hover({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(widget(page).getByTestId('hover-value')).toContainText('limit');
  await plot.click({ position: { x: box.width / 2, y: box.height / 2 } });
  const input = widget(page).getByRole('textbox', { name: 'Count F for the table' });
  await expect(input).not.toHaveValue('5');
  const picked = Number(await input.inputValue());
  expect(picked).toBeGreaterThan(0.01);
  expect(picked).toBeLessThan(10);
  await expectTable(page, picked, 10, 1);

  // γ up to 100 > N with End: a message, no exact curve, the exact row says why; nothing reads NaN.
  const slider = widget(page).getByRole('slider', { name: 'Pseudo-count γ' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(widget(page).getByTestId('gamma-message')).toContainText('γ = 100 exceeds N = 10');
  await expect(widget(page).locator('[data-series="exact"]')).toHaveCount(0);
  await expect(row(page, 'exact').locator('[data-col="value"]')).toHaveText('— (γ > N)');
  await expectTable(page, picked, 10, 100);
  await expect(widget(page)).not.toContainText('NaN');
});
