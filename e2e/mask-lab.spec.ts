// The mask lab: a typed expression becomes a mask and a block summary; errors name their column and keep the
// last mask (also from the URL); presets and sliders behave; a huge paste is refused.
import type { Page } from '@playwright/test';
import { maskLabParams } from '../components/widgets/MaskLab/params';
import { MASK_PRESETS } from '../components/widgets/MaskLab/presets';
import { blockMask } from '../lib/attention/blockMask';
import { maskFromExpression } from '../lib/attention/expression';
import { formatInteger, formatNumber } from '../lib/format';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/mask-lab/';
const ISSUE_EXAMPLE = 'abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv';

/** The counters the widget should show, computed here with the library. */
function expected(expr: string, n: number, B: number) {
  const built = maskFromExpression(expr, n);
  if (!built.ok) throw new Error(`${expr}: ${built.error.message}`);
  const b = blockMask(built.mask, B);
  const percent = (x: number) => formatNumber(x, { style: 'percent', digits: 3 });
  return {
    'allowed-pairs': formatInteger(b.nnz),
    density: percent(b.nnz / (n * n)),
    'blocks-full': formatInteger(b.full),
    'blocks-partial': formatInteger(b.partial),
    'blocks-empty': formatInteger(b.empty),
    'block-sparsity': percent(b.sparsity),
    'computed-fraction': percent(b.computedFraction),
  };
}

async function expectCounts(page: Page, expr: string, n: number, B: number) {
  for (const [id, text] of Object.entries(expected(expr, n, B))) {
    await expect(page.getByTestId(id), id).toHaveText(text);
  }
}

/** Opens the embed page and waits for hydration: the prerendered markup ignores input until React attaches. */
async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="mask-lab"][data-ready]')).toHaveCount(1);
}

const field = (page: Page) => page.getByRole('textbox', { name: 'Mask expression' });
const error = (page: Page) => page.getByTestId('expression-error');

test('typing an expression updates the mask and the counts', async ({ page }) => {
  await open(page);
  const defaultExpr = maskLabParams.expr.default;
  await expect(field(page)).toHaveValue(defaultExpr);
  await expectCounts(page, defaultExpr, 64, 8);
  await field(page).fill('');
  await field(page).pressSequentially(ISSUE_EXAMPLE, { delay: 5 });
  await expectCounts(page, ISSUE_EXAMPLE, 64, 8);
  await expect(error(page)).toHaveCount(0);
  await expect(field(page)).not.toHaveAttribute('aria-invalid', 'true');
  // Enter compiles at once, without waiting for the pause after typing.
  await field(page).fill('q / 16 == kv / 16');
  await field(page).press('Enter');
  await expectCounts(page, 'q / 16 == kv / 16', 64, 8);
  // n = 64 is drawn on a canvas; up to n = 32 every cell is an SVG rect.
  await expect(page.locator('[data-export] canvas')).toBeVisible();
  await page.getByRole('slider', { name: 'Sequence length n' }).focus();
  await page.keyboard.press('Home');
  await expectCounts(page, 'q / 16 == kv / 16', 4, 8);
  await expect(page.locator('[data-export] [data-renderer="svg"] rect')).toHaveCount(4 * 4);
});

