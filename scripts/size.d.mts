// Types for scripts/size.mjs.
export const DEFAULT_BUDGET_KB: number;
export function parseAttributes(tag: string): Map<string, string>;
export function extractScripts(html: string): string[];
export function pagePath(relativeFile: string): string;
export function headStart(html: string, what: string): number;
export function listFiles(dir: string, keep?: (name: string) => boolean): string[];
export function listHtml(dir: string): string[];
export interface PageSize {
  page: string;
  file: string;
  scripts: string[];
  gzipBytes: number;
}
export interface SizeReport {
  budgetKb: number;
  baseline: { scripts: string[]; gzipBytes: number };
  pages: PageSize[];
  overBudget: PageSize[];
}
export function sizeReport(options?: { root?: string; budgetKb?: number }): SizeReport;
export function formatReport(report: SizeReport): string;
