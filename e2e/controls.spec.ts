// The generic controls (components/controls) in the gallery of /test/: keyboard maps, pointer drags, error
// messages and ARIA state, each read back through the gallery's readouts of what the control reported.
import type { Locator, Page } from '@playwright/test';
import { expect, formatAxe, runAxe, test } from './support/fixtures';

type Box = { x: number; y: number; width: number; height: number };

const gallery = (page: Page) => page.getByRole('region', { name: 'Controls gallery' });
const readout = (page: Page, name: string) => gallery(page).getByTestId(`${name}-value`);
/**
 * Scroll `locator` to the middle of the viewport (clear of the sticky header) and return its bounding box
 * once it has stopped moving: a smooth scroll started earlier, by `focus()` for instance, may still be
 * running, and raw mouse input needs coordinates that hold. The bench's attention-mask widget sits above the
 * gallery and loads when it nears the viewport; it is brought in and settled first, so its arrival cannot
 * move the gallery between the measurement and the press (a drag that pressed beside the control once read
 * 0 instead of 10).
 */
async function steadyBox(locator: Locator): Promise<Box> {
  const mask = locator.page().getByTestId('mask-frame');
  await mask.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect(mask.locator('[data-widget][data-ready]')).toHaveCount(1);
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const seen: { last: Box | null } = { last: null };
  await expect
    .poll(
      async () => {
        const box = await locator.boundingBox();
        const still = box !== null && seen.last !== null && box.x === seen.last.x && box.y === seen.last.y;
        seen.last = box;
        return still;
      },
      { intervals: [100] },
    )
    .toBe(true);
  if (!seen.last) throw new Error('no bounding box');
  return seen.last;
}

const json = async (locator: Locator) => JSON.parse((await locator.textContent()) ?? 'null');

async function openGallery(page: Page) {
  await page.goto('/test/');
  // Keys pressed before hydration would reach no React handler.
  await expect(gallery(page).locator('ul[data-hydrated]')).toHaveCount(1);
}

test.beforeEach(async ({ page }) => {
  await openGallery(page);
});

test('Slider: arrows move one step, Shift+arrows ten (clamped), Home/End jump to the ends', async ({
  page,
}) => {
  const slider = gallery(page).getByRole('slider', { name: 'Temperature' });
  const value = readout(page, 'slider');
  await expect(value).toHaveText('2');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(value).toHaveText('2.5');
  await expect(slider).toHaveValue('2.5');
  await expect(slider).toHaveAttribute('aria-valuetext', '2.5');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(value).toHaveText('7.5');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(value).toHaveText('10');
  await page.keyboard.press('ArrowLeft');
  await expect(value).toHaveText('9.5');
  await page.keyboard.press('Home');
  await expect(value).toHaveText('0');
  await expect(slider).toHaveValue('0');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(value).toHaveText('0');
  await page.keyboard.press('End');
  await expect(value).toHaveText('10');
  await expect(slider).toHaveAttribute('aria-valuetext', '10');
});

test('Toggle: Space and Enter flip aria-checked, and so does a click on its label', async ({ page }) => {
  const toggle = gallery(page).getByRole('switch', { name: 'Causal mask' });
  const value = readout(page, 'toggle');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(value).toHaveText('true');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(value).toHaveText('false');
  await gallery(page).locator('label', { hasText: 'Causal mask' }).click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(value).toHaveText('true');
});

test('Select: arrow keys and type-ahead change the selection and the readout', async ({ page }) => {
  const select = gallery(page).getByRole('combobox', { name: 'Pattern' });
  const value = readout(page, 'select');
  await expect(value).toHaveText('causal');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(value).toHaveText('local');
  await expect(select).toHaveValue('local');
  await page.keyboard.press('s');
  await expect(value).toHaveText('sparse');
  await page.keyboard.press('ArrowUp');
  await expect(value).toHaveText('local');
});

