import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collectExports,
  collectLib,
  firstSentence,
  formatWithBiome,
  renderFamily,
  renderSignature,
  scanModule,
  tokenize,
  undocumented,
  updateReadme,
} from './lib-readme.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A file tree in memory: collectExports reads it instead of the disk. */
function tree(files: Record<string, string>) {
  return {
    readFile: (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error(`no fixture ${file}`);
      return text;
    },
    exists: (file: string) => file in files,
  };
}

function exportsOf(files: Record<string, string>, entry = 'lib/fam/index.ts') {
  const { readFile, exists } = tree(files);
  return collectExports(entry, readFile, exists);
}

describe('tokenize(src)', () => {
  it('tokenize tells a regular expression from a division by the token before the slash', () => {
    const kinds = (src: string) => tokenize(src).map((t) => t.t);
    expect(kinds('a / b / c')).toEqual(['id', 'p', 'id', 'p', 'id']);
    expect(kinds('x = /[{]}/g;')).toEqual(['id', 'p', 're', 'p']);
    expect(kinds('return /a\\/b/.test(s)')[1]).toBe('re');
  });

  it('tokenize reads a template literal with nested braces in its expressions as strings around them', () => {
    const open = '$' + '{'; // the source text of a template literal, not a template here
    const tokens = tokenize(`\`a${open} { b: \`c${open}d}\` }.b }e\` + 1`);
    expect(tokens.filter((t) => t.t === 'p' && (t.v === '{' || t.v === '}')).map((t) => t.v)).toEqual([
      '{',
      '}',
    ]);
    expect(tokens[tokens.length - 1]).toMatchObject({ t: 'num', v: '1' });
  });

  it('tokenize keeps /** doc */ comments apart from other comments, and => as one token', () => {
    const tokens = tokenize('/** doc */ /* c */ // line\n(a) => a');
    expect(tokens.map((t) => t.t)).toEqual(['doc', 'cmt', 'cmt', 'p', 'id', 'p', 'p', 'id']);
    expect(tokens[6].v).toBe('=>');
  });
});

describe('scanModule(src)', () => {
  it('scanModule finds top-level declarations with their doc comments, not braces inside strings or regexes', () => {
    const mod = scanModule(
      [
        "const PATTERN = /[{]/; const TEXT = '}';",
        '/** Doubles. */',
        'export function double(x: number): number {',
        '  const inner = { function: 1 };',
        '  return x * 2;',
        '}',
        'function helper() {}',
        '// a line comment does not detach a doc comment (as in TypeScript)',
        '/** Halves. */',
        '// note',
        'export const half = (x: number) => x / 2;',
      ].join('\n'),
    );
    expect([...mod.declarations.keys()]).toEqual(['PATTERN', 'TEXT', 'double', 'helper', 'half']);
    expect(mod.declarations.get('double')?.[0]).toMatchObject({
      kind: 'function',
      doc: '/** Doubles. */',
      line: 3,
    });
    expect(mod.declarations.get('helper')?.[0]).toMatchObject({ exported: false, doc: null });
    expect(mod.declarations.get('half')?.[0]).toMatchObject({ kind: 'const', doc: '/** Halves. */' });
    expect(mod.exports).toEqual([
      { name: 'double', local: 'double' },
      { name: 'half', local: 'half' },
    ]);
  });

  it('scanModule reads export lists, aliases, type modifiers and export *', () => {
    const mod = scanModule(
      [
        "export type { A, B } from './types';",
        "export { f, type C as D, g as h } from './fns';",
        "export * from './more';",
        'const local = 1;',
        'export { local as publicName };',
      ].join('\n'),
    );
    expect(mod.exports).toEqual([
      { name: 'A', from: './types', imported: 'A' },
      { name: 'B', from: './types', imported: 'B' },
      { name: 'f', from: './fns', imported: 'f' },
      { name: 'D', from: './fns', imported: 'C' },
      { name: 'h', from: './fns', imported: 'g' },
      { star: true, from: './more' },
      { name: 'publicName', local: 'local' },
    ]);
  });
});

