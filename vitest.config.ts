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
    // Worker threads, not forked processes: the same isolation per file at about three quarters of the CPU.
    pool: 'threads',
    // Generous: some property tests run thousands of cases, and CI machines may be loaded. Timings are
    // measured by benchmarks (`npm run bench`), never asserted by tests.
    testTimeout: 30_000,
    benchmark: { include: ['lib/**/*.bench.ts'] },
  },
});