test('NumberInput: bad or out-of-range text shows an alert and commits nothing; Enter commits, Escape restores, ArrowUp steps', async ({
  page,
}) => {
  const input = gallery(page).getByRole('textbox', { name: 'Sequence length' });
  const value = readout(page, 'number');
  const alert = gallery(page).locator('[data-control="number"]').getByRole('alert');
  await expect(value).toHaveText('10');

  await input.fill('abc');
  await input.press('Enter');
  await expect(alert).toHaveText('“abc” is not a number');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', (await alert.getAttribute('id')) ?? 'missing id');
  await expect(input).toHaveValue('abc');
  await expect(value).toHaveText('10');

  await input.fill('1000');
  // Typing clears the old message until the next commit.
  await expect(alert).toHaveCount(0);
  await input.press('Enter');
  await expect(alert).toHaveText('must be at most 100');
  await expect(value).toHaveText('10');

  await input.fill('2.5');
  await input.press('Enter');
  await expect(alert).toHaveText('must be a whole number');
  await expect(value).toHaveText('10');

  await input.fill('42');
  await input.press('Enter');
  await expect(value).toHaveText('42');
  await expect(alert).toHaveCount(0);
  await expect(input).not.toHaveAttribute('aria-invalid', /.*/);

  await input.fill('7');
  await input.press('Escape');
  await expect(input).toHaveValue('42');
  await expect(value).toHaveText('42');

  await input.press('ArrowUp');
  await expect(value).toHaveText('43');
  await expect(input).toHaveValue('43');
  await input.press('Shift+ArrowUp');
  await expect(value).toHaveText('53');
  await input.press('ArrowDown');
  await expect(value).toHaveText('52');

  // Blur commits like Enter.
  await input.fill('64');
  await input.press('Tab');
  await expect(value).toHaveText('64');
});

test('Scrub: slider keys (Shift ×10, Home/End), Enter to type a value, Escape to cancel', async ({
  page,
}) => {
  const scrub = gallery(page).getByRole('slider', { name: 'Window size' });
  const value = readout(page, 'scrub');
  await expect(scrub).toHaveAttribute('aria-valuenow', '5');
  await expect(scrub).toHaveAttribute('aria-valuemin', '0');
  await expect(scrub).toHaveAttribute('aria-valuemax', '20');
  await scrub.focus();
  await page.keyboard.press('ArrowRight');
  await expect(value).toHaveText('6');
  await page.keyboard.press('ArrowDown');
  await expect(value).toHaveText('5');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(value).toHaveText('15');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(value).toHaveText('20');
  await expect(scrub).toHaveAttribute('aria-valuenow', '20');
  await page.keyboard.press('Home');
  await expect(value).toHaveText('0');
  await page.keyboard.press('ArrowLeft');
  await expect(value).toHaveText('0');
  await page.keyboard.press('End');
  await expect(value).toHaveText('20');

  await page.keyboard.press('Enter');
  const field = gallery(page).getByRole('textbox', { name: 'Window size' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('20');
  await field.fill('12');
  await field.press('Enter');
  await expect(value).toHaveText('12');
  await expect(field).toHaveCount(0);
  await expect(scrub).toBeFocused();
  await expect(scrub).toHaveAttribute('aria-valuenow', '12');

  await page.keyboard.press('Enter');
  await field.fill('3');
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(value).toHaveText('12');
  await expect(scrub).toBeFocused();

  // Text that is not a number keeps the value and says so.
  await page.keyboard.press('Enter');
  await field.fill('zz');
  await field.press('Enter');
  await expect(gallery(page).locator('[data-control="scrub"]').getByRole('alert')).toHaveText(
    '“zz” is not a number; kept 12',
  );
  await expect(value).toHaveText('12');
  await expect(scrub).toHaveAttribute('aria-valuenow', '12');
});

test('Scrub: a mouse drag to the right raises the value by one step per 4 px', async ({ page }) => {
  const scrub = gallery(page).getByRole('slider', { name: 'Window size' });
  const value = readout(page, 'scrub');
  await scrub.focus();
  await page.keyboard.press('Home');
  await expect(value).toHaveText('0');
  const box = await steadyBox(scrub);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 20, y, { steps: 4 });
  await page.mouse.move(x + 40, y, { steps: 4 });
  await page.mouse.up();
  // 20 steps over 0..20 fit in 300 px at the 4 px-per-step cap: 40 px is 10 steps.
  await expect(value).toHaveText('10');
  await expect(scrub).toHaveAttribute('aria-valuenow', '10');
  // A drag is not a click: no text field opens.
  await expect(gallery(page).getByRole('textbox', { name: 'Window size' })).toHaveCount(0);
  // Dragging left past the start clamps at min.
  const again = await steadyBox(scrub);
  const y2 = again.y + again.height / 2;
  await page.mouse.move(again.x + again.width / 2, y2);
  await page.mouse.down();
  await page.mouse.move(again.x + again.width / 2 - 200, y2, { steps: 8 });
  await page.mouse.up();
  await expect(value).toHaveText('0');
});

test('MatrixEditor: Enter commits a cell; a bad cell is named in a message and the matrix keeps its value', async ({
  page,
}) => {
  const matrix = gallery(page).getByRole('group', { name: 'Scores' });
  const value = readout(page, 'matrix');
  const cell = (r: number, c: number) => matrix.getByRole('textbox', { name: `Row ${r}, column ${c}` });
  await expect
    .poll(() => json(value))
    .toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);

  await cell(1, 1).focus();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => json(value))
    .toEqual([
      [7, 2, 3],
      [4, 5, 6],
    ]);
  await expect(cell(1, 1)).toHaveValue('7');
  // Enter moves down.
  await expect(cell(2, 1)).toBeFocused();

  await cell(1, 2).fill('x');
  await cell(1, 2).press('Enter');
  const errors = matrix.getByRole('alert');
  await expect(errors).toHaveText('Row 1, column 2: “x” is not a number');
  await expect(cell(1, 2)).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(1, 2)).toHaveValue('x');
  await expect
    .poll(() => json(value))
    .toEqual([
      [7, 2, 3],
      [4, 5, 6],
    ]);
  // Escape in the bad cell undoes its typing and clears the message.
  await cell(1, 2).focus();
  await page.keyboard.press('Escape');
  await expect(cell(1, 2)).toHaveValue('2');
  await expect(errors).toHaveCount(0);
  await expect(cell(1, 2)).not.toHaveAttribute('aria-invalid', /.*/);
});