describe('collectExports(entry, readFile, exists)', () => {
  const files = {
    'lib/fam/index.ts': [
      "export type { Shape } from './shape';",
      "export { area, UNIT } from './shape';",
      "export * from './more';",
      "export { parse } from './reexport';",
    ].join('\n'),
    'lib/fam/shape.ts': [
      '/** A rectangle: width × height. */',
      'export interface Shape {',
      '  /** Width. */',
      '  readonly width: number;',
      '  height?: number;',
      '  [key: string]: unknown;',
      '}',
      '/** The unit square. */',
      'export const UNIT: Shape = { width: 1, height: 1 };',
      '/** The area w·h of a shape. */',
      'export function area(s: Shape, { scale = 1 }: { scale?: number } = {}): number {',
      '  return s.width * (s.height ?? 0) * scale;',
      '}',
    ].join('\n'),
    'lib/fam/more.ts': [
      '/** Kinds of shape. */',
      "export type Kind = 'square' | 'circle';",
      '/** A number or a string, doubled. */',
      'export function twice(x: number): number;',
      'export function twice(x: string): string;',
      'export function twice(x: number | string): number | string {',
      "  return typeof x === 'number' ? 2 * x : x + x;",
      '}',
      'export const NO_DOC = 3;',
    ].join('\n'),
    'lib/fam/reexport.ts': "import { parse } from './impl';\nexport { parse };",
    'lib/fam/impl.ts':
      '/** Parses. */\nexport function parse<T>(text: string, fallback?: T): T | null {\n  return null;\n}',
  };

  it('collectExports lists re-exports in export order, `export *` expanded in place, through imports', () => {
    const list = exportsOf(files);
    expect(list.map((e) => [e.name, e.kind, e.file])).toEqual([
      ['Shape', 'interface', 'lib/fam/shape.ts'],
      ['area', 'function', 'lib/fam/shape.ts'],
      ['UNIT', 'const', 'lib/fam/shape.ts'],
      ['Kind', 'type', 'lib/fam/more.ts'],
      ['twice', 'function', 'lib/fam/more.ts'],
      ['NO_DOC', 'const', 'lib/fam/more.ts'],
      ['parse', 'function', 'lib/fam/impl.ts'],
    ]);
  });

  it('collectExports keeps the overload signatures of a function, not its implementation', () => {
    const twice = exportsOf(files).find((e) => e.name === 'twice');
    expect(twice?.doc).toBe('/** A number or a string, doubled. */');
    expect(twice?.declarations.map((d) => renderSignature(d as never))).toEqual([
      '(x: number): number',
      '(x: string): string',
    ]);
  });

  it('collectExports reads an export const with its type, and interface members', () => {
    const list = exportsOf(files);
    expect(list.find((e) => e.name === 'UNIT')?.declarations[0]).toMatchObject({
      kind: 'const',
      type: 'Shape',
      value: '{ width: 1, height: 1 }',
    });
    expect(list.find((e) => e.name === 'Shape')?.declarations[0]).toMatchObject({
      members: ['width', 'height', '[…]'],
    });
    expect(list.find((e) => e.name === 'Kind')?.declarations[0]).toMatchObject({
      value: "'square' | 'circle'",
    });
  });

  it('collectExports reports an export without a doc comment with doc null, and undocumented names it', () => {
    const list = exportsOf(files);
    expect(list.find((e) => e.name === 'NO_DOC')?.doc).toBeNull();
    expect(undocumented([{ name: 'fam', entry: 'lib/fam/index.ts', exports: list }])).toEqual([
      'fam: NO_DOC (lib/fam/more.ts:9)',
    ]);
  });

  it('collectExports throws when an exported name has no declaration or a module is missing', () => {
    expect(() =>
      exportsOf({ 'lib/fam/index.ts': "export { ghost } from './a';", 'lib/fam/a.ts': '' }),
    ).toThrow(/exports 'ghost' but no declaration/);
    expect(() => exportsOf({ 'lib/fam/index.ts': "export * from './nowhere';" })).toThrow(/cannot resolve/);
  });

  it('renderFamily writes one table per file, in export order, marking undocumented exports', () => {
    const text = renderFamily({ name: 'fam', entry: 'lib/fam/index.ts', exports: exportsOf(files) });
    const header = '| export | kind | signature | summary |\n| --- | --- | --- | --- |';
    expect(text).toContain(
      [
        '`shape.ts`',
        '',
        header,
        '| `Shape` | interface | `{ width, height, […] }` | A rectangle: width × height. |',
        '| `area` | function | `(s: Shape, { scale }?: { scale?: number }): number` | The area w·h of a shape. |',
        '| `UNIT` | const | `Shape = { width: 1, height: 1 }` | The unit square. |',
      ].join('\n'),
    );
    expect(text).toContain("| `Kind` | type | `= 'square' \\| 'circle'` | Kinds of shape. |");
    expect(text).toContain('| `twice` | function | `(x: number): number`<br>`(x: string): string` |');
    expect(text).toContain('| `NO_DOC` | const | `= 3` | **undocumented** |');
    expect(text.indexOf('`impl.ts`')).toBeGreaterThan(text.indexOf('`more.ts`'));
  });

  it('renderFamily escapes Markdown in summaries outside code spans', () => {
    const list = exportsOf({
      'lib/fam/index.ts': '/** The norm ‖x‖_p of `a_b`, S*_{q,p} < 1 | 2. */\nexport const P = 2;',
    });
    expect(renderFamily({ name: 'fam', entry: 'lib/fam/index.ts', exports: list })).toContain(
      '| The norm ‖x‖\\_p of `a_b`, S\\*\\_{q,p} \\< 1 \\| 2. |',
    );
  });
});

