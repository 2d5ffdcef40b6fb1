import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'workers/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'content/**/*.test.ts',
    ],
    environment: 'node',
    // Worker threads, not forked processes, and no fresh module graph per file: the tests are pure functions
    // and snapshot renders, so re-importing lib/ and React for each of ~110 files only cost time (about
    // two thirds of the unit step). A test that changes shared state (a spy, a global) restores it in
    // afterEach, as workers/costRace.test.ts does.
    pool: 'threads',
    isolate: false,
    // Generous: some property tests run thousands of cases, and CI machines may be loaded. Timings are
    // measured by benchmarks (`npm run bench`), never asserted by tests.
    testTimeout: 30_000,
    benchmark: { include: ['lib/**/*.bench.ts'] },
  },
});