test('MatrixEditor: arrow keys move between cells, Left/Right only at the ends of the text', async ({
  page,
}) => {
  const matrix = gallery(page).getByRole('group', { name: 'Scores' });
  const cell = (r: number, c: number) => matrix.getByRole('textbox', { name: `Row ${r}, column ${c}` });
  await cell(1, 1).focus();
  await page.keyboard.press('ArrowRight');
  await expect(cell(1, 2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cell(2, 2)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(2, 3)).toBeFocused();
  // Past the last column the focus stays put and the caret goes to the end of the text…
  await page.keyboard.press('ArrowRight');
  await expect(cell(2, 3)).toBeFocused();
  // …so ArrowLeft first moves the caret to the start of "6", and only then leaves the cell.
  await page.keyboard.press('ArrowLeft');
  await expect(cell(2, 3)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(2, 2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell(1, 2)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cell(1, 1)).toBeFocused();

  // With the caret inside the text, ArrowLeft moves the caret, not the focus.
  await cell(1, 2).fill('25');
  await page.keyboard.press('ArrowLeft');
  await expect(cell(1, 2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(1, 2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(1, 1)).toBeFocused();
  // Leaving the cell committed its text.
  await expect
    .poll(() => json(readout(page, 'matrix')))
    .toEqual([
      [1, 25, 3],
      [4, 5, 6],
    ]);
});

test('MatrixEditor: the labelled buttons add and remove rows and columns', async ({ page }) => {
  const matrix = gallery(page).getByRole('group', { name: 'Scores' });
  const value = readout(page, 'matrix');
  await matrix.getByRole('button', { name: 'Add row' }).click();
  await expect
    .poll(() => json(value))
    .toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [0, 0, 0],
    ]);
  await matrix.getByRole('button', { name: 'Add column' }).click();
  await expect
    .poll(() => json(value))
    .toEqual([
      [1, 2, 3, 0],
      [4, 5, 6, 0],
      [0, 0, 0, 0],
    ]);
  await expect(matrix.getByRole('textbox', { name: 'Row 3, column 4' })).toHaveValue('0');
  await matrix.getByRole('button', { name: 'Remove last row' }).click();
  await matrix.getByRole('button', { name: 'Remove last column' }).click();
  await matrix.getByRole('button', { name: 'Remove last column' }).click();
  await expect
    .poll(() => json(value))
    .toEqual([
      [1, 2],
      [4, 5],
    ]);
  await expect(matrix.getByRole('textbox')).toHaveCount(4);
});

test('MatrixEditor: the Paste panel replaces the matrix, and a ragged paste names its line and changes nothing', async ({
  page,
}) => {
  const matrix = gallery(page).getByRole('group', { name: 'Scores' });
  const value = readout(page, 'matrix');
  const pasteButton = matrix.getByRole('button', { name: 'Paste…' });
  const textarea = matrix.getByRole('textbox', { name: /Paste rows from a spreadsheet/ });

  await pasteButton.click();
  await expect(pasteButton).toHaveAttribute('aria-expanded', 'true');
  await expect(textarea).toBeFocused();
  await textarea.fill('1 2\n3');
  await matrix.getByRole('button', { name: 'Apply' }).click();
  const error = matrix.getByRole('alert');
  await expect(error).toHaveText('Line 2, column 2: line 2 has 1 value, expected 2 (as on line 1)');
  await expect(textarea).toHaveAttribute('aria-invalid', 'true');
  await expect
    .poll(() => json(value))
    .toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);

  await textarea.fill('1\t2\n3\t4');
  await expect(error).toHaveCount(0);
  await matrix.getByRole('button', { name: 'Apply' }).click();
  await expect
    .poll(() => json(value))
    .toEqual([
      [1, 2],
      [3, 4],
    ]);
  await expect(textarea).toHaveCount(0);
  await expect(pasteButton).toBeFocused();
  await expect(matrix.getByRole('status')).toHaveText('Replaced the matrix with 2×2 pasted values.');
  await expect(matrix.getByRole('textbox')).toHaveCount(4);

  // Ctrl+Enter applies; Escape closes without applying.
  await pasteButton.click();
  await textarea.fill('[[9, 8], [7, 6]]');
  await textarea.press('Control+Enter');
  await expect
    .poll(() => json(value))
    .toEqual([
      [9, 8],
      [7, 6],
    ]);
  await pasteButton.click();
  await textarea.fill('0 0');
  await textarea.press('Escape');
  await expect(textarea).toHaveCount(0);
  await expect(pasteButton).toBeFocused();
  await expect
    .poll(() => json(value))
    .toEqual([
      [9, 8],
      [7, 6],
    ]);
});

test('MatrixEditor: multi-cell clipboard text pasted into a cell fills the grid from that cell', async ({
  page,
}) => {
  const matrix = gallery(page).getByRole('group', { name: 'Scores' });
  const cell = matrix.getByRole('textbox', { name: 'Row 2, column 2' });
  await cell.focus();
  await cell.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '8\t9\n10\t11');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect
    .poll(() => json(readout(page, 'matrix')))
    .toEqual([
      [1, 2, 3],
      [4, 8, 9],
      [0, 10, 11],
    ]);
  await expect(matrix.getByRole('status')).toHaveText('Pasted 2×2 values from row 2, column 2.');
});

