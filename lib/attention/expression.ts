/**
 * A small, safe language for attention masks: the reader types a condition on the query position `q`, the key
 * position `kv` and the sequence length `n` (for example `abs(q - kv) <= 3 || (q - kv) % 8 == 0`), and the
 * mask allows exactly the pairs for which it holds, like the `mask_mod` functions of PyTorch's FlexAttention.
 *
 * The text is read by our own tokenizer and a recursive-descent parser with precedence climbing, type-checked,
 * and compiled to nested closures. Nothing is ever handed to `eval` or `new Function`, and there is nothing to
 * call but `abs`, `min` and `max`, so a pasted expression can do no harm. Every malformed input comes back as
 * `{ ok: false, error }` naming the 1-based column and what was expected; nothing throws.
 *
 * ## The language
 *
 * ```
 * expression := or
 * or         := and ('||' and)*
 * and        := equality ('&&' equality)*
 * equality   := relation (('==' | '!=') relation)?          (does not chain)
 * relation   := sum (('<' | '<=' | '>' | '>=') sum)?         (does not chain)
 * sum        := product (('+' | '-') product)*
 * product    := unary (('*' | '/' | '%') unary)*
 * unary      := ('-' | '!') unary | primary
 * primary    := integer | 'q' | 'kv' | 'n' | ('abs' | 'min' | 'max') '(' arguments ')' | '(' expression ')'
 * ```
 *
 * - **Two types.** Numbers (integers, literals, `q`, `kv`, `n`, arithmetic, `abs`/`min`/`max`) and conditions
 *   (comparisons and their combinations with `&&`, `||`, `!`). They do not mix: `q && kv` and `!q` are type
 *   errors (write `q != 0`), `(q < kv) + 1` is a type error, and the whole expression must be a condition.
 *   `==` and `!=` compare two numbers or two conditions. This catches the usual slips (`q > kv > 3`,
 *   `abs(q - kv) <= 3 || 4`) instead of silently reading them as C would.
 * - **Comparisons do not chain**: `0 <= q < 8` is an error that says to write `0 <= q && q < 8`.
 * - **Integers are 32-bit.** Literals are whole numbers 0 … 2147483647 without leading zeros (unary minus makes
 *   negatives). `+`, `-`, `*` and unary minus wrap around modulo 2³² like Java's `int` (with n ≤ 4096 no mask
 *   expression of ordinary size gets near that; it only means a huge product has a defined value).
 * - **`/` is floor division and `%` is the floored modulo, as in Python** (so as in FlexAttention mask_mods,
 *   written in Python): `-7 / 2 = -4`, `-7 % 2 = 1`, and the result of `%` has the sign of the divisor, so
 *   `(q - kv) % 8` lies in 0 … 7 even when kv > q. Always `a == (a / b) * b + a % b`.
 * - **Division by zero is defined, never an error**: `a / 0 = 0` and `a % 0 = a` (Lean's convention, which
 *   keeps the identity above). So `q / 0 == 0` holds everywhere and `(q - kv) % 0 == 0` is the diagonal.
 * - `abs(x)`, `min(a, b)`, `max(a, b)`; `abs(-2147483648)` wraps to itself, as in C and Java.
 * - Whitespace (any Unicode space) is free; columns count characters (code points), from 1.
 *
 * ## Limits
 *
 * At most 500 characters (UTF-16 units, as a text field counts), 300 tokens, and 64 levels of nesting
 * (brackets, calls and unary operators). Longer or deeper input is refused with a message, in time
 * proportional to its length, before anything is parsed.
 */

import { formatInteger } from '../format';
import type { Mask } from '../linalg';

/** The limits {@link compileMaskExpression} and {@link maskFromExpression} enforce. */
export const MASK_EXPRESSION_LIMITS = {
  /** Characters of source (UTF-16 code units, as `string.length` and a text field's maxlength count). */
  maxLength: 500,
  /** Tokens: numbers, names, operators, brackets and commas. */
  maxTokens: 300,
  /** Nesting of brackets, function calls and unary operators. */
  maxDepth: 64,
  /** The largest integer literal, 2³¹ − 1. */
  maxLiteral: 2147483647,
  /** The largest n {@link maskFromExpression} builds a mask for (4096² = 16 Mi cells). */
  maxN: 4096,
} as const;

/** The variables of a mask expression: query position, key position, sequence length. */
export type MaskVariable = 'q' | 'kv' | 'n';
/** The functions of a mask expression. */
export type MaskFunction = 'abs' | 'min' | 'max';
/** Binary operators, from arithmetic to logic. */
export type MaskBinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '<'
  | '<='
  | '>'
  | '>='
  | '=='
  | '!='
  | '&&'
  | '||';
/** Unary operators: negation of a number, negation of a condition. */
export type MaskUnaryOperator = '-' | '!';
/** The two types of the language. */
export type MaskExpressionType = 'number' | 'condition';

