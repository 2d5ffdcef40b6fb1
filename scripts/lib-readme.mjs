#!/usr/bin/env node
// The API tables of lib/README.md, generated from the doc comments of lib's public exports so they cannot
// drift from the code. A family is a folder with an index.ts (lib/attention, lib/linalg, …) or a top-level
// module (lib/random.ts, lib/format.ts, lib/stats.ts); its public exports are what that file exports,
// following `export { … } from`, `export * from` and imports that are exported again.
// TypeScript 7 (the native compiler) has no JavaScript compiler API and TypeDoc needs one, so this reads the
// sources with a small tokenizer of its own: enough of TypeScript for top-level declarations.
// Usage: `npm run docs:lib` rewrites the blocks between `<!-- api:<family>:start -->` and
// `<!-- api:<family>:end -->` (a family without markers gets a new section at the end); `--check` writes
// nothing and exits 1 when lib/README.md is stale. Both list exports that have no doc comment.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------------
// Tokens

const IDENT_START = /[A-Za-z_$\u00a0-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u00a0-\uffff]/;
const MULTI_PUNCT = ['...', '=>', '?.'];
// After these keywords a `/` starts a regular expression, not a division.
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'instanceof',
  'yield',
  'await',
]);

/**
 * Splits TypeScript source into tokens `{ t, v, s, e }`: t is 'id', 'num', 'str' (a quoted string, or a
 * piece of a template literal around its `${…}` expressions, which are tokenized), 're', 'p' (punctuation; `...`, `=>` and `?.` are single tokens, every other operator is
 * one character, so `>>` closes two generic lists), 'doc' (a `/** … *\/` comment) or 'cmt' (any other
 * comment); s and e are the offsets of the token in the source.
 * Example: `tokenize('f(a) / 2')` → id f, p (, id a, p ), p /, num 2.
 */
export function tokenize(src) {
  const tokens = [];
  // Braces open inside a template literal's `${ … }`: on their closing brace the template resumes.
  const braces = [];
  let i = 0;
  const lastSignificant = () => {
    for (let k = tokens.length - 1; k >= 0; k--)
      if (tokens[k].t !== 'cmt' && tokens[k].t !== 'doc') return tokens[k];
    return undefined;
  };
  // Scans template text from i (just after ` or a closing } of ${…}); returns [end, opensExpression].
  const templateRest = (from) => {
    let k = from;
    while (k < src.length) {
      const c = src[k];
      if (c === '\\') k += 2;
      else if (c === '`') return [k + 1, false];
      else if (c === '$' && src[k + 1] === '{') return [k + 2, true];
      else k++;
    }
    return [k, false];
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      tokens.push({ t: 'cmt', v: src.slice(start, i), s: start, e: i });
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      const v = src.slice(start, i);
      tokens.push({ t: v.startsWith('/**') && v !== '/**/' ? 'doc' : 'cmt', v, s: start, e: i });
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ t: 'str', v: src.slice(start, i), s: start, e: i });
      continue;
    }
    if (c === '`') {
      const [end, opens] = templateRest(i + 1);
      i = end;
      if (opens) braces.push('${');
      tokens.push({ t: 'str', v: src.slice(start, i), s: start, e: i });
      continue;
    }
    if (c === '}' && braces.length > 0 && braces[braces.length - 1] === '${') {
      braces.pop();
      const [end, opens] = templateRest(i + 1);
      i = end;
      if (opens) braces.push('${');
      tokens.push({ t: 'str', v: src.slice(start, i), s: start, e: i });
      continue;
    }
    if (IDENT_START.test(c) || (c === '#' && IDENT_START.test(src[i + 1] ?? ''))) {
      i++;
      while (i < src.length && IDENT_PART.test(src[i])) i++;
      tokens.push({ t: 'id', v: src.slice(start, i), s: start, e: i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      i++;
      while (i < src.length && /[0-9A-Za-z_.]/.test(src[i])) {
        // An exponent's sign belongs to the number: 1e-7.
        if (/[eE]/.test(src[i]) && /[+-]/.test(src[i + 1] ?? '') && !/^0[xX]/.test(src.slice(start, i))) i++;
        i++;
      }
      tokens.push({ t: 'num', v: src.slice(start, i), s: start, e: i });
      continue;
    }
    if (c === '/') {
      const prev = lastSignificant();
      const regex =
        !prev ||
        (prev.t === 'p' && !/^[)\]}]$/.test(prev.v)) ||
        (prev.t === 'id' && BEFORE_REGEX.has(prev.v));
      if (regex) {
        i++;
        let inClass = false;
        while (i < src.length && src[i] !== '\n') {
          const r = src[i];
          if (r === '\\') i += 2;
          else if (r === '[' || r === ']') {
            inClass = r === '[';
            i++;
          } else if (r === '/' && !inClass) break;
          else i++;
        }
        i++;
        while (i < src.length && IDENT_PART.test(src[i])) i++;
        tokens.push({ t: 're', v: src.slice(start, i), s: start, e: i });
        continue;
      }
    }
    const multi = MULTI_PUNCT.find((p) => src.startsWith(p, i));
    const v = multi ?? c;
    i += v.length;
    if (v === '{') braces.push('{');
    else if (v === '}') braces.pop();
    tokens.push({ t: 'p', v, s: start, e: i });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------