test('VectorBarEditor: Left/Right move between bars, Up/Down change the focused bar', async ({ page }) => {
  const bars = gallery(page).getByRole('group', { name: 'Weights' });
  const bar = (name: string) => bars.getByRole('slider', { name: `Weights: ${name}` });
  const value = readout(page, 'vector');
  await expect.poll(() => json(value)).toEqual([0.2, 0.5, 0.9, 0.1]);
  // One Tab stop for the chart.
  await expect(bars.locator('[role="slider"][tabindex="0"]')).toHaveCount(1);
  await bar('a').focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar('b')).toBeFocused();
  await expect(bar('b')).toHaveAttribute('tabindex', '0');
  await expect(bar('a')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => json(value)).toEqual([0.2, 0.51, 0.9, 0.1]);
  await expect(bar('b')).toHaveAttribute('aria-valuenow', '0.51');
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(() => json(value)).toEqual([0.2, 0.61, 0.9, 0.1]);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => json(value)).toEqual([0.2, 0.6, 0.9, 0.1]);
  await page.keyboard.press('ArrowRight');
  await expect(bar('c')).toBeFocused();
  await page.keyboard.press('End');
  await expect.poll(() => json(value)).toEqual([0.2, 0.6, 1, 0.1]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Home');
  await expect.poll(() => json(value)).toEqual([0.2, 0.6, 1, 0]);
  // Right at the last bar stays there.
  await page.keyboard.press('ArrowRight');
  await expect(bar('d')).toBeFocused();
});