/** Columns (1-based, counted in characters) a node spans in the source: [start, end). */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A node of a parsed, type-checked mask expression. Brackets leave no node of their own; `start`/`end` are
 * the node's columns without them. `binary` nodes also record the column of their operator.
 */
export type MaskExpressionNode =
  | (Span & { readonly kind: 'number'; readonly value: number })
  | (Span & { readonly kind: 'name'; readonly name: MaskVariable })
  | (Span & { readonly kind: 'unary'; readonly op: MaskUnaryOperator; readonly operand: MaskExpressionNode })
  | (Span & {
      readonly kind: 'binary';
      readonly op: MaskBinaryOperator;
      readonly left: MaskExpressionNode;
      readonly right: MaskExpressionNode;
      readonly opColumn: number;
    })
  | (Span & {
      readonly kind: 'call';
      readonly name: MaskFunction;
      readonly args: readonly MaskExpressionNode[];
    });

/** Why an expression was refused: the message names the column; `length` characters from it are at fault. */
export interface MaskExpressionError {
  /** Starts with "column N: ", e.g. "column 7: expected an expression after '&&', but the expression ended". */
  readonly message: string;
  /** 1-based column (in characters); may be one past the end when the input ended too early. */
  readonly column: number;
  /** How many characters from `column` to underline (at least 1). */
  readonly length: number;
}

/** A compiled mask expression: `predicate(q, kv, n)` says whether query q may attend to key kv. */
export interface CompiledMaskExpression {
  readonly ok: true;
  /** The compiled condition; arguments are converted to 32-bit integers (1.5 → 1, NaN → 0). */
  readonly predicate: (q: number, kv: number, n: number) => boolean;
  /** The parsed, type-checked tree (its root is a condition). */
  readonly ast: MaskExpressionNode;
}

/** The result of {@link compileMaskExpression}. */
export type MaskExpressionResult =
  | CompiledMaskExpression
  | { readonly ok: false; readonly error: MaskExpressionError };

/** The result of {@link maskFromExpression}. */
export type MaskFromExpressionResult =
  | { readonly ok: true; readonly mask: Mask; readonly expression: CompiledMaskExpression }
  | { readonly ok: false; readonly error: MaskExpressionError };

// ---------------------------------------------------------------------------------------------------------
// Errors

/** Thrown inside the compiler only; compileMaskExpression turns it into `{ ok: false }`. */
class ExpressionError extends Error {
  constructor(
    readonly column: number,
    readonly detail: string,
    readonly length = 1,
  ) {
    super(`column ${column}: ${detail}`);
  }
}

const fail = (column: number, detail: string, length = 1): never => {
  throw new ExpressionError(column, detail, length);
};

/** Shows a piece of source in a message: quoted, shortened to 24 characters. */
function quote(text: string): string {
  const chars = Array.from(text);
  return chars.length > 24 ? `'${chars.slice(0, 23).join('')}…'` : `'${text}'`;
}

// ---------------------------------------------------------------------------------------------------------
// Tokenizer

type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | ',' | 'end';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly column: number;
  /** The literal's value (number tokens). */
  readonly value: number;
}

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '!'] as const;

/** Look-alikes a reader may type or paste, and what to write instead. */
const CHARACTER_HINTS: Readonly<Record<string, string>> = {
  '=': 'write == to compare',
  '&': "write && for 'and'",
  '|': "write || for 'or'",
  '≥': 'write >= instead of ≥',
  '≤': 'write <= instead of ≤',
  '≠': 'write != instead of ≠',
  '−': 'write - (a plain hyphen) instead of the minus sign −',
  '×': 'write * instead of ×',
  '÷': 'write / instead of ÷',
  '∧': "write && for 'and'",
  '∨': "write || for 'or'",
  '¬': "write ! for 'not'",
  '.': 'only whole numbers are allowed',
  '[': 'use ( and ) for grouping',
  ']': 'use ( and ) for grouping',
  '{': 'use ( and ) for grouping',
  '}': 'use ( and ) for grouping',
  '^': 'there is no power operator; write q * q',
  '?': "there is no '? :'; combine conditions with && and ||",
};

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNamePart = (c: string) => isNameStart(c) || isDigit(c);
const isSpace = (c: string) => /^\s$/u.test(c);