describe('renderSignature(declaration)', () => {
  const fn = (src: string) => {
    const [entry] = scanModule(src).declarations.values();
    return renderSignature(entry[0] as never);
  };

  it('renderSignature shows short defaults and writes long or object defaults as optional', () => {
    expect(fn('function f(x: number, p = 2, o: Opts = {}, s = "a long default string"): number {}')).toBe(
      '(x: number, p = 2, o?: Opts, s?): number',
    );
  });

  it('renderSignature shortens long signatures: object types first, then parameter types', () => {
    const long = fn(
      'function g(first: ReadonlyArray<number>, second: { alpha: number; beta: string; gamma: boolean }, third: Map<string, number>): { a: number; b: number; c: number; d: number } {}',
    );
    expect(long).toBe('(first, second, third): { a: number; b: number; c: number; d: number }');
    expect(fn('function h(a: { x: number; y: number; z: number; w: number; v: number }): void {}')).toBe(
      '(a: { x: number; y: number; z: number; w: number; v: number }): void',
    );
  });

  it('renderSignature keeps generics and rest parameters', () => {
    expect(fn('function k<T extends object>(...items: T[]): T {}')).toBe(
      '<T extends object>(...items: T[]): T',
    );
  });
});

describe('firstSentence(doc)', () => {
  it('firstSentence stops at the first full stop before a capital, not inside e.g. or a number', () => {
    expect(firstSentence('/**\n * Adds two numbers, e.g. 1.5 and 2.\n * Throws on NaN.\n */')).toBe(
      'Adds two numbers, e.g. 1.5 and 2.',
    );
    expect(firstSentence('/** The softmax of x. */')).toBe('The softmax of x.');
  });

  it('firstSentence reads {@link X} as code and stops before a list, a blank line or a tag', () => {
    expect(firstSentence('/** Options of {@link attention}:\n * - scale\n * - temperature */')).toBe(
      'Options of `attention`.',
    );
    expect(firstSentence('/** One\n * line\n *\n * Second paragraph. */')).toBe('One line');
    expect(firstSentence('/** Short\n * @example f(1) */')).toBe('Short');
  });
});

describe('updateReadme(readme, families)', () => {
  const family = {
    name: 'fam',
    entry: 'lib/fam/index.ts',
    exports: exportsOf({ 'lib/fam/index.ts': '/** One. */\nexport const ONE = 1;' }),
  };

  it('updateReadme replaces the block between the markers and keeps the prose around it', () => {
    const readme =
      '# lib\n\nProse before.\n\n<!-- api:fam:start -->\nold table\n<!-- api:fam:end -->\n\nProse after.\n';
    const out = updateReadme(readme, [family]);
    expect(out).toBe(
      `# lib\n\nProse before.\n\n<!-- api:fam:start -->\n${renderFamily(family)}\n<!-- api:fam:end -->\n\nProse after.\n`,
    );
    expect(updateReadme(out, [family])).toBe(out);
  });

  it('updateReadme appends a section for a family without markers, and refuses markers of unknown families', () => {
    expect(updateReadme('# lib\n', [family])).toBe(
      `# lib\n\n## \`lib/fam\`\n\n<!-- api:fam:start -->\n${renderFamily(family)}\n<!-- api:fam:end -->\n`,
    );
    expect(() => updateReadme('<!-- api:gone:start -->\n<!-- api:gone:end -->', [family])).toThrow(/'gone'/);
  });
});

describe('lib/README.md', () => {
  const families = collectLib(ROOT);

  it('lib/README.md is what npm run docs:lib writes from the doc comments', () => {
    const readme = readFileSync(`${ROOT}/lib/README.md`, 'utf8');
    const expected = formatWithBiome(updateReadme(readme, families), ROOT);
    const a = readme.split('\n');
    const b = expected.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    const where = line < 0 ? '' : ` (first difference at line ${line + 1}: ${JSON.stringify(b[line] ?? '')})`;
    expect(readme === expected, `lib/README.md is stale: run npm run docs:lib${where}`).toBe(true);
  });

  it('every public export of lib/ has a doc comment', () => {
    expect(undocumented(families), 'exports without a doc comment (add one above the declaration)').toEqual(
      [],
    );
  });
});