test('VectorBarEditor: a pointer drag on a bar sets that bar only; a drag across bars paints them', async ({
  page,
}) => {
  const bars = gallery(page).getByRole('group', { name: 'Weights' });
  const value = readout(page, 'vector');
  const svg = bars.locator('svg').first();
  const box = await steadyBox(svg);
  // The chart's geometry in viewBox units (360 × 160, with bar labels): plot x 36..354 in 4 slots,
  // value v at y = 140 − 132·v.
  const at = (index: number, v: number) => ({
    x: box.x + ((36 + (index + 0.5) * 79.5) * box.width) / 360,
    y: box.y + ((140 - 132 * v) * box.height) / 160,
  });
  const start = at(3, 0.1);
  const end = at(3, 0.75);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await json(value))[3]).toBeGreaterThan(0.5);
  const after = (await json(value)) as number[];
  expect(after.slice(0, 3)).toEqual([0.2, 0.5, 0.9]);
  expect(after[3]).toBeGreaterThan(0.72);
  expect(after[3]).toBeLessThan(0.78);
  await expect(bars.getByRole('slider', { name: 'Weights: d' })).toHaveAttribute(
    'aria-valuenow',
    String(after[3]),
  );
  await expect(bars.getByRole('slider', { name: 'Weights: d' })).toBeFocused();

  // A drag across bars paints them: from a at 0.3 to c at 0.7, with b, crossed on the way, in between.
  const from = at(0, 0.3);
  const to = at(2, 0.7);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await json(value))[2]).toBeLessThan(0.8);
  const painted = (await json(value)) as number[];
  // Bar a follows the pointer while it is still over a (up to 0.38 on this straight path).
  expect(painted[0]).toBeGreaterThan(0.27);
  expect(painted[0]).toBeLessThan(0.45);
  expect(painted[1]).toBeGreaterThan(painted[0]);
  expect(painted[1]).toBeLessThan(painted[2]);
  expect(Math.abs(painted[2] - 0.7)).toBeLessThan(0.03);
  expect(painted[3]).toBe(after[3]);
  await expect(bars.getByRole('slider', { name: 'Weights: c' })).toBeFocused();
});