// Declarations and exports of one module

const OPEN = { '(': ')', '[': ']', '{': '}' };
const CLOSE = new Set([')', ']', '}']);

/** Index of the token closing the bracket at tokens[i] (which is one of ( [ { <); `<` counts only < and >. */
function matching(tokens, i) {
  const open = tokens[i].v;
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    const v = tokens[k].t === 'p' ? tokens[k].v : '';
    if (open === '<') {
      if (v === '<') depth++;
      else if (v === '>') depth--;
      else if (v === '(' || v === '[' || v === '{') k = matching(tokens, k);
    } else if (v in OPEN) depth++;
    else if (CLOSE.has(v)) depth--;
    if (depth === 0) return k;
  }
  return tokens.length - 1;
}

// Tokens after which a type is not yet complete, so a `{` that follows is an object type, not a body.
const TYPE_CONTINUES = new Set([':', '|', '&', '=>', '<', ',', '(', '?', 'extends', 'keyof', 'typeof', 'is']);

/**
 * Scans a type from tokens[i] and returns the index just past it: it ends at a `stop` punctuation at its
 * own depth, or at a `{` that cannot start an object type (a function body).
 */
function skipType(tokens, i, stops) {
  let k = i;
  while (k < tokens.length) {
    const tok = tokens[k];
    const v = tok.t === 'p' ? tok.v : '';
    if (stops.includes(v)) return k;
    if (v === '{') {
      const prev = tokens[k - 1];
      if (k > i && !TYPE_CONTINUES.has(prev.v)) return k;
      k = matching(tokens, k) + 1;
      continue;
    }
    if (v === '(' || v === '[' || v === '<') {
      k = matching(tokens, k) + 1;
      continue;
    }
    if (CLOSE.has(v)) return k;
    k++;
  }
  return k;
}

/** Source text of tokens[i … j) with every comment dropped and each run of whitespace made one space. */
function textOf(tokens, i, j) {
  let out = '';
  for (let k = i; k < j; k++) {
    const tok = tokens[k];
    if (tok.t === 'cmt' || tok.t === 'doc') continue;
    if (out && k > i && tok.s > tokens[k - 1].e) out += ' ';
    else if (out && k > i && tokens[k - 1].t !== 'p' && tok.t !== 'p') out += ' ';
    out += tok.t === 'str' ? tok.v.replace(/\s*\n\s*/g, ' ') : tok.v;
  }
  return out
    .replace(/([([])\s+/g, '$1')
    .replace(/,?\s+([)\]])/g, '$1')
    .replace(/,\s*([)\]])/g, '$1')
    .replace(/,\s*}/g, ' }')
    .replace(/;\s*}/g, ' }')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits tokens[i … j) at the commas of depth 0 into [start, end) ranges. */
