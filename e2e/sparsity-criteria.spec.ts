// The sparsity-criteria widget shows lib/sparsity's checks: before/after values and ✓/✗ are recomputed here
// with applyCriterion/checkCriterion, and the experiment table with runCriteriaExperiment for the same seed.
import type { Page } from '@playwright/test';
import {
  type CriterionId,
  type CriterionOptions,
  checkCriterion,
  measures,
  runCriteriaExperiment,
} from '../lib/sparsity';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/sparsity-criteria/';

/** The widget has applied its URL state and its deferred table has caught up with the inputs. */
async function ready(page: Page) {
  await expect(page.locator('[data-widget="sparsity-criteria"][data-ready]')).toHaveCount(1);
  await widgetsSettled(page);
}

interface Shown {
  before: number;
  ok: boolean;
  outcome: string | null | undefined;
}

/** Before, after and the outcome (✓ complies, = unchanged, ✗ wrong way) of every row of the criterion table. */
async function shown(page: Page): Promise<Record<string, Shown>> {
  await ready(page);
  return page
    .getByTestId('criterion-table')
    .locator('tr[data-measure]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.getAttribute('data-measure'),
          {
            before: Number(r.querySelector('[data-col="before"] [data-value]')?.getAttribute('data-value')),
            ok: r.querySelector('[data-col="ok"] [data-ok]')?.getAttribute('data-ok') === 'true',
            outcome: r.querySelector('[data-col="ok"] [data-outcome]')?.getAttribute('data-outcome'),
          },
        ]),
      ),
    );
}

function expectChecks(
  actual: Record<string, Shown>,
  id: CriterionId,
  x: number[],
  options: CriterionOptions = {},
) {
  expect(Object.keys(actual)).toHaveLength(measures.length);
  for (const m of measures) {
    const r = checkCriterion(m, id, x, options);
    expect(actual[m.id].ok, `${m.id} ${id}`).toBe(r.ok);
    expect(actual[m.id].outcome, `${m.id} ${id}`).toBe(r.outcome);
    expect(actual[m.id].before, m.id).toBeCloseTo(m.compute(x), 12);
  }
}

test('Robin Hood on [1, 2, 3, 4]: after-bars, every measure’s ✓/✗ as lib says; ℓ⁰ fails, Gini and S* pass', async ({
  page,
}) => {
  await page.goto(EMBED);
  const rows = await shown(page);
  expectChecks(rows, 'D1', [1, 2, 3, 4], { fraction: 0.5 });
  expect(rows.gini.ok).toBe(true);
  expect(rows.sStar.ok).toBe(true);
  expect(rows.l0.ok).toBe(false);
  await expect(page.getByTestId('after')).toHaveAttribute('data-values', '1.75,2,3,3.25');
});

test('a transfer that misses the maximum leaves S₀ standing still: marked =, not ✗, and counted apart', async ({
  page,
}) => {
  await page.goto(`${EMBED}?from=2&to=0`);
  const rows = await shown(page);
  expectChecks(rows, 'D1', [1, 2, 3, 4], { from: 2, to: 0, fraction: 0.5 });
  expect(rows.s0.outcome).toBe('unchanged');
  expect(rows.negL1.outcome).toBe('unchanged');
  expect(rows.sStar.outcome).toBe('complies');
  const mark = page.locator('tr[data-measure="s0"] [data-col="ok"] [data-outcome]');
  await expect(mark).toHaveText(/^=/);
  await expect(mark).toContainText('did not move');
  const count = (o: string) => Object.values(rows).filter((r) => r.outcome === o).length;
  await expect(page.getByTestId('tally')).toContainText(
    `${count('complies')} comply with D1 here (✓), ${count('unchanged')} do not move (=) and ${count('wrong-way')} move the wrong way (✗)`,
  );
});

test('the criterion picker and its options change the check: S₁,ₚ fails cloning, the P2 count is typed', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  await page.getByLabel('Criterion', { exact: true }).selectOption('D4');
  let rows = await shown(page);
  expectChecks(rows, 'D4', [1, 2, 3, 4], { copies: 2 });
  expect(rows.s1p.ok).toBe(false);
  expect(rows.sStar.ok).toBe(true);
  await expect(page.getByTestId('after')).toHaveAttribute('data-values', '1,2,3,4,1,2,3,4');
  const copies = page.getByRole('slider', { name: 'Copies' });
  await copies.focus();
  await copies.press('ArrowRight');
  await expect(page.getByTestId('after')).toHaveAttribute('data-values', '1,2,3,4,1,2,3,4,1,2,3,4');

  await page.getByLabel('Criterion', { exact: true }).selectOption('P2');
  const zeros = page.getByLabel('Zeros appended');
  await zeros.fill('3');
  await zeros.press('Enter');
  await expect(page.getByTestId('after')).toHaveAttribute('data-values', '1,2,3,4,0,0,0');
  rows = await shown(page);
  expectChecks(rows, 'P2', [1, 2, 3, 4], { zeros: 3 });
  await zeros.fill('zero');
  await zeros.press('Enter');
  await expect(page.locator('[data-widget]').getByRole('alert')).toBeVisible();
});