test('Stepper: Step, Back, Play/Pause, Reset and speed drive the step, and the progress bar follows', async ({
  page,
}) => {
  const stepper = gallery(page).getByRole('group', { name: 'Decoding' });
  const step = readout(page, 'stepper');
  const playing = gallery(page).getByTestId('stepper-playing');
  const progress = gallery(page).getByRole('progressbar', { name: 'Decoding progress' });
  const stepNumber = async () => Number(await step.textContent());

  await expect(step).toHaveText('0');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect(stepper.getByRole('button', { name: 'Back one step' })).toBeDisabled();
  await stepper.getByRole('button', { name: 'Forward one step' }).click();
  await stepper.getByRole('button', { name: 'Forward one step' }).click();
  await expect(step).toHaveText('2');
  await expect(stepper).toContainText('step 2 / 10');
  await expect(progress).toHaveAttribute('aria-valuenow', '20');
  await stepper.getByRole('button', { name: 'Back one step' }).click();
  await expect(step).toHaveText('1');
  await expect(progress).toHaveAttribute('aria-valuenow', '10');

  await stepper.getByRole('button', { name: 'Play' }).click();
  await expect(playing).toHaveText('true');
  await expect.poll(stepNumber).toBeGreaterThanOrEqual(3);
  await stepper.getByRole('button', { name: 'Pause' }).click();
  await expect(playing).toHaveText('false');
  const paused = await stepNumber();
  expect(paused).toBeLessThan(10);
  // Two step intervals at 2×: a running timer would have moved it.
  await page.waitForTimeout(1_100);
  await expect(step).toHaveText(String(paused));
  await expect(progress).toHaveAttribute('aria-valuenow', String(paused * 10));

  await stepper.getByRole('button', { name: 'Reset' }).click();
  await expect(step).toHaveText('0');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');

  await stepper.getByLabel('Speed').selectOption('8');
  await expect(gallery(page).getByTestId('stepper-speed')).toHaveText('8');
  await stepper.getByRole('button', { name: 'Play' }).click();
  // Playing stops by itself at the end.
  await expect(step).toHaveText('10', { timeout: 10_000 });
  await expect(playing).toHaveText('false');
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(stepper.getByRole('button', { name: 'Forward one step' })).toBeDisabled();

  // Space on the group (not on a button) toggles play; Play at the end starts over.
  await stepper.focus();
  await page.keyboard.press('Space');
  await expect(playing).toHaveText('true');
  await expect.poll(stepNumber).toBeLessThan(10);
  await page.keyboard.press('Space');
  await expect(playing).toHaveText('false');
});

test('Button: a click and the keyboard activate it; a disabled button does nothing', async ({ page }) => {
  const buttons = gallery(page).locator('[data-control="button"]');
  const value = readout(page, 'button');
  await buttons.getByRole('button', { name: 'Add one' }).click();
  await expect(value).toHaveText('1');
  await buttons.getByRole('button', { name: 'Add one' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(value).toHaveText('3');
  await expect(buttons.getByRole('button', { name: 'Disabled' })).toBeDisabled();
  await buttons.getByRole('button', { name: 'Clear' }).click();
  await expect(value).toHaveText('0');
});

test('the controls gallery has no serious or critical axe violations', async ({ page }) => {
  // runAxe checks the whole page (it takes no `include`); the gallery is the part this spec is about.
  await gallery(page).scrollIntoViewIfNeeded();
  expect(formatAxe(await runAxe(page))).toBe('');
});

/**
 * Hide every sibling of the gallery and of its ancestors (site header, the other test widgets), so that
 * the page's width measures the gallery alone: their own overflow is not what this spec is about.
 */
async function isolateGallery(page: Page) {
  await gallery(page).evaluate((section) => {
    for (let el: Element | null = section; el && el !== document.body; el = el.parentElement) {
      for (const sibling of el.parentElement?.children ?? []) {
        if (sibling !== el) (sibling as HTMLElement).style.display = 'none';
      }
    }
  });
}

const pageWidths = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the gallery fits without horizontal overflow', async ({ page }) => {
    await isolateGallery(page);
    await expect(page.getByRole('heading', { name: 'Component test bench' })).toBeHidden();
    await expect(gallery(page).getByRole('group', { name: 'Scores' })).toBeVisible();
    const { scrollWidth, clientWidth } = await pageWidths(page);
    expect(clientWidth).toBe(360);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
    // No card is pushed wider than the gallery by its control.
    const overflowing = await gallery(page)
      .locator('[data-control]')
      .evaluateAll((cards) =>
        cards.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.getAttribute('data-control')),
      );
    expect(overflowing).toEqual([]);
  });

  test('the Scrub’s error message stays inside the viewport', async ({ page }) => {
    await isolateGallery(page);
    const scrub = gallery(page).getByRole('slider', { name: 'Window size' });
    await scrub.focus();
    await page.keyboard.press('Enter');
    await gallery(page).getByRole('textbox', { name: 'Window size' }).fill('not a number at all');
    await page.keyboard.press('Enter');
    const alert = gallery(page).locator('[data-control="scrub"]').getByRole('alert');
    await expect(alert).toContainText('is not a number; kept 5');
    const box = await alert.boundingBox();
    if (!box) throw new Error('the message has no bounding box');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const { scrollWidth, clientWidth } = await pageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
  });
});