/** Splits the source (as an array of characters) into tokens, ending with an 'end' token. */
function tokenize(chars: readonly string[]): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string, column: number, value = 0) => {
    if (tokens.length >= MASK_EXPRESSION_LIMITS.maxTokens) {
      fail(
        column,
        `the expression has more than ${MASK_EXPRESSION_LIMITS.maxTokens} tokens (numbers, names, operators and brackets); shorten it`,
      );
    }
    tokens.push({ kind, text, column, value });
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    const column = i + 1;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < chars.length && isDigit(chars[j])) j++;
      const text = chars.slice(i, j).join('');
      if (chars[j] === '.' && j + 1 < chars.length && isDigit(chars[j + 1])) {
        let k = j + 1;
        while (k < chars.length && isDigit(chars[k])) k++;
        fail(column, `only whole numbers are allowed, found ${quote(chars.slice(i, k).join(''))}`, k - i);
      }
      if (text.length > 1 && text[0] === '0') {
        fail(column, `write the number ${quote(text)} without leading zeros`, j - i);
      }
      // More than 10 digits is certainly too large; Number() of up to 10 digits is exact.
      const value = text.length > 10 ? Number.POSITIVE_INFINITY : Number(text);
      if (value > MASK_EXPRESSION_LIMITS.maxLiteral) {
        fail(
          column,
          `the number ${quote(text)} is too large (at most ${formatInteger(MASK_EXPRESSION_LIMITS.maxLiteral)})`,
          j - i,
        );
      }
      push('number', text, column, value);
      i = j;
      continue;
    }
    if (isNameStart(c)) {
      let j = i;
      while (j < chars.length && isNamePart(chars[j])) j++;
      push('name', chars.slice(i, j).join(''), column);
      i = j;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      push(c, c, column);
      i++;
      continue;
    }
    const two = c + (chars[i + 1] ?? '');
    const op = OPERATORS.find((o) => o === two || o === c);
    if (op) {
      push('op', op, column);
      i += op.length;
      continue;
    }
    const hint = CHARACTER_HINTS[c];
    const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)
      ? `'${c}'`
      : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    fail(column, `unexpected character ${shown}${hint ? ` (${hint})` : ''}`);
  }
  tokens.push({ kind: 'end', text: '', column: chars.length + 1, value: 0 });
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------
// Parser: recursive descent, with precedence climbing for the binary operators

interface OperatorInfo {
  readonly precedence: number;
  /** Comparisons do not chain: `a < b < c` is an error rather than `(a < b) < c`. */
  readonly chains: boolean;
}

const BINARY: Readonly<Record<string, OperatorInfo>> = {
  '||': { precedence: 1, chains: true },
  '&&': { precedence: 2, chains: true },
  '==': { precedence: 3, chains: false },
  '!=': { precedence: 3, chains: false },
  '<': { precedence: 4, chains: false },
  '<=': { precedence: 4, chains: false },
  '>': { precedence: 4, chains: false },
  '>=': { precedence: 4, chains: false },
  '+': { precedence: 5, chains: true },
  '-': { precedence: 5, chains: true },
  '*': { precedence: 6, chains: true },
  '/': { precedence: 6, chains: true },
  '%': { precedence: 6, chains: true },
};

const VARIABLES: readonly MaskVariable[] = ['q', 'kv', 'n'];
const ARITY: Readonly<Record<MaskFunction, number>> = { abs: 1, min: 2, max: 2 };
const FUNCTION_USAGE: Readonly<Record<MaskFunction, string>> = {
  abs: 'abs(x)',
  min: 'min(a, b)',
  max: 'max(a, b)',
};

/** Names a reader may reach for, and what to write instead. */
const NAME_HINTS: Readonly<Record<string, string>> = {
  i: 'use q for the query position',
  j: 'use kv for the key position',
  k: 'write the number itself, e.g. abs(q - kv) <= 4',
  q_idx: 'write q for the query position',
  kv_idx: 'write kv for the key position',
  and: "write && for 'and'",
  or: "write || for 'or'",
  not: "write ! for 'not'",
  true: 'there are no true/false values; write a comparison such as q == q',
  false: 'there are no true/false values; write a comparison such as q != q',
};

const isVariable = (name: string): name is MaskVariable => (VARIABLES as readonly string[]).includes(name);
const isFunction = (name: string): name is MaskFunction => Object.hasOwn(ARITY, name);

