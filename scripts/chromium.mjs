#!/usr/bin/env node
// Finds the system Chromium that Playwright drives (Playwright never downloads its own browsers here).
// Usage: `node scripts/chromium.mjs` prints the path; `findChromium()` returns it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Debian, Ubuntu and Chrome packages put the browser, in the order they are tried. */
export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Tells what to install when no browser is found. */
export const INSTALL_HINT =
  'No Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Pick a browser path without side effects: `env.CHROMIUM_PATH` when set and `exists` says it is there,
 * else the first of CANDIDATES that exists, else null.
 * Example: `pickChromium({ CHROMIUM_PATH: '/opt/c' }, (p) => p === '/opt/c')` → '/opt/c'.
 */
export function pickChromium(env, exists) {
  if (env.CHROMIUM_PATH && exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  return CANDIDATES.find((candidate) => exists(candidate)) ?? null;
}

/**
 * Whether this process may install Chromium itself: root on a Debian-family system with apt-get.
 * Example: `canAptInstall()` → true as root on Debian.
 */
export function canAptInstall() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

function run(command, args) {
  console.error(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

/**
 * Path of a Chromium binary: CHROMIUM_PATH (if it exists), else a system candidate; when none is found and
 * we are root on Debian/Ubuntu, runs `apt-get update && apt-get install -y chromium` (output streams to
 * stderr) and returns /usr/bin/chromium. Throws an Error whose message says what to install otherwise
 * (`install: false` never installs; `exists` replaces fs.existsSync for the look-up, in tests).
 * Example: `findChromium()` → '/usr/bin/chromium'.
 */
export function findChromium({ env = process.env, install = true, exists = existsSync } = {}) {
  if (env.CHROMIUM_PATH && !exists(env.CHROMIUM_PATH)) {
    console.error(
      `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist; looking for a system Chromium instead.`,
    );
  }
  const found = pickChromium(env, exists);
  if (found) return found;
  if (install && canAptInstall()) {
    console.error('No Chromium found: installing Debian’s chromium package (about a minute).');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new Error(`apt-get installed chromium but /usr/bin/chromium is missing. ${INSTALL_HINT}`);
  }
  throw new Error(INSTALL_HINT);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
