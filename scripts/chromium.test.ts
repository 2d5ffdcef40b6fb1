import { describe, expect, it } from 'vitest';
import { CANDIDATES, findChromium, INSTALL_HINT, pickChromium } from './chromium.mjs';

const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe('pickChromium(env, exists)', () => {
  it('pickChromium prefers CHROMIUM_PATH when it exists', () => {
    expect(pickChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome',
    );
  });

  it('pickChromium falls back to the system candidates, in order, when CHROMIUM_PATH is missing or unset', () => {
    expect(pickChromium({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(pickChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(CANDIDATES[0]).toBe('/usr/bin/chromium');
  });

  it('pickChromium gives null when nothing exists', () => {
    expect(pickChromium({ CHROMIUM_PATH: '/nope' }, only())).toBeNull();
  });
});

describe('findChromium({ env, install, exists })', () => {
  it('findChromium returns CHROMIUM_PATH or the first system candidate that exists', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/c' }, install: false, exists: only('/opt/c') })).toBe(
      '/opt/c',
    );
    expect(findChromium({ env: {}, install: false, exists: only('/usr/bin/google-chrome') })).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('findChromium throws the install hint when no browser exists and installing is off', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope' }, install: false, exists: only() })).toThrow(
      INSTALL_HINT,
    );
    expect(INSTALL_HINT).toContain('sudo apt-get install chromium');
    expect(INSTALL_HINT).toContain('CHROMIUM_PATH');
  });
});
