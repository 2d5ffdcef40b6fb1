// Parsing of matrices that readers paste: spreadsheet selections (TSV, CSV, semicolons, spaces) and
// JSON-style nested arrays. Every failure is a value with a line and column, never an exception.

import { formatEditable, parseNumber, quoteInput } from './number';

export { parseNumber } from './number';

/** Options for {@link parseMatrixText}. */
export interface ParseMatrixOptions {
  /** Most rows accepted (default 64). */
  maxRows?: number;
  /** Most columns accepted (default 64). */
  maxCols?: number;
  /** Longest text accepted, in UTF-16 code units (default 100 000); longer text is refused unread. */
  maxChars?: number;
  /** Smallest value accepted; smaller values are an error at their position. */
  min?: number;
  /** Largest value accepted; larger values are an error at their position. */
  max?: number;
}

/** Where and why parsing failed; `line` and `column` are 1-based and count characters. */
export interface MatrixParseError {
  line: number;
  column: number;
  message: string;
}

/** Result of {@link parseMatrixText}: a rectangular, non-empty array of rows, or an error. */
export type ParseMatrixResult = { ok: true; rows: number[][] } | { ok: false; error: MatrixParseError };

type Separator = '\t' | ';' | ',' | 'space';

interface Limits {
  maxRows: number;
  maxCols: number;
  min?: number;
  max?: number;
}

class ParseFailure {
  constructor(readonly error: MatrixParseError) {}
}

function fail(line: number, column: number, message: string): never {
  throw new ParseFailure({ line, column, message });
}

function describeSeparator(sep: Separator): string {
  return sep === '\t' ? 'tab' : sep === 'space' ? 'space' : `“${sep}”`;
}

/**
 * Parses a pasted matrix into rows of numbers: spreadsheet text or a JSON-style nested array.
 *
 * Spreadsheet text: one row per line (`\n`, `\r\n` or `\r`), blank lines ignored. The separator is chosen
 * once for the whole text: tab if any tab occurs, else `;`, else `,`, else runs of spaces. With tab or `;`
 * separators a decimal comma (`1,5`) is read as a decimal point, as European spreadsheets copy it.
 * JSON style (text starting with `[`): `[[1,2],[3,4]]`, or a flat `[1,2,3]` read as one row; trailing commas
 * are tolerated; parsed without `eval`. Numbers follow {@link parseNumber}: `-1.5e-3`, `+2`, `.5`, `−3`.
 *
 * Errors (1-based line and column of the offending character): empty text, a value that is not a number,
 * an empty cell between separators, a ragged row (`line 3 has 2 values, expected 3`), more than `maxRows`
 * rows or `maxCols` columns, text longer than `maxChars`, a value outside `[min, max]`, and bracket syntax
 * errors. Never throws.
 *
 * @example parseMatrixText('1\t2\r\n3\t4') // { ok: true, rows: [[1, 2], [3, 4]] }
 * @example parseMatrixText('1,2\n3') // { ok: false, error: { line: 2, column: 2, message: 'line 2 has 1 value, expected 2 (as on line 1)' } }
 */