test('the keyboard edits the before-vector and the checks follow', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const bar = page.getByRole('slider', { name: /Vector x.*: 0$/ });
  await bar.focus();
  await bar.press('End'); // x₁ = 5, the top of the scale
  expectChecks(await shown(page), 'D1', [5, 2, 3, 4], { fraction: 0.5 });
});

test('the experiment runs in the worker with progress, matches lib for its seed, and a ✗ loads its counterexample', async ({
  page,
}) => {
  await page.goto(`${EMBED}?trials=100&seed=7`);
  await ready(page);
  await page.getByRole('button', { name: 'Run experiment' }).click();
  await expect(page.locator('[data-status="done"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar', { name: 'Experiment progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  const { table } = runCriteriaExperiment({ trials: 100, seed: 7, nMin: 2, nMax: 32 });
  const cells = await page
    .getByTestId('experiment-table')
    .locator('tr[data-measure] [data-violations]')
    .evaluateAll((els) =>
      els.map((e) => ({
        m: e.closest('tr')?.getAttribute('data-measure') ?? '',
        c: e.closest('td')?.getAttribute('data-col') ?? '',
        v: Number(e.getAttribute('data-violations')),
        u: Number(e.getAttribute('data-unchanged')),
      })),
    );
  expect(cells).toHaveLength(measures.length * 6);
  for (const { m, c, v, u } of cells) {
    expect(v, `${m} ${c}`).toBe(table[m][c as CriterionId].violations);
    expect(u, `${m} ${c} unchanged`).toBe(table[m][c as CriterionId].unchanged);
  }
  // S₀ fails Robin Hood only by standing still: its cell shows =, not ✗.
  await expect(page.locator('tr[data-measure="s0"] [data-col="D1"] button')).toHaveText(/^= \d+\/\d+$/);
  expect(table.gini.D1.violations + table.gini.D4.violations).toBe(0);

  // S₁,ₚ fails cloning on every vector: load its counterexample with Enter.
  const cell = page.locator('tr[data-measure="s1p"] [data-col="D4"] button');
  await cell.focus();
  await cell.press('Enter');
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('loaded')).toContainText('counterexample');
  await expect(page.getByLabel('Criterion', { exact: true })).toHaveValue('D4');
  const ex = table.s1p.D4.example;
  if (!ex) throw new Error('the experiment kept no counterexample for S₁,ₚ under D4');
  const rows = await shown(page);
  expect(rows.s1p.ok).toBe(false);
  expectChecks(rows, 'D4', ex.x, ex.options);
});

test('with q = 2, p = 4 the experiment finds S*_q,p breaking Robin Hood, as the article says', async ({
  page,
}) => {
  await page.goto(`${EMBED}?trials=200&seed=3&q=2&p=4`);
  await ready(page);
  await page.getByRole('button', { name: 'Run experiment' }).click();
  await expect(page.locator('[data-status="done"]')).toBeVisible({ timeout: 30_000 });
  const { table } = runCriteriaExperiment({
    trials: 200,
    seed: 3,
    nMin: 2,
    nMax: 32,
    measureIds: ['sStar'],
    params: { sStar: { q: 2, p: 4 } },
  });
  const expected = table.sStar.D1.violations;
  expect(expected).toBeGreaterThan(0);
  await expect(page.locator('tr[data-measure="sStar"] [data-col="D1"] [data-violations]')).toHaveAttribute(
    'data-violations',
    String(expected),
  );
  await expect(page.locator('[data-status="done"]')).toContainText('p = 4, q = 2');
});

test('cancel stops waiting for the experiment and says so', async ({ page }) => {
  await page.goto(`${EMBED}?trials=5000`);
  await ready(page);
  await page.getByRole('button', { name: 'Run experiment' }).click();
  await expect(page.locator('[data-status="running"]')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-status="cancelled"]')).toHaveText('Cancelled.');
  await expect(page.getByTestId('experiment-table')).toHaveCount(0);
});

test('on a phone the tables scroll inside their boxes with the measure column in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${EMBED}?trials=100`);
  await ready(page);
  await page.getByRole('button', { name: 'Run experiment' }).click();
  await expect(page.locator('[data-status="done"]')).toBeVisible({ timeout: 30_000 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = page.getByRole('region', { name: 'Violations per measure and criterion' });
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await box.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  const name = box.locator('tr[data-measure="gini"] th');
  const [nameBox, regionBox] = [await name.boundingBox(), await box.boundingBox()];
  expect(nameBox && regionBox && nameBox.x - regionBox.x).toBeLessThan(4);
});
