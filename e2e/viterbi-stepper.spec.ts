// The viterbi-stepper widget steps through lib's viterbiTrace: every DP cell, backpointer, counter and the
// traced path shown are compared with lib computed here on the same lattice (components/.../presets.ts).
import type { Page } from '@playwright/test';
import { stepperLattice } from '../components/widgets/ViterbiStepper/presets';
import { viterbiTrace } from '../lib/viterbi';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/viterbi-stepper/';

async function ready(page: Page) {
  await expect(page.locator('[data-widget="viterbi-stepper"][data-ready]')).toHaveCount(1);
}

/** Filled DP cells: "t-k" → [score, back]. */
async function cells(page: Page): Promise<Record<string, [number, number]>> {
  return page
    .getByTestId('dp')
    .locator('td[data-score]')
    .evaluateAll((tds) =>
      Object.fromEntries(
        tds.map((td) => [
          td.getAttribute('data-cell'),
          [Number(td.getAttribute('data-score')), Number(td.getAttribute('data-back'))],
        ]),
      ),
    );
}

function expected(preset: Parameters<typeof stepperLattice>[0], seed = 1, n = 6, l = 3) {
  const s = stepperLattice(preset, seed, n, l);
  return { ...s, trace: viterbiTrace(s.lattice, s.logTransition) };
}

async function expectFilled(page: Page, want: ReturnType<typeof expected>, filled: number) {
  // The table follows a step in a deferred render: read it once the widget has caught up.
  await widgetsSettled(page);
  const got = await cells(page);
  const keys: string[] = [];
  for (let t = 0; t < filled; t++) {
    want.trace.steps[t].scores.forEach((score, k) => {
      keys.push(`${t}-${k}`);
      const [s, b] = got[`${t}-${k}`] ?? [Number.NaN, Number.NaN];
      if (score === Number.NEGATIVE_INFINITY) expect(s).toBe(Number.NEGATIVE_INFINITY);
      else
        expect(Math.abs(s - score), `cell ${t}-${k}`).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(score)),
        );
      expect(b).toBe(want.trace.steps[t].back[k]);
    });
  }
  expect(Object.keys(got).sort()).toEqual(keys.sort());
  let done = 0;
  for (let t = 1; t < filled; t++) done += want.lattice[t - 1].length * want.lattice[t].length;
  await expect(page.getByTestId('work-done')).toHaveAttribute('data-value', String(done));
}

test('stepping the 研发图像 lattice fills lib’s DP columns, then traces 研发图像 back', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const want = expected('yanfa');
  await expectFilled(page, want, 0);
  const forward = page.getByRole('button', { name: 'Forward one step' });
  for (let t = 1; t <= 4; t++) {
    await forward.click();
    await expectFilled(page, want, t);
  }
  await expect(page.getByTestId('explain')).toContainText('Column 4');
  await expect(page.getByTestId('work-paths')).toHaveAttribute('data-value', '81');
  await expect(page.getByTestId('work-brute')).toHaveAttribute('data-value', '243');
  // Backtrace, from the end.
  await forward.click();
  await expect(page.getByTestId('lattice').locator('[data-node="3-0"]')).toHaveAttribute(
    'data-state',
    'best',
  );
  await expect(page.getByTestId('lattice').locator('[data-state="best"]')).toHaveCount(1);
  for (let i = 0; i < 3; i++) await forward.click();
  expect(want.trace.result.path.join('')).toBe('研发图像');
  for (let t = 0; t < 4; t++) {
    await expect(
      page.getByTestId('lattice').locator(`[data-node="${t}-${want.trace.result.indices[t]}"]`),
    ).toHaveAttribute('data-state', 'best');
  }
  await expect(page.getByTestId('explain')).toContainText('Done: 研发图像');
  await expect(forward).toBeDisabled();
});

test('keyboard: Back, Forward and Reset from the keyboard; Space plays to the end', async ({ page }) => {
  await page.goto(`${EMBED}?preset=sugan`);
  await ready(page);
  const want = expected('sugan');
  const forward = page.getByRole('button', { name: 'Forward one step' });
  await forward.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expectFilled(page, want, 3);
  const back = page.getByRole('button', { name: 'Back one step' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expectFilled(page, want, 2);
  await page.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expectFilled(page, want, 0);
  // Play at 8 steps per second runs to the end and stops there.
  await page.getByLabel('Speed', { exact: true }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('explain')).toContainText('Done: 速干衣服', { timeout: 10_000 });
  await expectFilled(page, want, 4);
});

test('URL state: a seeded random lattice at its last step shows lib’s best path and work', async ({
  page,
}) => {
  await page.goto(`${EMBED}?preset=random&seed=7&n=9&l=4&step=18`);
  await ready(page);
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  const want = expected('random', 7, 9, 4);
  await expectFilled(page, want, 9);
  for (let t = 0; t < 9; t++) {
    await expect(
      page.getByTestId('lattice').locator(`[data-node="${t}-${want.trace.result.indices[t]}"]`),
    ).toHaveAttribute('data-state', 'best');
  }
  await expect(page.getByTestId('work-done')).toHaveAttribute(
    'data-value',
    String(want.trace.work.transitions),
  );
  await expect(page.getByTestId('work-paths')).toHaveAttribute('data-value', String(4 ** 9));
  await expect(page.getByTestId('explain')).toContainText(`Done: ${want.trace.result.path.join('')}`);
});

test('the post’s 电视 lattice: impossible transitions are dashed, −∞ boxes dimmed, 电视 wins', async ({
  page,
}) => {
  await page.goto(`${EMBED}?preset=dianshi&step=4`);
  await ready(page);
  const want = expected('dianshi');
  await expectFilled(page, want, 2);
  const lattice = page.getByTestId('lattice');
  await expect(lattice.locator('[data-edge="0-0-0"]')).toHaveAttribute('data-state', 'zero'); // 电→柳
  await expect(lattice.locator('[data-node="1-1"]')).toHaveAttribute('data-state', 'best'); // 视
  await expect(page.getByTestId('explain')).toContainText('Done: 电视');
  expect(Math.exp(want.trace.result.logScore)).toBeCloseTo(0.0104099, 7);
});

test('a 12 × 5 random lattice scrolls inside its box on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`${EMBED}?preset=random&n=12&l=5&step=24`);
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