function splitTopLevel(tokens, i, j, separators = [',']) {
  const parts = [];
  let from = i;
  for (let k = i; k < j; k++) {
    const v = tokens[k].t === 'p' ? tokens[k].v : '';
    if (v in OPEN) k = matching(tokens, k);
    else if (v === '<' && (tokens[k - 1]?.t === 'id' || k === from)) k = matching(tokens, k);
    else if (separators.includes(v)) {
      parts.push([from, k]);
      from = k + 1;
    }
  }
  if (from < j) parts.push([from, j]);
  return parts.filter(([a, b]) => tokens.slice(a, b).some((t) => t.t !== 'cmt' && t.t !== 'doc'));
}

/** A parameter `{ name, optional, rest, type, defaultValue }` from its tokens. */
function parseParameter(tokens, a, b) {
  let k = a;
  while (k < b && (tokens[k].t === 'cmt' || tokens[k].t === 'doc')) k++;
  const rest = tokens[k]?.v === '...';
  if (rest) k++;
  let name;
  const first = tokens[k];
  if (first.v === '{' || first.v === '[') {
    const end = matching(tokens, k);
    // A destructuring pattern: its names without their defaults.
    const inner = splitTopLevel(tokens, k + 1, end).map(([x, y]) => {
      const eq = tokens.slice(x, y).findIndex((t) => t.v === '=' || t.v === ':');
      return textOf(tokens, x, eq < 0 ? y : x + eq);
    });
    name = first.v === '{' ? `{ ${inner.join(', ')} }` : `[${inner.join(', ')}]`;
    k = end + 1;
  } else {
    name = first.v;
    k++;
  }
  let optional = false;
  if (tokens[k]?.v === '?') {
    optional = true;
    k++;
  }
  let type = '';
  if (tokens[k]?.v === ':') {
    const end = Math.min(skipType(tokens, k + 1, ['=', ',']), b);
    type = textOf(tokens, k + 1, end);
    k = end;
  }
  let defaultValue = '';
  if (tokens[k]?.v === '=') defaultValue = textOf(tokens, k + 1, b);
  return { name, optional, rest, type, defaultValue };
}

/**
 * The first sentence of a doc comment: its text up to the first `@tag`, lines joined, `{@link X}` as `X`,
 * cut after the first full stop that ends a sentence (followed by a capital, a blank line or the end).
 * Example: `firstSentence('/** Adds. Then more. *\/')` → 'Adds.'.
 */