/** How a token reads in a message. */
const showToken = (t: Token) => (t.kind === 'end' ? 'the end' : quote(t.text));
const startsOperand = (t: Token) => t.kind === 'number' || t.kind === 'name' || t.kind === '(';
const endsOperand = (t: Token) => t.kind === 'number' || t.kind === 'name' || t.kind === ')';

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (t.kind !== 'end') this.pos++;
    return t;
  }

  private enter(column: number): void {
    this.depth++;
    if (this.depth > MASK_EXPRESSION_LIMITS.maxDepth) {
      fail(
        column,
        `the expression is nested more than ${MASK_EXPRESSION_LIMITS.maxDepth} levels deep (brackets, calls and unary operators)`,
      );
    }
  }

  private leave(): void {
    this.depth--;
  }

  parse(): MaskExpressionNode {
    if (this.peek().kind === 'end') fail(1, 'the expression is empty; write a condition such as q >= kv');
    const node = this.expression(0);
    const t = this.peek();
    if (t.kind !== 'end') {
      const before = this.tokens[this.pos - 1];
      if (t.kind === ')') fail(t.column, "unmatched ')'");
      if (t.kind === ',') fail(t.column, "',' separates arguments, and only inside min( ) and max( )");
      if (t.kind === 'op' && t.text === '!') fail(t.column, "unexpected '!' (write != for 'not equal')");
      if (before && endsOperand(before) && startsOperand(t)) {
        fail(t.column, `expected an operator (such as +, <= or &&) before ${showToken(t)}`, t.text.length);
      }
      fail(t.column, `unexpected ${showToken(t)}`, t.text.length);
    }
    return node;
  }

  /** Precedence climbing: parses operators of precedence ≥ `min`, left-associative. */
  private expression(min: number): MaskExpressionNode {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const info = t.kind === 'op' ? BINARY[t.text] : undefined;
      if (!info || info.precedence < min) return left;
      this.next();
      const right = this.expression(info.precedence + 1);
      left = {
        kind: 'binary',
        op: t.text as MaskBinaryOperator,
        left,
        right,
        opColumn: t.column,
        start: left.start,
        end: right.end,
      };
      const after = this.peek();
      if (!info.chains && after.kind === 'op' && BINARY[after.text]?.precedence === info.precedence) {
        fail(
          after.column,
          `comparisons do not chain; write two and join them with &&, e.g. 0 <= q && q < 8`,
          after.text.length,
        );
      }
    }
  }

  private unary(): MaskExpressionNode {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '!')) {
      this.next();
      this.enter(t.column);
      const operand = this.unary();
      this.leave();
      return { kind: 'unary', op: t.text, operand, start: t.column, end: operand.end };
    }
    return this.primary();
  }

  private primary(): MaskExpressionNode {
    const t = this.peek();
    if (t.kind === 'number') {
      this.next();
      return { kind: 'number', value: t.value, start: t.column, end: t.column + t.text.length };
    }
    if (t.kind === 'name') {
      this.next();
      if (this.peek().kind === '(') return this.call(t);
      if (isVariable(t.text)) {
        return { kind: 'name', name: t.text, start: t.column, end: t.column + t.text.length };
      }
      if (isFunction(t.text)) {
        fail(t.column, `${t.text} is a function; write ${FUNCTION_USAGE[t.text]}`, t.text.length);
      }
      const hint = Object.hasOwn(NAME_HINTS, t.text) ? NAME_HINTS[t.text] : 'use q, kv or n';
      fail(t.column, `unknown name ${quote(t.text)} (${hint})`, t.text.length);
    }
    if (t.kind === '(') {
      this.next();
      this.enter(t.column);
      const inner = this.expression(0);
      this.close(t, "the '('", false);
      this.leave();
      return inner;
    }
    return this.missingOperand(t);
  }

  private call(name: Token): MaskExpressionNode {
    if (isVariable(name.text)) {
      fail(name.column, `${name.text} is a variable, not a function (the functions are abs, min and max)`, 1);
    }
    if (!isFunction(name.text)) {
      const hint = Object.hasOwn(NAME_HINTS, name.text) ? NAME_HINTS[name.text] : 'use abs, min or max';
      fail(name.column, `unknown function ${quote(name.text)} (${hint})`, name.text.length);
    }
    const fn = name.text as MaskFunction;
    const open = this.next();
    this.enter(open.column);
    const args: MaskExpressionNode[] = [];
    if (this.peek().kind !== ')') {
      for (;;) {
        args.push(this.expression(0));
        if (this.peek().kind !== ',') break;
        this.next();
      }
    }
    const close = this.close(open, `${fn}(`, true);
    this.leave();
    if (args.length !== ARITY[fn]) {
      const want = ARITY[fn] === 1 ? '1 argument' : `${ARITY[fn]} arguments`;
      fail(
        name.column,
        `${fn} takes ${want}, as in ${FUNCTION_USAGE[fn]}, but got ${args.length}`,
        fn.length,
      );
    }
    return { kind: 'call', name: fn, args, start: name.column, end: close.column + 1 };
  }

  /** Consumes the ')' matching `open`, or fails naming where `what` was opened. */
  private close(open: Token, what: string, inCall: boolean): Token {
    const t = this.peek();
    if (t.kind === ')') return this.next();
    const expected = inCall ? "',' or ')'" : "')'";
    const where = `to close ${what} at column ${open.column}`;
    if (t.kind === 'end') fail(t.column, `expected ${expected} ${where}, but the expression ended`);
    return fail(t.column, `expected ${expected} ${where}, found ${showToken(t)}`, t.text.length);
  }

  /** The error for a token that cannot start an operand, phrased after the token before it. */
  private missingOperand(t: Token): never {
    const before = this.tokens[this.pos - 1];
    const after = before ? ` after ${quote(before.text)}` : '';
    if (t.kind === 'end') return fail(t.column, `expected an expression${after}, but the expression ended`);
    return fail(t.column, `expected an expression${after}, found ${showToken(t)}`, t.text.length);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Type checking

const ARITHMETIC = new Set<MaskBinaryOperator>(['+', '-', '*', '/', '%']);
const ORDERING = new Set<MaskBinaryOperator>(['<', '<=', '>', '>=']);

function typeError(source: readonly string[], node: MaskExpressionNode, what: string): string {
  return `${quote(source.slice(node.start - 1, node.end - 1).join(''))} ${what}`;
}

/** 'x != 0' (or ==) for a short operand, for a message to suggest; null when the operand is too long to show. */
function zeroTest(source: readonly string[], node: MaskExpressionNode, op: '==' | '!='): string | null {
  return node.end - node.start <= 16
    ? `'${source.slice(node.start - 1, node.end - 1).join('')} ${op} 0'`
    : null;
}

/** The type of `node`, or an ExpressionError naming the operator and the operand of the wrong type. */
function typeOf(node: MaskExpressionNode, source: readonly string[]): MaskExpressionType {
  switch (node.kind) {
    case 'number':
    case 'name':
      return 'number';
    case 'call': {
      for (const arg of node.args) {
        if (typeOf(arg, source) !== 'number') {
          fail(
            arg.start,
            `${node.name} needs a number, but its argument ${typeError(source, arg, 'is a condition')}`,
            arg.end - arg.start,
          );
        }
      }
      return 'number';
    }
    case 'unary': {
      const t = typeOf(node.operand, source);
      if (node.op === '-' && t !== 'number') {
        fail(node.start, `'-' needs a number, but ${typeError(source, node.operand, 'is a condition')}`);
      }
      if (node.op === '!' && t !== 'condition') {
        const suggestion = zeroTest(source, node.operand, '==');
        fail(
          node.start,
          `'!' needs a condition, but ${typeError(source, node.operand, 'is a number')}${
            suggestion ? ` (write ${suggestion} to test for zero)` : ''
          }`,
        );
      }
      return node.op === '-' ? 'number' : 'condition';
    }
    case 'binary': {
      const left = typeOf(node.left, source);
      const right = typeOf(node.right, source);
      const op = `'${node.op}'`;
      const wrongSide = (want: MaskExpressionType): never => {
        const side = left !== want ? 'left' : 'right';
        const operand = left !== want ? node.left : node.right;
        const is = want === 'number' ? 'is a condition' : 'is a number';
        const suggestion = want === 'condition' ? zeroTest(source, operand, '!=') : null;
        const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
        return fail(
          node.opColumn,
          `${op} needs ${want === 'number' ? 'numbers' : 'conditions'} on both sides, but its ${side} side ${typeError(
            source,
            operand,
            is,
          )}${hint}`,
          node.op.length,
        );
      };
      if (ARITHMETIC.has(node.op) || ORDERING.has(node.op)) {
        if (left !== 'number' || right !== 'number') wrongSide('number');
        return ARITHMETIC.has(node.op) ? 'number' : 'condition';
      }
      if (node.op === '&&' || node.op === '||') {
        if (left !== 'condition' || right !== 'condition') wrongSide('condition');
        return 'condition';
      }
      // == and != compare like with like.
      if (left !== right) {
        fail(
          node.opColumn,
          `${op} compares a ${left} with a ${right}; compare two numbers or two conditions`,
          node.op.length,
        );
      }
      return 'condition';
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Semantics and compilation to closures

type NumberFn = (q: number, kv: number, n: number) => number;
type ConditionFn = (q: number, kv: number, n: number) => boolean;

/** Floor division of 32-bit integers (Python's //), with a / 0 = 0; INT_MIN / −1 wraps to INT_MIN. */
function floorDiv(a: number, b: number): number {
  if (b === 0) return 0;
  // For |a|, |b| < 2³¹ the rounded quotient never crosses an integer, so Math.floor is exact.
  return Math.floor(a / b) | 0;
}

/** Floored modulo of 32-bit integers (Python's %): the sign of the divisor; a % 0 = a. */
function floorMod(a: number, b: number): number {
  if (b === 0) return a;
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r | 0;
}

const usesVariables = (node: MaskExpressionNode): boolean => {
  switch (node.kind) {
    case 'number':
      return false;
    case 'name':
      return true;
    case 'unary':
      return usesVariables(node.operand);
    case 'binary':
      return usesVariables(node.left) || usesVariables(node.right);
    case 'call':
      return node.args.some(usesVariables);
  }
};

/** Compiles a number-typed node; subtrees without variables are folded to constants. */
function compileNumber(node: MaskExpressionNode): NumberFn {
  if (node.kind !== 'number' && !usesVariables(node)) {
    const value = compileNumberTree(node)(0, 0, 0);
    return () => value;
  }
  return compileNumberTree(node);
}

function compileNumberTree(node: MaskExpressionNode): NumberFn {
  switch (node.kind) {
    case 'number': {
      const value = node.value;
      return () => value;
    }
    case 'name':
      if (node.name === 'q') return (q) => q;
      if (node.name === 'kv') return (_q, kv) => kv;
      return (_q, _kv, n) => n;
    case 'unary': {
      const a = compileNumber(node.operand);
      return (q, kv, n) => -a(q, kv, n) | 0;
    }
    case 'call': {
      const [a, b] = node.args.map(compileNumber);
      if (node.name === 'abs') return (q, kv, n) => Math.abs(a(q, kv, n)) | 0;
      if (node.name === 'min') return (q, kv, n) => Math.min(a(q, kv, n), b(q, kv, n));
      return (q, kv, n) => Math.max(a(q, kv, n), b(q, kv, n));
    }
    case 'binary': {
      const a = compileNumber(node.left);
      const b = compileNumber(node.right);
      switch (node.op) {
        case '+':
          return (q, kv, n) => (a(q, kv, n) + b(q, kv, n)) | 0;
        case '-':
          return (q, kv, n) => (a(q, kv, n) - b(q, kv, n)) | 0;
        case '*':
          return (q, kv, n) => Math.imul(a(q, kv, n), b(q, kv, n));
        case '/':
          return (q, kv, n) => floorDiv(a(q, kv, n), b(q, kv, n));
        case '%':
          return (q, kv, n) => floorMod(a(q, kv, n), b(q, kv, n));
      }
      throw new Error(
        `compileNumber: '${node.op}' is not arithmetic (the type checker should have refused it)`,
      );
    }
  }
}

/** Compiles a condition-typed node; subtrees without variables are folded to constants. */
function compileCondition(node: MaskExpressionNode): ConditionFn {
  if (!usesVariables(node)) {
    const value = compileConditionTree(node)(0, 0, 0);
    return () => value;
  }
  return compileConditionTree(node);
}

function compileConditionTree(node: MaskExpressionNode): ConditionFn {
  if (node.kind === 'unary') {
    const a = compileCondition(node.operand);
    return (q, kv, n) => !a(q, kv, n);
  }
  if (node.kind !== 'binary') {
    throw new Error(`compileCondition: a ${node.kind} node is not a condition`);
  }
  if (
    node.op === '&&' ||
    node.op === '||' ||
    ((node.op === '==' || node.op === '!=') && isCondition(node.left))
  ) {
    const a = compileCondition(node.left);
    const b = compileCondition(node.right);
    if (node.op === '&&') return (q, kv, n) => a(q, kv, n) && b(q, kv, n);
    if (node.op === '||') return (q, kv, n) => a(q, kv, n) || b(q, kv, n);
    if (node.op === '==') return (q, kv, n) => a(q, kv, n) === b(q, kv, n);
    return (q, kv, n) => a(q, kv, n) !== b(q, kv, n);
  }
  const a = compileNumber(node.left);
  const b = compileNumber(node.right);
  switch (node.op) {
    case '<':
      return (q, kv, n) => a(q, kv, n) < b(q, kv, n);
    case '<=':
      return (q, kv, n) => a(q, kv, n) <= b(q, kv, n);
    case '>':
      return (q, kv, n) => a(q, kv, n) > b(q, kv, n);
    case '>=':
      return (q, kv, n) => a(q, kv, n) >= b(q, kv, n);
    case '==':
      return (q, kv, n) => a(q, kv, n) === b(q, kv, n);
    case '!=':
      return (q, kv, n) => a(q, kv, n) !== b(q, kv, n);
  }
  throw new Error(`compileCondition: '${node.op}' does not give a condition`);
}

/** True for condition-typed nodes of an already type-checked tree (decided by the root operator). */
function isCondition(node: MaskExpressionNode): boolean {
  if (node.kind === 'unary') return node.op === '!';
  if (node.kind === 'binary') return !ARITHMETIC.has(node.op);
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Row kernels: a whole row of the mask at a time
//
// Building a mask cell by cell calls one closure per node per cell, from call sites shared by every node, so
// the engine cannot inline them. A row kernel instead evaluates each node for one query q and all keys
// kv = 0 … width − 1 into its own Int32Array (conditions as 0/1), with one tight loop per operator; subtrees
// without kv are evaluated once per row by the scalar closures. Same semantics as the closures (the
// division helpers are shared); the fuzz tests check both against an independent evaluator.

type Loop2 = (x: Int32Array, y: Int32Array, out: Int32Array) => void;
type LoopS = (x: Int32Array, s: number, out: Int32Array) => void;

/** out[j] = x[j] op y[j]. */
const VECTOR_VECTOR: Readonly<Record<MaskBinaryOperator, Loop2>> = {
  '+': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = (x[j] + y[j]) | 0;
  },
  '-': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = (x[j] - y[j]) | 0;
  },
  '*': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = Math.imul(x[j], y[j]);
  },
  '/': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = floorDiv(x[j], y[j]);
  },
  '%': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = floorMod(x[j], y[j]);
  },
  '<': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] < y[j] ? 1 : 0;
  },
  '<=': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] <= y[j] ? 1 : 0;
  },
  '>': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] > y[j] ? 1 : 0;
  },
  '>=': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] >= y[j] ? 1 : 0;
  },
  '==': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] === y[j] ? 1 : 0;
  },
  '!=': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] !== y[j] ? 1 : 0;
  },
  '&&': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] & y[j];
  },
  '||': (x, y, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] | y[j];
  },
};

