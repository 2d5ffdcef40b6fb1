/** Text formats for a widget's exported data. Pure: unit-tested in Node. */
import type { ExportData } from './exports';

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function numberText(x: number): string {
  // Full precision, and never the word NaN in a spreadsheet cell.
  return Number.isFinite(x) ? String(x) : '';
}

/** CSV with an optional header row (column labels) and first column (row labels). */
export function toCsv(data: ExportData): string {
  const lines: string[] = [];
  if (data.colLabels) lines.push([...(data.rowLabels ? [''] : []), ...data.colLabels].map(csvCell).join(','));
  data.rows.forEach((row, i) => {
    const cells = row.map(numberText);
    if (data.rowLabels) cells.unshift(csvCell(data.rowLabels[i] ?? ''));
    lines.push(cells.join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** JSON with the rows, labels and metadata; non-finite numbers become null. */
export function toJson(data: ExportData): string {
  return JSON.stringify(
    {
      name: data.name,
      ...(data.meta ? { meta: data.meta } : {}),
      ...(data.rowLabels ? { rowLabels: data.rowLabels } : {}),
      ...(data.colLabels ? { colLabels: data.colLabels } : {}),
      rows: data.rows.map((r) => r.map((x) => (Number.isFinite(x) ? x : null))),
    },
    null,
    2,
  );
}
