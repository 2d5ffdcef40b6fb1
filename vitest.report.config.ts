import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Reports: long measurements on the real assets whose numbers an article quotes (`npm run report:tagger`
 * writes content/bilstm-entities.results.json). Not part of `npm test`: they train models for minutes; the
 * article's prose test checks the text against the JSON they write.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: { include: ['workers/**/*.report.ts'], environment: 'node', testTimeout: 3_600_000 },
});