/** out[j] = x[j] op s. */
const VECTOR_SCALAR: Readonly<Record<MaskBinaryOperator, LoopS>> = {
  '+': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = (x[j] + s) | 0;
  },
  '-': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = (x[j] - s) | 0;
  },
  '*': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = Math.imul(x[j], s);
  },
  '/': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = floorDiv(x[j], s);
  },
  '%': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = floorMod(x[j], s);
  },
  '<': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] < s ? 1 : 0;
  },
  '<=': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] <= s ? 1 : 0;
  },
  '>': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] > s ? 1 : 0;
  },
  '>=': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] >= s ? 1 : 0;
  },
  '==': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] === s ? 1 : 0;
  },
  '!=': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] !== s ? 1 : 0;
  },
  '&&': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] & s;
  },
  '||': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = x[j] | s;
  },
};

/** out[j] = s op x[j]: the commutative operators and mirrored comparisons reuse VECTOR_SCALAR. */
const SCALAR_VECTOR: Readonly<Record<MaskBinaryOperator, LoopS>> = {
  ...VECTOR_SCALAR,
  '-': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = (s - x[j]) | 0;
  },
  '/': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = floorDiv(s, x[j]);
  },
  '%': (x, s, o) => {
    for (let j = 0; j < o.length; j++) o[j] = floorMod(s, x[j]);
  },
  '<': VECTOR_SCALAR['>'],
  '<=': VECTOR_SCALAR['>='],
  '>': VECTOR_SCALAR['<'],
  '>=': VECTOR_SCALAR['<='],
};

