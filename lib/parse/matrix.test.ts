import { describe, expect, it } from 'vitest';
import { formatMatrixText, formatParseError, type ParseMatrixResult, parseMatrixText } from './matrix';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rows(result: ParseMatrixResult): number[][] {
  if (!result.ok) throw new Error(`expected ok, got ${formatParseError(result.error)}`);
  return result.rows;
}

function error(result: ParseMatrixResult) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.rows)}`);
  return result.error;
}

function randomMatrix(r: () => number): number[][] {
  const m = 1 + Math.floor(r() * 8);
  const n = 1 + Math.floor(r() * 8);
  return Array.from({ length: m }, () =>
    Array.from({ length: n }, () => {
      const kind = r();
      // `+ 0` turns -0 into 0: parseNumber normalises -0, which toEqual would tell apart.
      if (kind < 0.2) return Math.round((r() - 0.5) * 200) + 0;
      if (kind < 0.3) return 0;
      return (r() - 0.5) * 10 ** Math.floor(r() * 16 - 8);
    }),
  );
}

describe('parseMatrixText: spreadsheet text', () => {
  it.each([
    [
      'tabs',
      '1\t2\t3\n4\t5\t6',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    [
      'commas',
      '1,2,3\n4,5,6',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    [
      'commas with spaces',
      '1, 2, 3\n 4 ,5 , 6 ',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    [
      'semicolons',
      '1;2\n3;4',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'runs of spaces',
      '  1   2\n3    4',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'spaces only',
      '1    -2\n   3  4   ',
      [
        [1, -2],
        [3, 4],
      ],
    ],
    [
      'Windows line endings',
      '1\t2\r\n3\t4\r\n',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'old Mac line endings',
      '1 2\r3 4',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'blank lines ignored',
      '\n\n1,2\n\n   \n3,4\n\n',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'number forms',
      '-1.5e-3 +2 .5\n5. \u22123 1E2',
      [
        [-0.0015, 2, 0.5],
        [5, -3, 100],
      ],
    ],
    [
      'decimal comma with semicolons',
      '1,5;2\n-0,25;3',
      [
        [1.5, 2],
        [-0.25, 3],
      ],
    ],
    [
      'decimal comma with tabs',
      '1,5\t2\n3\t4,75',
      [
        [1.5, 2],
        [3, 4.75],
      ],
    ],
    ['byte-order mark', '\uFEFF1,2', [[1, 2]]],
    ['single number', '7', [[7]]],
    ['single column', '1\n2\n3', [[1], [2], [3]]],
  ])('parseMatrixText reads %s', (_name, text, expected) => {
    expect(rows(parseMatrixText(text))).toEqual(expected);
  });

  it('parseMatrixText reports a ragged row with the expected count', () => {
    const e = error(parseMatrixText('1,2,3\n4,5,6\n7,8'));
    expect(e).toEqual({ line: 3, column: 4, message: 'line 3 has 2 values, expected 3 (as on line 1)' });
  });

  it('parseMatrixText reports a long row at the first extra value', () => {
    const e = error(parseMatrixText('1 2\n3 4  5'));
    expect(e.line).toBe(2);
    expect(e.column).toBe(6);
    expect(e.message).toBe('line 2 has 3 values, expected 2 (as on line 1)');
  });

  it('parseMatrixText counts lines including blank ones for ragged rows', () => {
    const e = error(parseMatrixText('1\t2\n\n\n3'));
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/^line 4 has 1 value, expected 2/);
  });

  it('parseMatrixText names a non-number and its column', () => {
    expect(error(parseMatrixText('1,2,3\n4,abc,6'))).toEqual({
      line: 2,
      column: 3,
      message: '“abc” is not a number',
    });
    expect(error(parseMatrixText('1\t2\n3\t  x'))).toEqual({
      line: 2,
      column: 5,
      message: '“x” is not a number',
    });
    expect(error(parseMatrixText('1 2\n3   4e'))).toEqual({
      line: 2,
      column: 5,
      message: '“4e” is not a number',
    });
  });

  it('parseMatrixText rejects NaN and Infinity cells', () => {
    expect(error(parseMatrixText('1 NaN')).column).toBe(3);
    expect(error(parseMatrixText('Infinity 1')).column).toBe(1);
    expect(error(parseMatrixText('1e999,1')).message).toBe('“1e999” is not a number');
  });

  it('parseMatrixText reports empty cells between separators', () => {
    expect(error(parseMatrixText('1,,3'))).toEqual({
      line: 1,
      column: 3,
      message: 'empty value between “,” separators',
    });
    expect(error(parseMatrixText('1\t2\t\n3\t4\t5')).message).toBe('empty value between tab separators');
    expect(error(parseMatrixText(';1')).column).toBe(1);
  });

  it('parseMatrixText with a tab anywhere splits on tabs only, so a space inside a cell is an error', () => {
    expect(error(parseMatrixText('1 2\t3\n4\t5'))).toEqual({
      line: 1,
      column: 1,
      message: '“1 2” is not a number',
    });
  });

  it('parseMatrixText reports empty text', () => {
    for (const text of ['', '   ', '\n\n\r\n', '\uFEFF']) {
      expect(error(parseMatrixText(text))).toEqual({ line: 1, column: 1, message: 'no numbers found' });
    }
  });

  it('parseMatrixText refuses text longer than maxChars', () => {
    const e = error(parseMatrixText('1 '.repeat(20), { maxChars: 10 }));
    expect(e.message).toBe('text is too long: 40 characters (limit 10)');
    expect(rows(parseMatrixText('1 2', { maxChars: 3 }))).toEqual([[1, 2]]);
  });

  it('parseMatrixText refuses more than maxRows rows and maxCols columns', () => {
    expect(error(parseMatrixText('1\n2\n3', { maxRows: 2 }))).toEqual({
      line: 3,
      column: 1,
      message: 'too many rows: more than 2',
    });
    expect(error(parseMatrixText('1,2,3', { maxCols: 2 }))).toEqual({
      line: 1,
      column: 5,
      message: 'too many columns: 3 (limit 2)',
    });
    expect(rows(parseMatrixText('1,2\n3,4', { maxRows: 2, maxCols: 2 }))).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('parseMatrixText has default limits of 64 rows and 64 columns', () => {
    const ok = Array.from({ length: 64 }, () => Array(64).fill('1').join('\t')).join('\n');
    expect(rows(parseMatrixText(ok))).toHaveLength(64);
    expect(error(parseMatrixText(`${ok}\n1`)).message).toBe('too many rows: more than 64');
    expect(error(parseMatrixText(Array(65).fill('1').join(','))).message).toBe(
      'too many columns: 65 (limit 64)',
    );
  });

  it('parseMatrixText refuses values outside [min, max] at their position', () => {
    expect(error(parseMatrixText('0 0.5\n1 1.5', { min: 0, max: 1 }))).toEqual({
      line: 2,
      column: 3,
      message: '1.5 is above the maximum 1',
    });
    expect(error(parseMatrixText('-2,1', { min: -1 })).message).toBe('-2 is below the minimum -1');
  });

  it('parseMatrixText reads a huge single line without blowing the stack', () => {
    const text = Array(60).fill('1.25').join('\t');
    expect(rows(parseMatrixText(text))[0]).toHaveLength(60);
  });
});

describe('parseMatrixText: bracketed (JSON-style) text', () => {
  it.each([
    [
      'nested',
      '[[1,2],[3,4]]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'with whitespace and newlines',
      ' [\n  [1, 2],\n  [3, 4]\n]\n',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['flat list as one row', '[1, 2.5, -3]', [[1, 2.5, -3]]],
    [
      'trailing commas',
      '[[1,2,],[3,4,],]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'number forms',
      '[[-1.5e-3, +2], [.5, \u22121]]',
      [
        [-0.0015, 2],
        [0.5, -1],
      ],
    ],
    [
      'Windows line endings',
      '[[1,2],\r\n[3,4]]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['one cell', '[[7]]', [[7]]],
  ])('parseMatrixText reads %s', (_name, text, expected) => {
    expect(rows(parseMatrixText(text))).toEqual(expected);
  });

  it.each([
    ['[[1,2],[3]]', 1, 8, 'row 2 has 1 value, expected 2'],
    ['[[1,2],\n [3,x]]', 2, 5, '“x” is not a number'],
    ['[[1,2],[3,4]', 1, 13, 'unexpected end of text: the matrix is missing its “]”'],
    ['[[1,2', 1, 6, 'unexpected end of text: row 1 is missing its “]”'],
    ['[[1 2]]', 1, 5, 'expected “,” or “]” but found “2”'],
    ['[[1,2]] x', 1, 9, 'unexpected text after the closing “]”'],
    ['[]', 1, 1, 'no numbers found'],
    ['[[]]', 1, 2, 'row 1 is empty'],
    ['[[1,,2]]', 1, 5, 'expected a number but found “,”'],
    ['[[[1]]]', 1, 3, 'nesting deeper than rows of numbers'],
    ['[[1],2]', 1, 6, 'expected “[” to start row 2 but found “2”'],
    ['[1,[2]]', 1, 4, 'nesting deeper than rows of numbers'],
    ['[[NaN]]', 1, 3, '“NaN” is not a number'],
    ['[[1e999]]', 1, 3, '“1e999” is not a number'],
    ['[[1,2],[3,4]],', 1, 14, 'unexpected text after the closing “]”'],
    ['[', 1, 2, 'unexpected end of text: the matrix is missing its “]”'],
    ['[1,', 1, 4, 'unexpected end of text: row 1 is missing its “]”'],
    ['[["1"]]', 1, 3, '“"1"” is not a number'],
  ])('parseMatrixText(%j) fails at line %d, column %d: %s', (text, line, column, message) => {
    expect(error(parseMatrixText(text))).toEqual({ line, column, message });
  });

  it('parseMatrixText applies limits and ranges to bracketed text', () => {
    expect(error(parseMatrixText('[[1],[2],[3]]', { maxRows: 2 })).message).toBe(
      'too many rows: more than 2',
    );
    expect(error(parseMatrixText('[[1,2,3]]', { maxCols: 2 })).message).toBe('too many columns: more than 2');
    expect(error(parseMatrixText('[[0, 2]]', { max: 1 }))).toEqual({
      line: 1,
      column: 6,
      message: '2 is above the maximum 1',
    });
  });

  it('parseMatrixText refuses deeply nested brackets without a stack overflow', () => {
    const deep = `${'['.repeat(40_000)}1${']'.repeat(40_000)}`;
    const e = error(parseMatrixText(deep));
    expect(e.message).toBe('nesting deeper than rows of numbers');
  });
});

describe('parseMatrixText: malformed input never throws', () => {
  it('parseMatrixText returns a result for seeded random garbage', () => {
    const r = rng(99);
    const alphabet = '0123456789.,;\t \n\r-+eE[]"abc\u2212\uFEFF{}';
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(r() * 40);
      let text = '';
      for (let j = 0; j < len; j++) text += alphabet[Math.floor(r() * alphabet.length)];
      const result = parseMatrixText(text, { maxRows: 8, maxCols: 8 });
      if (result.ok) {
        expect(result.rows.length).toBeGreaterThan(0);
        const width = result.rows[0].length;
        for (const row of result.rows) {
          expect(row).toHaveLength(width);
          for (const x of row) expect(Number.isFinite(x)).toBe(true);
        }
      } else {
        expect(result.error.line).toBeGreaterThanOrEqual(1);
        expect(result.error.column).toBeGreaterThanOrEqual(1);
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('parseMatrixText reports the error line and column inside the text', () => {
    const r = rng(123);
    for (let i = 0; i < 500; i++) {
      const m = randomMatrix(r);
      const lines = formatMatrixText(m).split('\n');
      const li = Math.floor(r() * lines.length);
      const cells = lines[li].split('\t');
      const ci = Math.floor(r() * cells.length);
      cells[ci] = 'oops';
      lines[li] = cells.join('\t');
      const e = error(parseMatrixText(lines.join('\n')));
      expect(e.line).toBe(li + 1);
      expect(lines[li].slice(e.column - 1, e.column + 3)).toBe('oops');
      expect(e.message).toBe('“oops” is not a number');
    }
  });

  it('parseMatrixText(non-string) gives an error instead of throwing', () => {
    expect(parseMatrixText(null as unknown as string).ok).toBe(false);
  });
});

describe('round trips', () => {
  it('parseMatrixText(formatMatrixText(m)) returns m exactly for seeded random matrices (TSV)', () => {
    const r = rng(2024);
    for (let i = 0; i < 500; i++) {
      const m = randomMatrix(r);
      expect(rows(parseMatrixText(formatMatrixText(m)))).toEqual(m.map((row) => row.map((x) => x + 0)));
    }
  });

  it.each([
    [',', '\n'],
    [';', '\n'],
    [' ', '\n'],
    ['   ', '\r\n'],
    [', ', '\r\n\r\n'],
  ])('parseMatrixText reads back matrices joined by %j and %j', (sep, eol) => {
    const r = rng(sep.length * 31 + eol.length);
    for (let i = 0; i < 200; i++) {
      const m = randomMatrix(r);
      const text = m.map((row) => row.join(sep)).join(eol);
      expect(rows(parseMatrixText(text))).toEqual(m);
    }
  });

  it('parseMatrixText(JSON.stringify(m)) returns m for seeded random matrices', () => {
    const r = rng(77);
    for (let i = 0; i < 300; i++) {
      const m = randomMatrix(r);
      expect(rows(parseMatrixText(JSON.stringify(m)))).toEqual(m);
      expect(rows(parseMatrixText(JSON.stringify(m, null, 2)))).toEqual(m);
    }
  });

  it('parseMatrixText reads matrices with typeset minus signs', () => {
    const r = rng(8);
    for (let i = 0; i < 200; i++) {
      const m = randomMatrix(r);
      const text = formatMatrixText(m).replaceAll('-', '\u2212');
      expect(rows(parseMatrixText(text))).toEqual(m);
    }
  });
});

describe('formatMatrixText and formatParseError', () => {
  it('formatMatrixText writes tabs by default and honours separator and digits', () => {
    expect(
      formatMatrixText([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('1\t2\n3\t4');
    expect(formatMatrixText([[1 / 3, 0.5]], { separator: ', ', digits: 2 })).toBe('0.33, 0.5');
    expect(formatMatrixText([[NaN, 1]], { digits: 2 })).toBe('NaN\t1');
  });

  it('formatParseError writes line, column and message as one sentence', () => {
    expect(formatParseError({ line: 2, column: 5, message: '“abc” is not a number' })).toBe(
      'Line 2, column 5: “abc” is not a number',
    );
  });
});