export function parseMatrixText(text: string, options: ParseMatrixOptions = {}): ParseMatrixResult {
  const { maxRows = 64, maxCols = 64, maxChars = 100_000, min, max } = options;
  if (typeof text !== 'string')
    return { ok: false, error: { line: 1, column: 1, message: 'no text to read' } };
  if (text.length > maxChars) {
    return {
      ok: false,
      error: {
        line: 1,
        column: 1,
        message: `text is too long: ${text.length} characters (limit ${maxChars})`,
      },
    };
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const limits: Limits = { maxRows, maxCols, min, max };
  try {
    const rows = /^\s*\[/.test(normalised)
      ? parseBracketed(normalised, limits)
      : parseDelimited(normalised, limits);
    return { ok: true, rows };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    // Defensive: an unexpected internal error is still reported, not thrown.
    return { ok: false, error: { line: 1, column: 1, message: `could not read the text (${String(e)})` } };
  }
}

function checkRange(value: number, line: number, column: number, limits: Limits): void {
  if (limits.min !== undefined && value < limits.min) {
    fail(line, column, `${formatEditable(value)} is below the minimum ${formatEditable(limits.min)}`);
  }
  if (limits.max !== undefined && value > limits.max) {
    fail(line, column, `${formatEditable(value)} is above the maximum ${formatEditable(limits.max)}`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function detectSeparator(text: string): Separator {
  if (text.includes('\t')) return '\t';
  if (text.includes(';')) return ';';
  if (text.includes(',')) return ',';
  return 'space';
}

interface Cell {
  text: string;
  column: number;
}

function splitLine(line: string, sep: Separator): Cell[] {
  const cells: Cell[] = [];
  if (sep === 'space') {
    for (const m of line.matchAll(/\S+/g)) cells.push({ text: m[0], column: (m.index ?? 0) + 1 });
    return cells;
  }
  let offset = 0;
  for (const piece of line.split(sep)) {
    const lead = piece.length - piece.trimStart().length;
    cells.push({ text: piece.trim(), column: offset + (piece.trim() === '' ? 0 : lead) + 1 });
    offset += piece.length + 1;
  }
  return cells;
}

function parseDelimited(text: string, limits: Limits): number[][] {
  const sep = detectSeparator(text);
  const decimalComma = sep === '\t' || sep === ';';
  const lines = text.split('\n');
  const rows: number[][] = [];
  let width = -1;
  let widthLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (line.trim() === '') continue;
    if (rows.length >= limits.maxRows) {
      fail(lineNo, 1, `too many rows: more than ${limits.maxRows}`);
    }
    const cells = splitLine(line, sep);
    if (cells.length > limits.maxCols) {
      fail(
        lineNo,
        cells[limits.maxCols].column,
        `too many columns: ${cells.length} (limit ${limits.maxCols})`,
      );
    }
    const row: number[] = [];
    for (const cell of cells) {
      if (cell.text === '') {
        fail(lineNo, cell.column, `empty value between ${describeSeparator(sep)} separators`);
      }
      const value = parseNumber(cell.text, { decimalComma });
      if (value === null) fail(lineNo, cell.column, `${quoteInput(cell.text)} is not a number`);
      checkRange(value, lineNo, cell.column, limits);
      row.push(value);
    }
    if (width < 0) {
      width = row.length;
      widthLine = lineNo;
    } else if (row.length !== width) {
      const column = row.length < width ? line.trimEnd().length + 1 : cells[width].column;
      fail(
        lineNo,
        column,
        `line ${lineNo} has ${plural(row.length, 'value')}, expected ${width} (as on line ${widthLine})`,
      );
    }
    rows.push(row);
  }
  if (rows.length === 0) fail(1, 1, 'no numbers found');
  return rows;
}

/** Recursive-descent reader for `[[1,2],[3,4]]` and `[1,2]`, with positions for every error. */
function parseBracketed(text: string, limits: Limits): number[][] {
  let pos = 0;

  const where = (at: number): [number, number] => {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at && i < text.length; i++) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return [line, at - lineStart + 1];
  };
  const failAt = (at: number, message: string): never => {
    const [line, column] = where(at);
    return fail(line, column, message);
  };
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const expect = (ch: string) => {
    skipSpace();
    if (pos >= text.length) failAt(pos, `unexpected end of text: expected “${ch}”`);
    if (text[pos] !== ch) failAt(pos, `expected “${ch}” but found “${text[pos]}”`);
    pos++;
  };

  const readNumber = (): number => {
    skipSpace();
    const start = pos;
    while (pos < text.length && !/[\s,[\]]/.test(text[pos])) pos++;
    const token = text.slice(start, pos);
    if (token === '') {
      if (pos >= text.length) failAt(pos, 'unexpected end of text: expected a number');
      failAt(pos, `expected a number but found “${text[pos]}”`);
    }
    const value = parseNumber(token);
    if (value === null) failAt(start, `${quoteInput(token)} is not a number`);
    const [line, column] = where(start);
    checkRange(value as number, line, column, limits);
    return value as number;
  };

  // Reads `[a, b, c]` (pos just after the `[`), allowing one trailing comma.
  const readRow = (openAt: number, rowIndex: number): number[] => {
    const row: number[] = [];
    for (;;) {
      skipSpace();
      if (pos >= text.length) failAt(pos, `unexpected end of text: row ${rowIndex} is missing its “]”`);
      if (text[pos] === ']') {
        pos++;
        break;
      }
      if (text[pos] === '[') failAt(pos, 'nesting deeper than rows of numbers');
      if (row.length >= limits.maxCols) failAt(pos, `too many columns: more than ${limits.maxCols}`);
      row.push(readNumber());
      skipSpace();
      if (text[pos] === ',') {
        pos++;
      } else if (text[pos] !== ']') {
        if (pos >= text.length) failAt(pos, `unexpected end of text: row ${rowIndex} is missing its “]”`);
        failAt(pos, `expected “,” or “]” but found “${text[pos]}”`);
      }
    }
    if (row.length === 0) failAt(openAt, `row ${rowIndex} is empty`);
    return row;
  };

  expect('[');
  const outerOpen = pos - 1;
  skipSpace();
  let rows: number[][];
  if (pos < text.length && text[pos] !== '[' && text[pos] !== ']') {
    // A flat list: one row.
    rows = [readRow(outerOpen, 1)];
  } else {
    rows = [];
    for (;;) {
      skipSpace();
      if (pos >= text.length) failAt(pos, 'unexpected end of text: the matrix is missing its “]”');
      if (text[pos] === ']') {
        pos++;
        break;
      }
      if (text[pos] !== '[')
        failAt(pos, `expected “[” to start row ${rows.length + 1} but found “${text[pos]}”`);
      const openAt = pos;
      pos++;
      if (rows.length >= limits.maxRows) failAt(openAt, `too many rows: more than ${limits.maxRows}`);
      const row = readRow(openAt, rows.length + 1);
      if (rows.length > 0 && row.length !== rows[0].length) {
        failAt(
          openAt,
          `row ${rows.length + 1} has ${plural(row.length, 'value')}, expected ${rows[0].length}`,
        );
      }
      rows.push(row);
      skipSpace();
      if (text[pos] === ',') {
        pos++;
      } else if (text[pos] !== ']') {
        if (pos >= text.length) failAt(pos, 'unexpected end of text: the matrix is missing its “]”');
        failAt(pos, `expected “,” or “]” but found “${text[pos]}”`);
      }
    }
  }
  skipSpace();
  if (pos < text.length) failAt(pos, 'unexpected text after the closing “]”');
  if (rows.length === 0) failAt(outerOpen, 'no numbers found');
  return rows;
}

/** Options for {@link formatMatrixText}. */
export interface FormatMatrixOptions {
  /** Cell separator (default tab, which spreadsheets paste into separate cells). */
  separator?: string;
  /** Decimals passed to `formatEditable`; default: shortest exact form (`String(x)`), which round-trips. */
  digits?: number;
}

/**
 * Writes rows of numbers as text that {@link parseMatrixText} reads back: one line per row, cells joined by
 * `separator` (tab by default). Without `digits` each number is written exactly (`String(x)`), so
 * `parseMatrixText(formatMatrixText(m))` returns `m`; non-finite cells are written as `NaN`/`Infinity`
 * (which the parser then rejects, so a broken matrix is noticed rather than silently changed).
 *
 * @example formatMatrixText([[1, 2], [3, 4]]) // '1\t2\n3\t4'
 */
export function formatMatrixText(
  rows: readonly (readonly number[])[],
  options: FormatMatrixOptions = {},
): string {
  const { separator = '\t', digits } = options;
  const cell = (x: number) =>
    digits === undefined || !Number.isFinite(x)
      ? String(x)
      : formatEditable(x, { digits, missing: String(x) });
  return rows.map((row) => row.map(cell).join(separator)).join('\n');
}

/**
 * Writes a parse error as one sentence for the reader, `Line 2, column 5: “abc” is not a number`.
 *
 * @example formatParseError({ line: 1, column: 3, message: 'no numbers found' }) // 'Line 1, column 3: no numbers found'
 */
export function formatParseError(error: MatrixParseError): string {
  return `Line ${error.line}, column ${error.column}: ${error.message}`;
}