type RowFn = (q: number, n: number) => Int32Array;
type RowScalarFn = (q: number, n: number) => number;

const usesKv = (node: MaskExpressionNode): boolean => {
  switch (node.kind) {
    case 'number':
      return false;
    case 'name':
      return node.name === 'kv';
    case 'unary':
      return usesKv(node.operand);
    case 'binary':
      return usesKv(node.left) || usesKv(node.right);
    case 'call':
      return node.args.some(usesKv);
  }
};

/** A node without kv, once per row: numbers as they are, conditions as 0/1. */
function compileRowScalar(node: MaskExpressionNode): RowScalarFn {
  if (isCondition(node)) {
    const c = compileCondition(node);
    return (q, n) => (c(q, 0, n) ? 1 : 0);
  }
  const f = compileNumber(node);
  return (q, n) => f(q, 0, n);
}

/** A node that uses kv, for one row: fills (and returns) its own buffer of `width` values. */
function compileRow(node: MaskExpressionNode, iota: Int32Array): RowFn {
  const out = new Int32Array(iota.length);
  switch (node.kind) {
    case 'number':
    case 'name':
      // Only kv reaches here (the rest has no kv): the keys themselves, shared and never written.
      return () => iota;
    case 'unary': {
      const a = compileRow(node.operand, iota);
      if (node.op === '-') {
        return (q, n) => {
          const x = a(q, n);
          for (let j = 0; j < out.length; j++) out[j] = -x[j] | 0;
          return out;
        };
      }
      return (q, n) => {
        const x = a(q, n);
        for (let j = 0; j < out.length; j++) out[j] = x[j] ^ 1;
        return out;
      };
    }
    case 'call': {
      if (node.name === 'abs') {
        const a = compileRow(node.args[0], iota);
        return (q, n) => {
          const x = a(q, n);
          for (let j = 0; j < out.length; j++) out[j] = Math.abs(x[j]) | 0;
          return out;
        };
      }
      const pick = node.name === 'min' ? Math.min : Math.max;
      const [left, right] = node.args;
      if (usesKv(left) && usesKv(right)) {
        const a = compileRow(left, iota);
        const b = compileRow(right, iota);
        return (q, n) => {
          const x = a(q, n);
          const y = b(q, n);
          for (let j = 0; j < out.length; j++) out[j] = pick(x[j], y[j]);
          return out;
        };
      }
      const vector = compileRow(usesKv(left) ? left : right, iota);
      const scalar = compileRowScalar(usesKv(left) ? right : left);
      return (q, n) => {
        const x = vector(q, n);
        const s = scalar(q, n);
        for (let j = 0; j < out.length; j++) out[j] = pick(x[j], s);
        return out;
      };
    }
    case 'binary': {
      const l = usesKv(node.left);
      const r = usesKv(node.right);
      if (l && r) {
        const a = compileRow(node.left, iota);
        const b = compileRow(node.right, iota);
        const loop = VECTOR_VECTOR[node.op];
        return (q, n) => {
          loop(a(q, n), b(q, n), out);
          return out;
        };
      }
      const vector = compileRow(l ? node.left : node.right, iota);
      const scalar = compileRowScalar(l ? node.right : node.left);
      const loop = (l ? VECTOR_SCALAR : SCALAR_VECTOR)[node.op];
      return (q, n) => {
        loop(vector(q, n), scalar(q, n), out);
        return out;
      };
    }
  }
}

