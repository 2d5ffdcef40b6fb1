// Types for scripts/test.mjs.
export const PLAYWRIGHT_JSON: string;
export interface Step {
  name: string;
  label: string;
  command: string;
  args: string[];
}
export const STEPS: readonly Step[];
export function parseArgs(argv: string[], names?: string[]): { skip: Set<string> };
export function countTests(
  vitest: { numPassedTests?: number; numFailedTests?: number } | null,
  playwright: { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null,
): { passed: number; failed: number };
export function formatDuration(ms: number): string;
export function formatSummary(results: { label: string; status: string; ms: number | null }[]): string;
