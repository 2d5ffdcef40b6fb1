// Browser tests against the exported site in the system Chromium (Playwright never downloads browsers here).
// `npm run test:e2e` (scripts/e2e.mjs) serves out/ on a free port and sets BASE_URL and CHROMIUM_PATH;
// a bare `npx playwright test` starts scripts/serve.mjs on port 3100 instead.
import { defineConfig } from '@playwright/test';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const external = process.env.BASE_URL;
const baseURL = external ?? 'http://127.0.0.1:3100';

export default defineConfig({
  testDir: 'e2e',
  // Overridable so that two runs on one machine do not clear each other's artifacts.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // One retry in CI only: a test that needs it is reported as flaky (counted separately in the JSON report),
  // so timing flakes on a loaded 2-core machine show up without turning a landing red.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // Generous for a loaded 2-core machine: a passing expect returns as soon as it holds.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? '.test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    baseURL,
    viewport: { width: 1280, height: 800 },
    // Recording a trace of every test costs about a third of the run's CPU (DOM snapshots of pages with
    // thousands of SVG marks at every step); TRACE=1 records them and keeps those of failed tests.
    trace: process.env.TRACE === '1' ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        command: 'node scripts/serve.mjs',
        env: { PORT: '3100', SERVE_ROOT: process.env.OUT_DIR ?? 'out' },
        url: `${baseURL}/`,
        reuseExistingServer: false,
        stdout: 'pipe',
        timeout: 10_000,
      },
});