/** Fills `data` (n×n, row-major) with the mask of a checked condition, a row at a time. */
function fillMask(ast: MaskExpressionNode, n: number, data: Uint8Array): void {
  if (!usesKv(ast)) {
    const row = compileRowScalar(ast);
    for (let q = 0; q < n; q++) if (row(q, n)) data.fill(1, q * n, (q + 1) * n);
    return;
  }
  const iota = new Int32Array(n);
  for (let j = 0; j < n; j++) iota[j] = j;
  const row = compileRow(ast, iota);
  for (let q = 0; q < n; q++) data.set(row(q, n), q * n);
}

// ---------------------------------------------------------------------------------------------------------
// Public API

/**
 * Compiles a mask expression such as `abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv` (see the module
 * comment for the grammar and semantics) into `predicate(q, kv, n)`.
 *
 * Returns `{ ok: true, predicate, ast }`, or `{ ok: false, error: { message, column, length } }` for any text
 * that is not a well-typed condition: a syntax error ("column 7: expected an expression after '&&', but the
 * expression ended"), an unknown name ("column 3: unknown name 'x' (use q, kv or n)"), a type error
 * ("column 3: '&&' needs conditions on both sides, but its left side 'q' is a number …"), a literal above
 * 2³¹ − 1, or input beyond {@link MASK_EXPRESSION_LIMITS} (500 characters, 300 tokens, nesting 64). It never
 * throws, whatever the input (a non-string gives `{ ok: false }` too). Compiling is linear in the length.
 *
 * @example
 * const c = compileMaskExpression('(q - kv) % 4 == 0');
 * if (c.ok) c.predicate(1, 5, 8); // true: (1 − 5) mod 4 = 0
 * compileMaskExpression('q >= kv &&');
 * // { ok: false, error: { message: "column 11: expected an expression after '&&', but the expression ended", column: 11, length: 1 } }
 */
