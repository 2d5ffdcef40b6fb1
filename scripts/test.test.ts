import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countTests, formatDuration, formatSummary, parseArgs, STEPS } from './test.mjs';

describe('STEPS', () => {
  it('STEPS run lint, type-check, unit tests, KaTeX stylesheet, data assets, build, font steps, CSP, compression, size and browser tests in that order', () => {
    expect(STEPS.map((s) => s.name)).toEqual([
      'lint',
      'typecheck',
      'unit',
      'katex',
      'new-words',
      'ocr-corpus',
      'brown-corpus',
      'build',
      'preload-fonts',
      'cjk-fonts',
      'csp',
      'compress',
      'size',
      'e2e',
    ]);
    const unit = STEPS.find((s) => s.name === 'unit');
    expect(unit?.args).toContain('--reporter=json');
    expect(unit?.args.some((a) => a.startsWith('--outputFile='))).toBe(true);
  });

  it('builds the site with exactly the commands of `npm run build`, in its order', () => {
    // The gate runs the build as separate steps (to time and report each); a step added to one and not the
    // other once shipped pages the tests had never seen.
    const build = (
      JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }
    ).scripts.build
      .split('&&')
      .map((c) => c.trim());
    const first = STEPS.findIndex((s) => s.name === 'katex');
    const last = STEPS.findIndex((s) => s.name === 'compress');
    const steps = STEPS.slice(first, last + 1).map((s) =>
      s.name === 'build' ? 'next build' : `node ${s.args.join(' ')}`,
    );
    expect(steps).toEqual(build);
  });
});

describe('parseArgs(argv)', () => {
  it('parseArgs accepts --skip=a,b and --skip-a', () => {
    expect([...parseArgs(['--skip=build,e2e', '--skip-lint']).skip].sort()).toEqual(['build', 'e2e', 'lint']);
  });

  it('parseArgs turns --only=a into skipping every other step', () => {
    expect([...parseArgs(['--only=unit,size']).skip].sort()).toEqual([
      'brown-corpus',
      'build',
      'cjk-fonts',
      'compress',
      'csp',
      'e2e',
      'katex',
      'lint',
      'new-words',
      'ocr-corpus',
      'preload-fonts',
      'typecheck',
    ]);
  });

  it('parseArgs skips nothing without arguments and throws on unknown steps or flags', () => {
    expect(parseArgs([]).skip.size).toBe(0);
    expect(() => parseArgs(['--skip=deploy'])).toThrow('unknown step "deploy"; steps are: lint, typecheck');
    expect(() => parseArgs(['--fast'])).toThrow('unknown argument "--fast"');
  });
});

describe('countTests(vitest, playwright)', () => {
  it('countTests adds vitest passes to Playwright expected and flaky tests, and failures to unexpected ones', () => {
    expect(
      countTests(
        { numPassedTests: 120, numFailedTests: 2 },
        { stats: { expected: 30, unexpected: 1, flaky: 3 } },
      ),
    ).toEqual({ passed: 153, failed: 3 });
  });

  it('countTests counts a missing report as zero', () => {
    expect(countTests(null, null)).toEqual({ passed: 0, failed: 0 });
    expect(countTests({ numPassedTests: 5, numFailedTests: 0 }, null)).toEqual({ passed: 5, failed: 0 });
    expect(countTests(null, { stats: { expected: 4 } })).toEqual({ passed: 4, failed: 0 });
  });
});

describe('formatDuration(ms) and formatSummary(results)', () => {
  it('formatDuration shows seconds under a minute and minutes with seconds above', () => {
    expect(formatDuration(860)).toBe('0.9 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
    expect(formatDuration(75_000)).toBe('1 min 15 s');
  });

  it('formatSummary aligns one row per step with its status and time', () => {
    const text = formatSummary([
      { label: 'lint (biome check .)', status: 'passed', ms: 1200 },
      { label: 'build (next build)', status: 'FAILED', ms: 15_000 },
      { label: 'browser tests', status: 'not run', ms: null },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^step\s+status\s+time$/);
    expect(lines[2]).toMatch(/^lint \(biome check \.\)\s+passed\s+1\.2 s$/);
    expect(lines[3]).toMatch(/^build \(next build\)\s+FAILED\s+15\.0 s$/);
    expect(lines[4].trimEnd()).toMatch(/^browser tests\s+not run$/);
    expect(new Set(lines.map((l) => l.indexOf(l.trim().split(/\s{2,}/)[1] ?? '')).slice(2, 4)).size).toBe(1);
  });
});