export function firstSentence(doc) {
  const body = docText(doc).split(/\n\s*@/)[0];
  // The first paragraph, up to a list if one starts inside it.
  const paragraph = body
    .split(/\n\s*\n|\n\s*(?:[-*]|\d+\.)\s/)[0]
    .replace(/\s*\n\s*/g, ' ')
    .replace(/:$/, '.')
    .trim();
  // A stop ends the sentence when a capital, a quote or a bracket follows, and it is not in "e.g." or "i.e."
  const match = /^(.*?(?<!\b(?:e\.g|i\.e|vs|cf|et al|resp|approx|Fig|Eq))[.!?])(?=\s+[A-Z(“"`[]|\s*$)/su.exec(
    paragraph,
  );
  return (match ? match[1] : paragraph).trim();
}

/** The text of a doc comment without its delimiters and leading stars, `{@link X}` as `X`. */
export function docText(doc) {
  return doc
    .replace(/^\/\*\*\s?/, '')
    .replace(/\s*\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .replace(/\{@link(?:code|plain)?\s+([^}|\s]+)(?:[\s|][^}]*)?\}/g, '`$1`')
    .trim();
}

const DECLARATION_KEYWORDS = new Set([
  'function',
  'const',
  'let',
  'var',
  'type',
  'interface',
  'class',
  'enum',
]);
const MODIFIERS = new Set(['export', 'declare', 'async', 'default', 'abstract']);

/**
 * The top-level structure of one module: `declarations` (name → list of { kind, doc, exported, … }; a
 * function with overloads has one entry per signature), `imports` (local name → { from, name }) and `exports`
 * in source order, each `{ name, local?, from?, star? }` (`star` for `export * from`).
 */
export function scanModule(src) {
  const all = tokenize(src);
  // Significant tokens, each knowing the last doc comment before it (as TypeScript attaches them, a line
  // comment in between does not detach it).
  const tokens = [];
  let doc = null;
  for (const tok of all) {
    if (tok.t === 'doc') doc = tok.v;
    else if (tok.t !== 'cmt') {
      tokens.push({ ...tok, doc });
      doc = null;
    }
  }
  const declarations = new Map();
  const imports = new Map();
  const exports = [];
  const declare = (name, entry) => {
    if (!declarations.has(name)) declarations.set(name, []);
    declarations.get(name).push(entry);
  };

  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.t === 'p' && tok.v in OPEN) {
      i = matching(tokens, i) + 1;
      continue;
    }
    if (tok.t !== 'id') {
      i++;
      continue;
    }
    // A statement: modifiers, then a keyword.
    const start = i;
    let k = i;
    let exported = false;
    while (k < tokens.length && tokens[k].t === 'id' && MODIFIERS.has(tokens[k].v)) {
      if (tokens[k].v === 'export') exported = true;
      k++;
    }
    const head = tokens[k];
    const docOf = tokens[start].doc;

    if (tok.v === 'import' && start === k) {
      const end = statementEnd(tokens, k);
      const from = tokens.slice(k, end).find((t, n, arr) => arr[n - 1]?.v === 'from' && t.t === 'str');
      const open = tokens.slice(k, end).findIndex((t) => t.v === '{');
      if (from && open >= 0) {
        const close = matching(tokens, k + open);
        for (const [a, b] of splitTopLevel(tokens, k + open + 1, close)) {
          const spec = specifier(tokens, a, b);
          imports.set(spec.alias, { from: unquote(from.v), name: spec.name });
        }
      }
      i = end;
      continue;
    }

    if (
      exported &&
      head &&
      (head.v === '{' || head.v === '*' || (head.v === 'type' && tokens[k + 1]?.v === '{'))
    ) {
      // export { a, type B as C } [from './x'];  export * from './x';  export type { … } from './x';
      const end = statementEnd(tokens, k);
      const fromIndex = tokens.slice(k, end).findIndex((t) => t.v === 'from');
      const from = fromIndex >= 0 ? unquote(tokens[k + fromIndex + 1].v) : undefined;
      if (head.v === '*') {
        if (tokens[k + 1]?.v === 'as') exports.push({ name: tokens[k + 2].v, from, namespace: true });
        else exports.push({ star: true, from });
      } else {
        const open = head.v === '{' ? k : k + 1;
        const close = matching(tokens, open);
        for (const [a, b] of splitTopLevel(tokens, open + 1, close)) {
          const spec = specifier(tokens, a, b);
          exports.push(
            from ? { name: spec.alias, from, imported: spec.name } : { name: spec.alias, local: spec.name },
          );
        }
      }
      i = end;
      continue;
    }

    // A declaration starts a statement (so `as const` and a property named `type` are not one).
    const prev = tokens[start - 1];
    const atStatementStart = !prev || prev.v === ';' || prev.v === '}';
    if (head && head.t === 'id' && DECLARATION_KEYWORDS.has(head.v) && atStatementStart) {
      const parsed = parseDeclaration(tokens, k);
      if (parsed) {
        for (const name of parsed.names) {
          declare(name, { ...parsed.entry, doc: docOf, exported, line: lineOf(src, tokens[start].s) });
          if (exported) exports.push({ name, local: name });
        }
        i = parsed.end;
        continue;
      }
    }
    i = k + 1;
  }
  // An overloaded function is exported once.
  const seen = new Set();
  const unique = exports.filter((e) => {
    if (e.star) return true;
    if (seen.has(e.name)) return false;
    seen.add(e.name);
    return true;
  });
  return { declarations, imports, exports: unique };
}

function unquote(v) {
  return v.slice(1, -1);
}

function lineOf(src, offset) {
  let line = 1;
  for (let k = 0; k < offset; k++) if (src.charCodeAt(k) === 10) line++;
  return line;
}