test('an invalid expression names its column under the field and the last mask stays', async ({ page }) => {
  await open(page, `?expr=${encodeURIComponent('q >= kv')}`);
  await expectCounts(page, 'q >= kv', 64, 8);

  await field(page).fill('q >= kv &&');
  await expect(error(page)).toContainText(
    "column 11: expected an expression after '&&', but the expression ended",
  );
  await expect(error(page)).toContainText('The mask below is the last one that worked.');
  await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page)).toHaveAttribute('aria-describedby', /-msg/);
  // The excerpt marks the column with a caret line under the text.
  await expect(error(page).locator('pre')).toContainText('q >= kv &&');
  await expect(error(page).locator('pre')).toContainText('^');
  await expectCounts(page, 'q >= kv', 64, 8);

  await field(page).fill('q >= x');
  await expect(error(page)).toContainText("column 6: unknown name 'x' (use q, kv or n)");
  await expect(error(page).locator('mark')).toHaveText('x');
  await expectCounts(page, 'q >= kv', 64, 8);

  await field(page).fill('q && kv');
  await expect(error(page)).toContainText("column 3: '&&' needs conditions on both sides");

  // Escape restores the last expression that worked.
  await field(page).press('Escape');
  await expect(field(page)).toHaveValue('q >= kv');
  await expect(error(page)).toHaveCount(0);

  // Fixing the text removes the message and draws the new mask.
  await field(page).fill('q >= kv && q - kv < 5');
  await expect(error(page)).toHaveCount(0);
  await expectCounts(page, 'q >= kv && q - kv < 5', 64, 8);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('each preset fills the field and draws its mask', async ({ page }) => {
  await open(page);
  for (const preset of MASK_PRESETS) {
    const button = page.getByRole('button', { name: preset.label, exact: true });
    await button.click();
    await expect(field(page)).toHaveValue(preset.expr);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expectCounts(page, preset.expr, 64, 8);
  }
  // Editing the text releases the preset.
  await field(page).fill('q > kv');
  await expect(page.getByRole('button', { name: MASK_PRESETS.at(-1)?.label, exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the sliders answer the keyboard, including n large enough for the worker and B that does not divide n', async ({
  page,
}) => {
  await open(page, `?expr=${encodeURIComponent(ISSUE_EXAMPLE)}`);
  const n = page.getByRole('slider', { name: 'Sequence length n' });
  const B = page.getByRole('slider', { name: 'Block size B' });
  await n.focus();
  await page.keyboard.press('ArrowRight');
  await expectCounts(page, ISSUE_EXAMPLE, 65, 8);
  await page.keyboard.press('Shift+ArrowRight');
  await expectCounts(page, ISSUE_EXAMPLE, 75, 8);
  await B.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectCounts(page, ISSUE_EXAMPLE, 75, 10); // 75 = 7·10 + 5: the last tiles are narrower
  await n.focus();
  await page.keyboard.press('End');
  await expect(n).toHaveValue('1024');
  await expectCounts(page, ISSUE_EXAMPLE, 1024, 10);
  await expect(page.locator('[data-export] canvas')).toBeVisible();
  await B.focus();
  await page.keyboard.press('End');
  await expectCounts(page, ISSUE_EXAMPLE, 1024, 128);
  await page.keyboard.press('Home');
  await expectCounts(page, ISSUE_EXAMPLE, 1024, 1);
});

test('a bad expression from the URL shows its error and no mask; writing a condition draws it', async ({
  page,
}) => {
  await open(page, `?expr=${encodeURIComponent('q >=')}`);
  await expect(error(page)).toContainText("column 5: expected an expression after '>='");
  await expect(error(page)).toContainText('There is no mask to draw yet.');
  await expect(page.getByTestId('allowed-pairs')).toHaveText('—');
  await expect(page.locator('body')).not.toContainText('NaN');
  // Writing a condition draws it.
  await field(page).fill('q >= kv');
  await expectCounts(page, 'q >= kv', 64, 8);
});

test('a 10,000-character paste is refused with a message and the page stays responsive', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, `?expr=${encodeURIComponent('q >= kv')}`);
  await expectCounts(page, 'q >= kv', 64, 8);
  const huge = 'q >= kv && '.repeat(1000).slice(0, 10_000);
  await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
  await field(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(field(page)).toHaveValue(huge);
  await expect(error(page)).toContainText(
    'column 501: the expression is 10,000 characters long; at most 500 are allowed',
  );
  await expect(page.getByText('10,000/500')).toBeVisible();
  await expectCounts(page, 'q >= kv', 64, 8);
  // Still answering: the slider moves the (last good) mask, and Escape restores the text.
  await page.getByRole('slider', { name: 'Sequence length n' }).focus();
  await page.keyboard.press('ArrowRight');
  await expectCounts(page, 'q >= kv', 65, 8);
  await field(page).press('Escape');
  await expect(field(page)).toHaveValue('q >= kv');
  await expect(error(page)).toHaveCount(0);
});