export function compileMaskExpression(source: string): MaskExpressionResult {
  const compiled = compile(source);
  if (!compiled.ok) return compiled;
  const { root, ast } = compiled;
  const predicate = (q: number, kv: number, n: number) => root(q | 0, kv | 0, n | 0);
  return { ok: true, predicate, ast };
}

/** Compiles to the raw condition closure (arguments must already be 32-bit integers). */
function compile(
  source: string,
): { ok: true; root: ConditionFn; ast: MaskExpressionNode } | { ok: false; error: MaskExpressionError } {
  if (typeof source !== 'string') {
    return { ok: false, error: { message: 'column 1: the expression must be text', column: 1, length: 1 } };
  }
  const { maxLength } = MASK_EXPRESSION_LIMITS;
  if (source.length > maxLength) {
    return {
      ok: false,
      error: {
        message: `column ${maxLength + 1}: the expression is ${formatInteger(source.length)} characters long; at most ${maxLength} are allowed`,
        column: maxLength + 1,
        length: 1,
      },
    };
  }
  const chars = Array.from(source);
  try {
    const ast = new Parser(tokenize(chars)).parse();
    if (typeOf(ast, chars) !== 'condition') {
      const suggestion = zeroTest(chars, ast, '!=');
      fail(
        ast.start,
        `the expression is a number, but a mask needs a condition such as q >= kv${suggestion ? ` or ${suggestion}` : ''}`,
        ast.end - ast.start,
      );
    }
    return { ok: true, root: compileCondition(ast), ast };
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    return { ok: false, error: { message: e.message, column: e.column, length: Math.max(1, e.length) } };
  }
}

/**
 * The n×n mask of an expression: entry (q, kv) is 1 when `predicate(q, kv, n)` holds (see
 * {@link compileMaskExpression}). Returns `{ ok: true, mask, expression }` or the compile error.
 *
 * n = 0 gives a 0×0 mask. Throws RangeError unless n is an integer in [0, 4096] (a programming error, unlike a
 * bad expression). The mask is filled a row at a time (each operator one tight loop over the n keys, parts
 * without kv once per row), so the cost is about n² × (operators that involve kv) simple steps.
 *
 * @example
 * maskFromExpression('abs(q - kv) <= 4 || (q - kv) % 4 == 0', 16); // the post's sparse pattern: 148 pairs
 */
export function maskFromExpression(source: string, n: number): MaskFromExpressionResult {
  const { maxN } = MASK_EXPRESSION_LIMITS;
  if (!Number.isInteger(n) || n < 0 || n > maxN) {
    throw new RangeError(`maskFromExpression: n must be an integer in [0, ${maxN}], got ${n}`);
  }
  const compiled = compile(source);
  if (!compiled.ok) return compiled;
  const { root, ast } = compiled;
  const data = new Uint8Array(n * n);
  fillMask(ast, n, data);
  const predicate = (q: number, kv: number, n: number) => root(q | 0, kv | 0, n | 0);
  return { ok: true, mask: { rows: n, cols: n, data }, expression: { ok: true, predicate, ast } };
}