/** `a`, `type a`, `a as b` → { name, alias }. */
function specifier(tokens, a, b) {
  const words = tokens.slice(a, b).filter((t) => t.t === 'id' || t.t === 'str');
  const list = words[0]?.v === 'type' && words.length > 1 && words[1].v !== 'as' ? words.slice(1) : words;
  const name = list[0].v;
  const alias = list[1]?.v === 'as' ? list[2].v : name;
  return { name, alias };
}

/** Index just past the `;` ending the statement that starts at i (or of the first token of the next line's statement). */
function statementEnd(tokens, i) {
  for (let k = i; k < tokens.length; k++) {
    const v = tokens[k].t === 'p' ? tokens[k].v : '';
    if (v in OPEN) k = matching(tokens, k);
    else if (v === ';') return k + 1;
  }
  return tokens.length;
}

/** Parses the declaration whose keyword is tokens[k]: { names, entry, end }. */
function parseDeclaration(tokens, k) {
  const keyword = tokens[k].v;
  if (keyword === 'function') {
    let n = k + 1;
    if (tokens[n]?.v === '*') n++;
    const name = tokens[n].v;
    n++;
    let generics = '';
    if (tokens[n]?.v === '<') {
      const close = matching(tokens, n);
      generics = textOf(tokens, n, close + 1);
      n = close + 1;
    }
    const open = n;
    const close = matching(tokens, open);
    const params = splitTopLevel(tokens, open + 1, close).map(([a, b]) => parseParameter(tokens, a, b));
    n = close + 1;
    let returns = '';
    if (tokens[n]?.v === ':') {
      const end = skipType(tokens, n + 1, [';']);
      returns = textOf(tokens, n + 1, end);
      n = end;
    }
    let overload = true;
    if (tokens[n]?.v === '{') {
      overload = false;
      n = matching(tokens, n) + 1;
    } else if (tokens[n]?.v === ';') n++;
    return { names: [name], entry: { kind: 'function', generics, params, returns, overload }, end: n };
  }
  if (keyword === 'const' || keyword === 'let' || keyword === 'var') {
    const name = tokens[k + 1].v;
    let n = k + 2;
    let type = '';
    if (tokens[n]?.v === ':') {
      const end = skipType(tokens, n + 1, ['=', ';']);
      type = textOf(tokens, n + 1, end);
      n = end;
    }
    let value = '';
    let keys = [];
    const end = statementEnd(tokens, n);
    if (tokens[n]?.v === '=') {
      value = textOf(tokens, n + 1, tokens[end - 1]?.v === ';' ? end - 1 : end);
      if (tokens[n + 1]?.v === '{') keys = memberNames(tokens, n + 2, matching(tokens, n + 1));
    }
    return { names: [name], entry: { kind: 'const', type, value, keys }, end };
  }
  if (keyword === 'type') {
    const name = tokens[k + 1].v;
    let n = k + 2;
    let generics = '';
    if (tokens[n]?.v === '<') {
      const close = matching(tokens, n);
      generics = textOf(tokens, n, close + 1);
      n = close + 1;
    }
    const end = statementEnd(tokens, n);
    const value = textOf(tokens, n + 1, tokens[end - 1]?.v === ';' ? end - 1 : end);
    return { names: [name], entry: { kind: 'type', generics, value }, end };
  }
  if (keyword === 'interface' || keyword === 'class' || keyword === 'enum') {
    const name = tokens[k + 1].v;
    let n = k + 2;
    while (n < tokens.length && tokens[n].v !== '{')
      n = tokens[n].v === '<' ? matching(tokens, n) + 1 : n + 1;
    const close = matching(tokens, n);
    const members = keyword === 'class' ? [] : memberNames(tokens, n + 1, close);
    return { names: [name], entry: { kind: keyword, members }, end: close + 1 };
  }
  return null;
}

