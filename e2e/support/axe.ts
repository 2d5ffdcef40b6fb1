// axe-core accessibility checks, injected from node_modules so that no request leaves the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result as AxeResult } from 'axe-core';
import { PROSE_DRAWN_ATTRIBUTE } from '../../components/prose/DrawProse';

/** An axe-core violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

/**
 * Run axe-core on the page's main document (injected from node_modules, so no request leaves the page) and
 * return the violations of impact 'serious' or 'critical'; nothing is excluded unless `exclude` says so, and
 * every rule runs unless `rules` names the ones to run.
 * Example: `expect(formatAxe(await runAxe(page, { rules: ['scrollable-region-focusable'] }))).toBe('')`.
 */
export async function runAxe(
  page: Page,
  { exclude = [] as string[], rules = [] as string[] } = {},
): Promise<AxeViolation[]> {
  // Scroll boxes in prose that content-visibility skipped at load are marked once their part is drawn
  // (components/prose/DrawProse.tsx); judge them once all are.
  if ((await page.locator('.article-body').count()) > 0)
    await page.locator(`html[${PROSE_DRAWN_ATTRIBUTE}]`).waitFor({ state: 'attached' });
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  // Evaluated through the DevTools protocol rather than added as a <script>: the page's Content-Security-Policy
  // refuses inline scripts it has no hash for, and the guard fails a test on every refusal.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ excluded, only }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = excluded.length > 0 ? { exclude: excluded.map((selector) => [selector]) } : document;
      const results = await axe.run(context as import('axe-core').ElementContext, {
        resultTypes: ['violations'],
        ...(only.length > 0 ? { runOnly: { type: 'rule' as const, values: only } } : {}),
      });
      return results.violations as AxeResult[];
    },
    { excluded: exclude, only: rules },
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        summary: n.failureSummary ?? '',
      })),
    }));
}

/**
 * A readable multi-line description of axe violations ('' when there are none), for assertion messages.
 * Example: `formatAxe([])` → ''.
 */
export function formatAxe(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target}: ${n.html}\n      ${n.summary.replaceAll('\n', '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}
