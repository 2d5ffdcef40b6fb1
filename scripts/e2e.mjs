#!/usr/bin/env node
// Browser tests against the exported site: serves out/ on a free port, finds the system Chromium and runs
// `playwright test`, forwarding extra arguments. Exits with Playwright's code.
// Usage: `npm run test:e2e`, `npm run test:e2e -- e2e/embed.spec.ts --grep oEmbed`.
// Env: OUT_DIR (default out), PORT (default: a free port), CHROMIUM_PATH (default: system Chromium).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

async function main(args) {
  process.chdir(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const root = process.env.OUT_DIR ?? 'out';
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`e2e: ${root}/index.html does not exist: run npm run build first.`);
    return 1;
  }
  let chromium;
  try {
    chromium = findChromium();
  } catch (error) {
    console.error(`e2e: ${error.message}`);
    return 1;
  }
  let server;
  try {
    server = await startServer({ root, port: Number(process.env.PORT ?? 0) });
  } catch (error) {
    console.error(`e2e: ${error.message}`);
    return 1;
  }
  const baseURL = `http://127.0.0.1:${server.address().port}`;
  console.log(`e2e: serving ${root}/ at ${baseURL}, Chromium ${chromium}`);
  const env = {
    ...process.env,
    BASE_URL: baseURL,
    OUT_DIR: root,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const child = spawn(path.join('node_modules', '.bin', 'playwright'), ['test', ...args], {
    stdio: 'inherit',
    shell: false,
    env,
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`e2e: could not start Playwright: ${error.message} (run npm ci first)`);
      resolve(1);
    });
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return code;
}

process.exitCode = await main(process.argv.slice(2));