/** Names of the members of an interface or enum body tokens[i … j). */
function memberNames(tokens, i, j) {
  const names = [];
  for (const [a, b] of splitTopLevel(tokens, i, j, [';', ','])) {
    let k = a;
    while (
      k < b &&
      (tokens[k].v === 'readonly' || tokens[k].v === '-' || tokens[k].v === '+') &&
      tokens[k + 1]?.t !== 'p'
    )
      k++;
    const tok = tokens[k];
    if (!tok) continue;
    if (tok.v === '[') names.push('[…]');
    else if (tok.v === '(' || tok.v === '<') names.push('(…)');
    else if (tok.v === 'new') names.push('new (…)');
    else names.push(tok.t === 'str' ? unquote(tok.v) : tok.v);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------
// Families

/** The module file a relative specifier names, seen from `fromFile` (tries .ts, .tsx, /index.ts). */
function resolveModule(fromFile, specifierText, exists) {
  const base = path.posix.join(path.posix.dirname(fromFile), specifierText);
  const candidates = /\.tsx?$/.test(base) ? [base] : [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  for (const candidate of candidates) if (exists(candidate)) return candidate;
  throw new Error(`lib-readme: cannot resolve '${specifierText}' from ${fromFile}`);
}

/**
 * The public exports of the module at `entry` (a path relative to the repository, with `/`), in the order
 * the module exports them, each `{ name, kind, file, line, doc, signature? … }` from its declaration.
 * `readFile(path)` and `exists(path)` read the tree (the real one, or a fixture in the tests).
 */
export function collectExports(entry, readFile, exists) {
  const cache = new Map();
  const scan = (file) => {
    if (!cache.has(file)) cache.set(file, scanModule(readFile(file)));
    return cache.get(file);
  };
  // Where `name` of `file` is declared: follows re-exports and imports.
  const resolve = (file, name, trail = []) => {
    if (trail.length > 20) throw new Error(`lib-readme: export cycle through ${trail.join(' → ')}`);
    const mod = scan(file);
    const local = mod.declarations.get(name);
    if (local) return { file, name, declarations: local };
    const imported = mod.imports.get(name);
    if (imported) return resolve(resolveModule(file, imported.from, exists), imported.name, [...trail, file]);
    for (const e of mod.exports) {
      if (e.star) {
        const target = resolveModule(file, e.from, exists);
        if (listNames(target).includes(name)) return resolve(target, name, [...trail, file]);
      } else if (e.name === name) {
        if (e.namespace)
          throw new Error(`lib-readme: ${file} re-exports a namespace ('${name}'); list its names`);
        if (e.from) return resolve(resolveModule(file, e.from, exists), e.imported, [...trail, file]);
        if (e.local !== name) return resolve(file, e.local, [...trail, file]);
      }
    }
    throw new Error(`lib-readme: ${file} exports '${name}' but no declaration was found`);
  };
  // Exported names of a file in order, `export *` expanded in place.
  const listNames = (file, trail = []) => {
    if (trail.includes(file)) return [];
    const names = [];
    for (const e of scan(file).exports) {
      const add = e.star ? listNames(resolveModule(file, e.from, exists), [...trail, file]) : [e.name];
      for (const n of add) if (!names.includes(n)) names.push(n);
    }
    return names;
  };
  return listNames(entry).map((name) => {
    const found = resolve(entry, name);
    const decls = found.declarations;
    const signatures = decls.filter((d) => d.overload);
    const chosen = decls[0];
    const doc = decls.find((d) => d.doc)?.doc ?? null;
    return {
      name,
      declaredAs: found.name,
      file: found.file,
      line: chosen.line,
      kind: chosen.kind,
      doc,
      declarations: chosen.kind === 'function' && signatures.length > 0 ? signatures : [chosen],
    };
  });
}

/** The families of lib/: every folder with an index.ts and every top-level module, sorted by name. */
export function listFamilies(root) {
  const lib = path.join(root, 'lib');
  const families = [];
  for (const entry of readdirSync(lib).sort()) {
    const full = path.join(lib, entry);
    if (statSync(full).isDirectory()) {
      if (existsSync(path.join(full, 'index.ts')))
        families.push({ name: entry, entry: `lib/${entry}/index.ts` });
    } else if (/^[^.]+\.ts$/.test(entry) && !entry.endsWith('.d.ts')) {
      families.push({ name: entry.replace(/\.ts$/, ''), entry: `lib/${entry}` });
    }
  }
  return families;
}

/** Every family with its exports, read from the repository at `root`. */
export function collectLib(root) {
  const readFile = (file) => readFileSync(path.join(root, file), 'utf8');
  const exists = (file) => existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile();
  return listFamilies(root).map((family) => ({
    ...family,
    exports: collectExports(family.entry, readFile, exists),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

const MAX_SIGNATURE = 96;

/** Object types longer than `limit` characters, written `{ … }`. */
function collapseObjects(text, limit) {
  let out = '';
  let k = 0;
  while (k < text.length) {
    if (text[k] === '{') {
      let depth = 0;
      let e = k;
      for (; e < text.length; e++) {
        if (text[e] === '{') depth++;
        else if (text[e] === '}' && --depth === 0) break;
      }
      const literal = text.slice(k, e + 1);
      out += literal.length > limit ? '{ … }' : literal;
      k = e + 1;
    } else out += text[k++];
  }
  return out;
}

function renderParameter(p, { types, objectLimit }) {
  let name = `${p.rest ? '...' : ''}${p.name}`;
  const longDefault = p.defaultValue && (p.defaultValue.length > 16 || /^[{[]/.test(p.defaultValue));
  if (p.optional || longDefault) name += '?';
  let out = name;
  if (types && p.type) out += `: ${collapseObjects(p.type, objectLimit)}`;
  if (p.defaultValue && !longDefault) out += ` = ${p.defaultValue}`;
  return out;
}

/**
 * The signature of a function declaration, shortened until it fits in about 96 characters: first long object
 * types of parameters become `{ … }`, then parameter types are dropped (names and defaults stay), and only
 * then is the return type shortened.
 * Example: `(x: ArrayLike<number>, p = 2): number`.
 */
export function renderSignature(d) {
  const attempt = ({ types, paramObjects, returnObjects }) => {
    const params = d.params.map((p) => renderParameter(p, { types, objectLimit: paramObjects })).join(', ');
    const returns = d.returns ? `: ${collapseObjects(d.returns, returnObjects)}` : '';
    return `${d.generics}(${params})${returns}`;
  };
  const all = Number.POSITIVE_INFINITY;
  const steps = [
    { types: true, paramObjects: all, returnObjects: all },
    { types: true, paramObjects: 40, returnObjects: all },
    { types: true, paramObjects: 0, returnObjects: all },
    { types: false, paramObjects: 0, returnObjects: all },
    { types: false, paramObjects: 0, returnObjects: 40 },
    { types: false, paramObjects: 0, returnObjects: 0 },
  ];
  let text = '';
  for (const options of steps) {
    text = attempt(options);
    if (text.length <= MAX_SIGNATURE) return text;
  }
  return text;
}

function renderValue(d) {
  const parts = [];
  if (d.type) parts.push(d.type);
  if (d.value && d.value.length <= 80 && d.type.length + d.value.length <= 104) parts.push(`= ${d.value}`);
  else if (!d.type && d.keys.length > 0) parts.push(`= { ${d.keys.join(', ')} }`);
  return parts.join(' ');
}

function renderTypeDetail(d) {
  if (d.kind === 'type') return d.value.length <= 64 ? `= ${d.value}` : '';
  if (d.members.length === 0) return '';
  const shown = d.members.slice(0, 8);
  return `{ ${shown.join(', ')}${d.members.length > shown.length ? ', …' : ''} }`;
}

/** Inline code for a table cell: backticks fenced safely, `|` escaped. */
function code(text) {
  if (!text) return '';
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.includes('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * Prose for a table cell: one line, `|` escaped, and outside code spans the characters Markdown would read as
 * emphasis or HTML (`* _ < \\`) escaped, so ‖x‖_p or S*_{q,p} stay as written.
 */
function cell(text) {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(/[\\*_<]/g, '\\$&')))
    .join('')
    .replace(/\|/g, '\\|');
}

/** The signature cell of an export: overloads one per line, a constant's type and value, a type's definition. */
function signatureCell(e) {
  if (e.kind === 'function') return e.declarations.map((d) => code(renderSignature(d))).join('<br>');
  if (e.kind === 'const') return code(renderValue(e.declarations[0]));
  return code(renderTypeDetail(e.declarations[0]));
}

/**
 * The generated block of one family: one table per source file (in the order the family exports them, so a
 * change to one file re-pads only that file's table), a row per export with its kind, signature (for types,
 * the definition or the member names) and the first sentence of its doc comment.
 */
export function renderFamily(family) {
  const dir = path.posix.dirname(family.entry);
  const byFile = new Map();
  for (const e of family.exports) {
    if (!byFile.has(e.file)) byFile.set(e.file, []);
    byFile.get(e.file).push(e);
  }
  const lines = [
    `<!-- generated by npm run docs:lib from the doc comments of ${family.entry}: edit those, not this block -->`,
    '',
    `**Exports of \`${family.entry.replace(/\/index\.ts$/, '')}\`**, from their doc comments:`,
  ];
  for (const [file, list] of byFile) {
    if (byFile.size > 1 || !family.entry.endsWith(path.posix.basename(file))) {
      lines.push('', `\`${path.posix.relative(dir, file)}\``);
    }
    lines.push('', '| export | kind | signature | summary |', '| --- | --- | --- | --- |');
    for (const e of list) {
      const summary = e.doc ? cell(firstSentence(e.doc)) : '**undocumented**';
      lines.push(`| \`${e.name}\` | ${e.kind} | ${signatureCell(e)} | ${summary} |`);
    }
  }
  return lines.join('\n');
}

const startMarker = (name) => `<!-- api:${name}:start -->`;
const endMarker = (name) => `<!-- api:${name}:end -->`;

/**
 * lib/README.md with every family's block replaced by its generated tables; a family without markers gets a
 * new section at the end. Markers of a family that no longer exists throw (remove that section by hand).
 */
export function updateReadme(readme, families) {
  let out = readme;
  const known = new Set(families.map((f) => f.name));
  for (const match of readme.matchAll(/<!-- api:([\w-]+):start -->/g)) {
    if (!known.has(match[1]))
      throw new Error(`lib-readme: lib/README.md has markers for '${match[1]}', no such family`);
  }
  for (const family of families) {
    const start = startMarker(family.name);
    const end = endMarker(family.name);
    const block = `${start}\n${renderFamily(family)}\n${end}`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 && b < 0) {
      out = `${out.replace(/\s*$/, '')}\n\n## \`${family.entry.replace(/\/index\.ts$/, '')}\`\n\n${block}\n`;
    } else if (a < 0 || b < a) {
      throw new Error(`lib-readme: lib/README.md has unbalanced markers for '${family.name}'`);
    } else out = out.slice(0, a) + block + out.slice(b + end.length);
  }
  return out;
}

/**
 * Text formatted as Biome formats `path` (lib/README.md is checked by `biome check`, which aligns table
 * columns and formats code blocks), by the project's own Biome binary.
 */
export function formatWithBiome(text, root, file = 'lib/README.md') {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');
  const result = spawnSync(bin, ['format', `--stdin-file-path=${file}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`lib-readme: biome format failed: ${result.stderr || result.error}`);
  return result.stdout;
}

/** Public exports without a doc comment, as `family: name (file:line)`. */
export function undocumented(families) {
  return families.flatMap((f) =>
    f.exports.filter((e) => !e.doc).map((e) => `${f.name}: ${e.name} (${e.file}:${e.line})`),
  );
}

// ---------------------------------------------------------------------------------------------------------

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const families = collectLib(root);
  const readmePath = path.join(root, 'lib', 'README.md');
  const before = readFileSync(readmePath, 'utf8');
  const after = formatWithBiome(updateReadme(before, families), root);
  const count = families.reduce((n, f) => n + f.exports.length, 0);
  const missing = undocumented(families);
  if (missing.length > 0) {
    console.error(
      `${missing.length} of ${count} public exports of lib/ have no doc comment:\n  ${missing.join('\n  ')}`,
    );
  }
  if (check) {
    if (after !== before) console.error('lib/README.md is stale: run npm run docs:lib');
    if (after !== before || missing.length > 0) process.exitCode = 1;
    return;
  }
  if (after !== before) writeFileSync(readmePath, after);
  console.log(
    `lib/README.md: ${families.length} families, ${count} public exports${after === before ? ', unchanged' : ''}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
