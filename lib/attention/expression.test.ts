import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../random';
import { nnz } from './counts';
import {
  compileMaskExpression,
  MASK_EXPRESSION_LIMITS,
  type MaskExpressionNode,
  type MaskExpressionResult,
  maskFromExpression,
} from './expression';
import { attentionMask } from './mask';

type Predicate = (q: number, kv: number, n: number) => boolean;

/** Compiles or fails the test with the compiler's message. */
function compiled(source: string): Predicate {
  const r = compileMaskExpression(source);
  if (!r.ok) throw new Error(`${JSON.stringify(source)} did not compile: ${r.error.message}`);
  return r.predicate;
}

function errorOf(source: string) {
  const r = compileMaskExpression(source);
  if (r.ok) throw new Error(`${JSON.stringify(source)} compiled, but an error was expected`);
  return r.error;
}

/** Python's floored modulo, written independently of the library. */
const mod = (a: number, b: number) => ((a % b) + b) % b;
const fdiv = (a: number, b: number) => Math.floor(a / b);

function sameMask(a: { data: Uint8Array }, b: { data: Uint8Array }): boolean {
  return a.data.length === b.data.length && a.data.every((x, t) => x === b.data[t]);
}

function maskOf(source: string, n: number) {
  const r = maskFromExpression(source, n);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.mask;
}

describe('compileMaskExpression: reference expressions', () => {
  const cases: [string, Predicate][] = [
    ['q >= kv', (q, kv) => q >= kv],
    ['abs(q - kv) <= 3', (q, kv) => Math.abs(q - kv) <= 3],
    ['(q - kv) % 8 == 0', (q, kv) => mod(q - kv, 8) === 0],
    ['(q - kv) % 8 == 3', (q, kv) => mod(q - kv, 8) === 3],
    // The example: && binds tighter than ||.
    [
      'abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv',
      (q, kv) => Math.abs(q - kv) <= 3 || (mod(q - kv, 8) === 0 && q >= kv),
    ],
    ['q / 16 == kv / 16', (q, kv) => fdiv(q, 16) === fdiv(kv, 16)],
    ['q / 16 == kv / 16 && q >= kv', (q, kv) => fdiv(q, 16) === fdiv(kv, 16) && q >= kv],
    ['kv < 4 || q >= kv', (q, kv) => kv < 4 || q >= kv],
    ['q - kv < n / 4 && q >= kv', (q, kv, n) => q - kv < fdiv(n, 4) && q >= kv],
    [
      'min(q, kv) % 4 == 0 || max(q, kv) == n - 1',
      (q, kv, n) => Math.min(q, kv) % 4 === 0 || Math.max(q, kv) === n - 1,
    ],
    ['!(q < kv)', (q, kv) => !(q < kv)],
    ['!(q < kv) && !!(kv != 2)', (q, kv) => q >= kv && kv !== 2],
    ['-q + kv * 2 - 3 >= q % 3 - kv / 2', (q, kv) => -q + kv * 2 - 3 >= mod(q, 3) - fdiv(kv, 2)],
    ['q > 1 == kv > 2', (q, kv) => q > 1 === kv > 2],
    ['(q == kv) != (q % 2 == 0)', (q, kv) => (q === kv) !== (q % 2 === 0)],
    ['(q - kv) / 3 == -1', (q, kv) => fdiv(q - kv, 3) === -1],
    ['q % 0 == q && q / 0 == 0', () => true],
    ['(q - kv) % 0 == 0', (q, kv) => q === kv],
    ['abs(kv - q) * abs(kv - q) <= n', (q, kv, n) => (kv - q) ** 2 <= n],
    ['q*2>=kv&&kv*2>=q', (q, kv) => q * 2 >= kv && kv * 2 >= q],
    ['\tq\n>=\r kv\u00a0', (q, kv) => q >= kv],
  ];

  for (const [source, reference] of cases) {
    it(`compileMaskExpression(${JSON.stringify(source)}) agrees with a hand-written predicate on every cell`, () => {
      const predicate = compiled(source);
      for (const n of [1, 5, 16, 33]) {
        for (let q = 0; q < n; q++) {
          for (let kv = 0; kv < n; kv++) {
            if (predicate(q, kv, n) !== reference(q, kv, n)) {
              throw new Error(`${source} at q = ${q}, kv = ${kv}, n = ${n}: got ${predicate(q, kv, n)}`);
            }
          }
        }
      }
    });
  }

  it('compileMaskExpression gives predicates that return booleans', () => {
    const predicate = compiled('q >= kv');
    expect(predicate(3, 1, 4)).toBe(true);
    expect(predicate(1, 3, 4)).toBe(false);
  });

  it('predicate(q, kv, n) converts its arguments to 32-bit integers (1.9 → 1, NaN → 0)', () => {
    const predicate = compiled('q == 1 && kv == 0 && n == -3');
    expect(predicate(1.9, Number.NaN, -3.5)).toBe(true);
  });
});

describe('compileMaskExpression: semantics', () => {
  const constant = (source: string) => compiled(source)(0, 0, 0);
  const INT_MIN = '(0 - 2147483647 - 1)';

  it('compileMaskExpression uses floor division and the floored modulo, as Python does', () => {
    expect(constant('-7 / 2 == -4')).toBe(true);
    expect(constant('-7 / 2 == -3')).toBe(false);
    expect(constant('7 / -2 == -4')).toBe(true);
    expect(constant('-7 / -2 == 3')).toBe(true);
    expect(constant('-7 % 2 == 1')).toBe(true);
    expect(constant('7 % -2 == -1')).toBe(true);
    expect(constant('-7 % -2 == -1')).toBe(true);
    expect(constant('-8 % 4 == 0')).toBe(true);
  });

  it('compileMaskExpression keeps a == (a / b) * b + a % b for every sign, and for b = 0', () => {
    const identity = compiled('(q / kv) * kv + q % kv == q');
    const rng = createRng('division identity');
    for (let t = 0; t < 5000; t++) {
      const a = rng.int(-1000, 1000);
      const b = t % 10 === 0 ? 0 : rng.int(-50, 50);
      expect(identity(a, b, 0), `a = ${a}, b = ${b}`).toBe(true);
    }
    const floored = compiled('q % kv >= 0 && q % kv < kv || kv < 0 && q % kv <= 0 && q % kv > kv || kv == 0');
    for (let a = -30; a <= 30; a++) for (let b = -9; b <= 9; b++) expect(floored(a, b, 0)).toBe(true);
  });

  it('compileMaskExpression defines division by zero: a / 0 = 0 and a % 0 = a', () => {
    expect(constant('5 / 0 == 0')).toBe(true);
    expect(constant('-5 / 0 == 0')).toBe(true);
    expect(constant('5 % 0 == 5')).toBe(true);
    expect(constant('-5 % 0 == -5')).toBe(true);
    expect(compiled('q / (kv - kv) == 0')(9, 4, 0)).toBe(true);
  });

  it('compileMaskExpression wraps +, −, * and unary minus around 2³², like a 32-bit int', () => {
    expect(constant(`2147483647 + 1 == ${INT_MIN}`)).toBe(true);
    expect(constant(`${INT_MIN} - 1 == 2147483647`)).toBe(true);
    expect(constant('65536 * 65536 == 0')).toBe(true);
    expect(constant('65536 * 32768 == 0 - 2147483647 - 1')).toBe(true);
    expect(constant(`-${INT_MIN} == ${INT_MIN}`)).toBe(true);
    expect(constant(`abs(${INT_MIN}) == ${INT_MIN}`)).toBe(true);
    expect(constant(`${INT_MIN} / -1 == ${INT_MIN}`)).toBe(true);
    expect(constant(`${INT_MIN} % -1 == 0`)).toBe(true);
    expect(compiled('q * q * q * q > 0')(1000, 0, 0)).toBe(false); // 10¹² wraps to −727379968
  });

  it('compileMaskExpression follows C precedence: * / % over + −, over comparisons, over ==, over &&, over ||', () => {
    expect(constant('2 + 3 * 4 == 14')).toBe(true);
    expect(constant('(2 + 3) * 4 == 20')).toBe(true);
    expect(constant('10 - 4 - 3 == 3')).toBe(true);
    expect(constant('64 / 4 / 2 == 8')).toBe(true);
    expect(constant('17 % 10 % 4 == 3')).toBe(true);
    expect(constant('-2 * 3 == -6')).toBe(true);
    expect(constant('- 3 % 5 == 2')).toBe(true); // (−3) mod 5: unary minus binds tightest
    expect(constant('1 < 2 || 1 > 2 && 1 > 2')).toBe(true); // 1 < 2 || (false && false)
    expect(constant('(1 < 2 || 1 > 2) && 1 > 2')).toBe(false);
    expect(constant('!(1 > 2) && 1 < 2')).toBe(true);
    expect(constant('1 < 2 == 3 < 4')).toBe(true); // (1 < 2) == (3 < 4)
  });

  it('compileMaskExpression evaluates abs, min and max', () => {
    expect(constant('abs(-5) == 5 && abs(5) == 5 && abs(0) == 0')).toBe(true);
    expect(constant('min(3, -4) == -4 && max(3, -4) == 3 && min(2, 2) == 2')).toBe(true);
    expect(constant('max(min(1, 2), abs(-3 * 2)) == 6')).toBe(true);
  });
});

describe('maskFromExpression', () => {
  it('maskFromExpression equals the library masks for the presets (causal, sliding window, dilated, sparse)', () => {
    for (const n of [1, 2, 7, 16, 31, 64, 100]) {
      expect(sameMask(maskOf('q >= kv', n), attentionMask('full', n, { causal: true }))).toBe(true);
      expect(sameMask(maskOf('abs(q - kv) <= 3', n), attentionMask('local', n, { k: 3 }))).toBe(true);
      expect(sameMask(maskOf('(q - kv) % 4 == 0', n), attentionMask('atrous', n, { k: 4 }))).toBe(true);
      expect(
        sameMask(maskOf('abs(q - kv) <= 4 || (q - kv) % 4 == 0', n), attentionMask('sparse', n, { k: 4 })),
      ).toBe(true);
      // The causal sparse pattern is OpenAI's strided pattern.
      expect(
        sameMask(
          maskOf('(abs(q - kv) <= 4 || (q - kv) % 4 == 0) && q >= kv', n),
          attentionMask('strided', n, { k: 4 }),
        ),
      ).toBe(true);
    }
  });

  it("maskFromExpression('abs(q - kv) <= k || (q - kv) % k == 0', 16) reproduces the post's counts", () => {
    // Su Jianlin, kexue.fm/archives/6853: n = 16, k = 4 gives Sparse 148; n = 8, k = 2 gives 46.
    expect(nnz(maskOf('abs(q - kv) <= 4 || (q - kv) % 4 == 0', 16))).toBe(148);
    expect(nnz(maskOf('abs(q - kv) <= 2 || (q - kv) % 2 == 0', 8))).toBe(46);
    expect(nnz(maskOf('(q - kv) % 4 == 0', 16))).toBe(64);
    expect(nnz(maskOf('abs(q - kv) <= 4', 16))).toBe(124);
  });

  it('maskFromExpression builds document masks: blocks of 16 on the diagonal, causal inside them', () => {
    for (const n of [16, 40, 64]) {
      const doc = maskOf('q / 16 == kv / 16', n);
      const causalDoc = maskOf('q / 16 == kv / 16 && q >= kv', n);
      let docCount = 0;
      let causalCount = 0;
      for (let start = 0; start < n; start += 16) {
        const len = Math.min(16, n - start);
        docCount += len * len;
        causalCount += (len * (len + 1)) / 2;
      }
      expect(nnz(doc)).toBe(docCount);
      expect(nnz(causalDoc)).toBe(causalCount);
      for (let q = 0; q < n; q++) {
        for (let kv = 0; kv < n; kv++) {
          const same = Math.floor(q / 16) === Math.floor(kv / 16);
          expect(doc.data[q * n + kv]).toBe(same ? 1 : 0);
          expect(causalDoc.data[q * n + kv]).toBe(same && q >= kv ? 1 : 0);
        }
      }
    }
  });

  it('maskFromExpression(source, n) passes n to the expression and returns the compiled expression', () => {
    const r = maskFromExpression('kv == n - 1', 5);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.mask.data)).toEqual([
      0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1,
    ]);
    expect(r.expression.predicate(0, 4, 5)).toBe(true);
    expect(r.expression.ast.kind).toBe('binary');
  });

  it('maskFromExpression(source, 0) is a 0×0 mask; a bad expression returns its error', () => {
    const empty = maskFromExpression('q >= kv', 0);
    expect(empty.ok && empty.mask.rows === 0 && empty.mask.data.length === 0).toBe(true);
    const bad = maskFromExpression('q >=', 4);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.message).toBe("column 5: expected an expression after '>=', but the expression ended");
  });

  it('maskFromExpression(source, n) throws RangeError unless n is an integer in [0, 4096]', () => {
    for (const n of [-1, 1.5, 4097, Number.NaN])
      expect(() => maskFromExpression('q >= kv', n)).toThrow(RangeError);
    expect(maskFromExpression('q >= kv', 4096).ok).toBe(true);
  });
});

describe('compileMaskExpression: error messages', () => {
  const cases: [string, string, number, number][] = [
    // [source, message, column, length]
    ['q >= kv &&', "column 11: expected an expression after '&&', but the expression ended", 11, 1],
    ['q >= kv && )', "column 12: expected an expression after '&&', found ')'", 12, 1],
    ['x > 1', "column 1: unknown name 'x' (use q, kv or n)", 1, 1],
    ['q > 1 && xy < 2', "column 10: unknown name 'xy' (use q, kv or n)", 10, 2],
    ['i >= j', "column 1: unknown name 'i' (use q for the query position)", 1, 1],
    ['q_idx >= kv', "column 1: unknown name 'q_idx' (write q for the query position)", 1, 5],
    ['q >= kv and q < 4', "column 9: expected an operator (such as +, <= or &&) before 'and'", 9, 3],
    ['', 'column 1: the expression is empty; write a condition such as q >= kv', 1, 1],
    ['   ', 'column 1: the expression is empty; write a condition such as q >= kv', 1, 1],
    ['(q >= kv', "column 9: expected ')' to close the '(' at column 1, but the expression ended", 9, 1],
    ['(q >= kv kv', "column 10: expected ')' to close the '(' at column 1, found 'kv'", 10, 2],
    ['q >= kv)', "column 8: unmatched ')'", 8, 1],
    ['q >= kv, 1', "column 8: ',' separates arguments, and only inside min( ) and max( )", 8, 1],
    ['q kv', "column 3: expected an operator (such as +, <= or &&) before 'kv'", 3, 2],
    ['2q > 1', "column 2: expected an operator (such as +, <= or &&) before 'q'", 2, 1],
    ['q ! kv', "column 3: unexpected '!' (write != for 'not equal')", 3, 1],
    ['q = kv', "column 3: unexpected character '=' (write == to compare)", 3, 1],
    ['q >= kv & q < 3', "column 9: unexpected character '&' (write && for 'and')", 9, 1],
    ['q >= kv | q < 3', "column 9: unexpected character '|' (write || for 'or')", 9, 1],
    ['q ≥ kv', "column 3: unexpected character '≥' (write >= instead of ≥)", 3, 1],
    [
      'q − kv > 0',
      "column 3: unexpected character '−' (write - (a plain hyphen) instead of the minus sign −)",
      3,
      1,
    ],
    ['😀 > q', "column 1: unexpected character '😀'", 1, 1],
    ['q > 😀 kv', "column 5: unexpected character '😀'", 5, 1], // columns count characters, not UTF-16 units
    ['q\u200b> 1', 'column 2: unexpected character U+200B', 2, 1],
    ['q > 1.5', "column 5: only whole numbers are allowed, found '1.5'", 5, 3],
    ['q > 007', "column 5: write the number '007' without leading zeros", 5, 3],
    ['q > 2147483648', "column 5: the number '2147483648' is too large (at most 2,147,483,647)", 5, 10],
    ['abs q > 1', 'column 1: abs is a function; write abs(x)', 1, 3],
    ['min(q) > 1', 'column 1: min takes 2 arguments, as in min(a, b), but got 1', 1, 3],
    ['abs(q, kv) > 1', 'column 1: abs takes 1 argument, as in abs(x), but got 2', 1, 3],
    ['abs() > 1', 'column 1: abs takes 1 argument, as in abs(x), but got 0', 1, 3],
    ['max(q kv) > 1', "column 7: expected ',' or ')' to close max( at column 4, found 'kv'", 7, 2],
    ['max(q, ) > 1', "column 8: expected an expression after ',', found ')'", 8, 1],
    ['foo(q) > 1', "column 1: unknown function 'foo' (use abs, min or max)", 1, 3],
    ['q(1) > 1', 'column 1: q is a variable, not a function (the functions are abs, min and max)', 1, 1],
    [
      '0 <= q < 8',
      'column 8: comparisons do not chain; write two and join them with &&, e.g. 0 <= q && q < 8',
      8,
      1,
    ],
    [
      'q == kv == 1',
      'column 9: comparisons do not chain; write two and join them with &&, e.g. 0 <= q && q < 8',
      9,
      2,
    ],
    [
      'q && kv',
      "column 3: '&&' needs conditions on both sides, but its left side 'q' is a number (did you mean 'q != 0'?)",
      3,
      2,
    ],
    [
      'q > 1 || kv - 1',
      "column 7: '||' needs conditions on both sides, but its right side 'kv - 1' is a number (did you mean 'kv - 1 != 0'?)",
      7,
      2,
    ],
    ['!q', "column 1: '!' needs a condition, but 'q' is a number (write 'q == 0' to test for zero)", 1, 1],
    ['-(q > 1) < 2', "column 1: '-' needs a number, but 'q > 1' is a condition", 1, 1],
    [
      '(q > 1) + 1 > 0',
      "column 9: '+' needs numbers on both sides, but its left side 'q > 1' is a condition",
      9,
      1,
    ],
    ['abs(q > 1) > 0', "column 5: abs needs a number, but its argument 'q > 1' is a condition", 5, 5],
    [
      '(q > 1) == 3',
      "column 9: '==' compares a condition with a number; compare two numbers or two conditions",
      9,
      2,
    ],
    [
      'q - kv',
      "column 1: the expression is a number, but a mask needs a condition such as q >= kv or 'q - kv != 0'",
      1,
      6,
    ],
  ];

  for (const [source, message, column, length] of cases) {
    it(`compileMaskExpression(${JSON.stringify(source)}) says “${message}”`, () => {
      expect(errorOf(source)).toEqual({ message, column, length });
    });
  }

  it('compileMaskExpression shortens long pieces of source in messages', () => {
    const long = 'q + kv + q + kv + q + kv + q + kv + q';
    expect(errorOf(`(${long}) && q > 0`).message).toBe(
      "column 41: '&&' needs conditions on both sides, but its left side 'q + kv + q + kv + q + k…' is a number",
    );
  });

  it('compileMaskExpression refuses non-text input without throwing', () => {
    for (const bad of [undefined, null, 42, {}, ['q >= kv']]) {
      const r = compileMaskExpression(bad as unknown as string);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toBe('column 1: the expression must be text');
    }
  });
});

describe('compileMaskExpression: limits', () => {
  const { maxLength, maxTokens, maxDepth } = MASK_EXPRESSION_LIMITS;

  it('compileMaskExpression accepts 500 characters and refuses 501 with the length in the message', () => {
    const ok = `q >= kv${' '.repeat(maxLength - 7)}`;
    expect(ok).toHaveLength(500);
    expect(compileMaskExpression(ok).ok).toBe(true);
    expect(errorOf(`${ok} `)).toEqual({
      message: 'column 501: the expression is 501 characters long; at most 500 are allowed',
      column: 501,
      length: 1,
    });
    expect(errorOf('q'.repeat(10_000)).message).toBe(
      'column 501: the expression is 10,000 characters long; at most 500 are allowed',
    );
  });

  it('compileMaskExpression accepts 300 tokens and refuses the 301st, naming its column', () => {
    // 'q>=0' is 3 tokens, '||q>=0' 4 more: 3 + 74·4 = 299, plus a final ')'-free '+0' would overflow.
    const body = `q>=0${'||q>=0'.repeat(74)}`; // 299 tokens
    expect(compileMaskExpression(`${body}||q>0`).ok).toBe(false); // 303 tokens
    expect(compileMaskExpression(`(${body})`).ok).toBe(false); // 301 tokens
    expect(compileMaskExpression(`-${body.slice(0)}`).ok).toBe(true); // 300 tokens: -q>=0 …
    const e = errorOf(`(${body})`);
    expect(e.message).toBe(
      `column ${body.length + 2}: the expression has more than ${maxTokens} tokens (numbers, names, operators and brackets); shorten it`,
    );
  });

  it('compileMaskExpression accepts nesting 64 deep and refuses 65, for brackets, calls and unary operators', () => {
    const parens = (d: number) => `${'('.repeat(d)}q${')'.repeat(d)} >= kv`;
    expect(compileMaskExpression(parens(maxDepth)).ok).toBe(true);
    expect(errorOf(parens(maxDepth + 1))).toEqual({
      message:
        'column 65: the expression is nested more than 64 levels deep (brackets, calls and unary operators)',
      column: 65,
      length: 1,
    });
    const calls = (d: number) => `${'abs('.repeat(d)}q${')'.repeat(d)} >= kv`;
    expect(compileMaskExpression(calls(maxDepth)).ok).toBe(true);
    expect(errorOf(calls(maxDepth + 1)).column).toBe(4 * maxDepth + 4);
    const nots = (d: number) => `${'!'.repeat(d)}(q >= kv)`;
    expect(compileMaskExpression(nots(maxDepth - 1)).ok).toBe(true);
    expect(errorOf(nots(maxDepth + 1)).column).toBe(maxDepth + 1);
    const minus = (d: number) => `${'-'.repeat(d)}q >= kv`;
    expect(compileMaskExpression(minus(maxDepth)).ok).toBe(true);
    expect(errorOf(minus(maxDepth + 1)).column).toBe(maxDepth + 1);
  });

  it('compileMaskExpression handles the longest left-leaning chain the limits allow', () => {
    const chain = `q${'+1'.repeat(140)} > kv`;
    expect(compiled(chain)(0, 139, 0)).toBe(true);
    expect(compiled(chain)(0, 140, 0)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Fuzzing. A seeded generator draws random well-typed trees from the grammar; the test prints them (with the
// fewest brackets precedence allows, plus random extra brackets and spaces), compiles the text, and checks
// (1) the parsed tree is the generated one and (2) the predicate equals an independent evaluator that works
// on BigInt and wraps with BigInt.asIntN(32, ·), sharing no code with the library.

type Gen =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: 'q' | 'kv' | 'n' }
  | { kind: 'unary'; op: '-' | '!'; operand: Gen }
  | { kind: 'binary'; op: string; left: Gen; right: Gen }
  | { kind: 'call'; name: 'abs' | 'min' | 'max'; args: Gen[] };

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
const NON_CHAINING = 3; // precedences 3 and 4
const precedenceOf = (g: Gen) => (g.kind === 'binary' ? PRECEDENCE[g.op] : g.kind === 'unary' ? 7 : 8);

function genLiteral(rng: Rng): number {
  const r = rng.next();
  if (r < 0.15) return 0;
  if (r < 0.8) return rng.int(1, 20);
  if (r < 0.9) return rng.int(21, 5000);
  return rng.int(0, 2147483647);
}

function genNumber(rng: Rng, depth: number): Gen {
  if (depth <= 0 || rng.next() < 0.25) {
    return rng.next() < 0.55
      ? { kind: 'name', name: (['q', 'kv', 'n'] as const)[rng.int(0, 2)] }
      : { kind: 'number', value: genLiteral(rng) };
  }
  const r = rng.next();
  if (r < 0.12) return { kind: 'unary', op: '-', operand: genNumber(rng, depth - 1) };
  if (r < 0.75) {
    const op = ['+', '-', '*', '/', '%'][rng.int(0, 4)];
    return { kind: 'binary', op, left: genNumber(rng, depth - 1), right: genNumber(rng, depth - 1) };
  }
  const name = (['abs', 'min', 'max'] as const)[rng.int(0, 2)];
  const args =
    name === 'abs' ? [genNumber(rng, depth - 1)] : [genNumber(rng, depth - 1), genNumber(rng, depth - 1)];
  return { kind: 'call', name, args };
}

function genCondition(rng: Rng, depth: number): Gen {
  const compare = (): Gen => ({
    kind: 'binary',
    op: ['<', '<=', '>', '>=', '==', '!='][rng.int(0, 5)],
    left: genNumber(rng, depth - 1),
    right: genNumber(rng, depth - 1),
  });
  if (depth <= 1) return compare();
  const r = rng.next();
  if (r < 0.45) return compare();
  if (r < 0.8) {
    return {
      kind: 'binary',
      op: rng.next() < 0.5 ? '&&' : '||',
      left: genCondition(rng, depth - 1),
      right: genCondition(rng, depth - 1),
    };
  }
  if (r < 0.9) return { kind: 'unary', op: '!', operand: genCondition(rng, depth - 1) };
  return {
    kind: 'binary',
    op: rng.next() < 0.5 ? '==' : '!=',
    left: genCondition(rng, depth - 1),
    right: genCondition(rng, depth - 1),
  };
}

/** The tokens of `g`, with the brackets precedence requires and, with probability `extra`, more. */
function tokensOf(g: Gen, rng: Rng, extra: number): string[] {
  const wrap = (t: string[], need: boolean) => (need || rng.next() < extra ? ['(', ...t, ')'] : t);
  switch (g.kind) {
    case 'number':
      return [String(g.value)];
    case 'name':
      return [g.name];
    case 'unary':
      return [g.op, ...wrap(tokensOf(g.operand, rng, extra), precedenceOf(g.operand) < 7)];
    case 'call':
      return [
        g.name,
        '(',
        ...g.args.flatMap((a, i) => (i === 0 ? tokensOf(a, rng, extra) : [',', ...tokensOf(a, rng, extra)])),
        ')',
      ];
    case 'binary': {
      const p = PRECEDENCE[g.op];
      const lp = precedenceOf(g.left);
      const rp = precedenceOf(g.right);
      const left = wrap(tokensOf(g.left, rng, extra), lp < p || (lp === p && p >= NON_CHAINING && p <= 4));
      const right = wrap(tokensOf(g.right, rng, extra), rp <= p);
      return [...left, g.op, ...right];
    }
  }
}

/** Joins tokens with random whitespace, keeping a space where two names or numbers would merge. */
function printTokens(tokens: string[], rng: Rng): string {
  let out = '';
  for (const t of tokens) {
    const glue = /\w$/.test(out) && /^\w/.test(t);
    const r = rng.next();
    out += (glue ? ' ' : '') + (r < 0.5 ? '' : r < 0.85 ? ' ' : r < 0.95 ? '  ' : '\t') + t;
  }
  return out;
}

/** The library's tree without source positions, in the generator's shape. */
function strip(node: MaskExpressionNode): Gen {
  switch (node.kind) {
    case 'number':
      return { kind: 'number', value: node.value };
    case 'name':
      return { kind: 'name', name: node.name };
    case 'unary':
      return { kind: 'unary', op: node.op, operand: strip(node.operand) };
    case 'binary':
      return { kind: 'binary', op: node.op, left: strip(node.left), right: strip(node.right) };
    case 'call':
      return { kind: 'call', name: node.name, args: node.args.map(strip) };
  }
}

const i32 = (x: bigint) => BigInt.asIntN(32, x);

function floorDivBig(a: bigint, b: bigint): bigint {
  const t = a / b; // truncates toward zero
  return a % b !== 0n && a < 0n !== b < 0n ? t - 1n : t;
}

/** The reference semantics, on BigInt: exact arithmetic, then wrapped to 32 bits. */
function refNumber(g: Gen, env: Record<'q' | 'kv' | 'n', bigint>): bigint {
  switch (g.kind) {
    case 'number':
      return BigInt(g.value);
    case 'name':
      return env[g.name];
    case 'unary':
      return i32(-refNumber(g.operand, env));
    case 'call': {
      const [a, b] = g.args.map((x) => refNumber(x, env));
      if (g.name === 'abs') return i32(a < 0n ? -a : a);
      // BigInt has no Math.min/max.
      if (g.name === 'min') {
        if (a < b) return a;
        return b;
      }
      if (a > b) return a;
      return b;
    }
    case 'binary': {
      const a = refNumber(g.left, env);
      const b = refNumber(g.right, env);
      switch (g.op) {
        case '+':
          return i32(a + b);
        case '-':
          return i32(a - b);
        case '*':
          return i32(a * b);
        case '/':
          return b === 0n ? 0n : i32(floorDivBig(a, b));
        case '%':
          return b === 0n ? a : a - b * floorDivBig(a, b);
      }
      throw new Error(`refNumber: ${g.op}`);
    }
  }
}

function refCondition(g: Gen, env: Record<'q' | 'kv' | 'n', bigint>): boolean {
  if (g.kind === 'unary') return !refCondition(g.operand, env);
  if (g.kind !== 'binary') throw new Error(`refCondition: ${g.kind}`);
  if (g.op === '&&') return refCondition(g.left, env) && refCondition(g.right, env);
  if (g.op === '||') return refCondition(g.left, env) || refCondition(g.right, env);
  const conditions = ['&&', '||', '==', '!=', '<', '<=', '>', '>='];
  const leftIsCondition =
    (g.left.kind === 'binary' && conditions.includes(g.left.op)) ||
    (g.left.kind === 'unary' && g.left.op === '!');
  if (leftIsCondition) {
    const a = refCondition(g.left, env);
    const b = refCondition(g.right, env);
    return g.op === '==' ? a === b : a !== b;
  }
  const a = refNumber(g.left, env);
  const b = refNumber(g.right, env);
  switch (g.op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
  throw new Error(`refCondition: ${g.op}`);
}

function randomInt32(rng: Rng): number {
  const r = rng.next();
  if (r < 0.6) return rng.int(0, 64);
  if (r < 0.85) return rng.int(-64, 64);
  if (r < 0.95) return rng.int(-5000, 5000);
  return rng.int(-2147483648, 2147483647);
}

/** Checks the shape of a refusal: a message that starts with its column, a column inside (or just past) the text. */
function expectWellFormedError(source: string, result: MaskExpressionResult) {
  if (result.ok) throw new Error(`${JSON.stringify(source)} compiled, but it is malformed`);
  const { message, column, length } = result.error;
  const m = /^column (\d+): \S/.exec(message);
  if (!m || Number(m[1]) !== column) throw new Error(`bad message for ${JSON.stringify(source)}: ${message}`);
  const chars = Array.from(source).length;
  const limit = MASK_EXPRESSION_LIMITS.maxLength + 1;
  if (!(column >= 1 && (column <= chars + 1 || column === limit))) {
    throw new Error(`column ${column} outside 1…${chars + 1} for ${JSON.stringify(source)}`);
  }
  if (!(Number.isInteger(length) && length >= 1))
    throw new Error(`length ${length} for ${JSON.stringify(source)}`);
  if (message.length > 400) throw new Error(`message of ${message.length} characters`);
}

describe('compileMaskExpression: fuzzing', () => {
  it('compileMaskExpression parses 4000 random well-formed expressions into the generated trees and evaluates them like an independent BigInt evaluator', () => {
    const rng = createRng('mask-expression well-formed');
    let checked = 0;
    let evaluations = 0;
    let sawTrue = 0;
    for (let t = 0; t < 4000; t++) {
      const tree = genCondition(rng, rng.int(1, 6));
      const tokens = tokensOf(tree, rng, 0.08);
      if (tokens.length > MASK_EXPRESSION_LIMITS.maxTokens) continue;
      const source = printTokens(tokens, rng);
      if (source.length > MASK_EXPRESSION_LIMITS.maxLength) continue;
      const r = compileMaskExpression(source);
      if (!r.ok) throw new Error(`${JSON.stringify(source)} was refused: ${r.error.message}`);
      expect(strip(r.ast)).toEqual(tree);
      for (let e = 0; e < 12; e++) {
        const q = randomInt32(rng);
        const kv = randomInt32(rng);
        const n = randomInt32(rng);
        const want = refCondition(tree, { q: BigInt(q), kv: BigInt(kv), n: BigInt(n) });
        const got = r.predicate(q, kv, n);
        if (got !== want)
          throw new Error(`${source} at q = ${q}, kv = ${kv}, n = ${n}: got ${got}, want ${want}`);
        if (got) sawTrue++;
        evaluations++;
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(3500);
    // Both outcomes occur often, so the comparison is not vacuous.
    expect(sawTrue / evaluations).toBeGreaterThan(0.2);
    expect(sawTrue / evaluations).toBeLessThan(0.8);
  });

  it('maskFromExpression (row kernels) equals the independent evaluator cell by cell on 800 random expressions', () => {
    const rng = createRng('mask-expression masks');
    for (let t = 0; t < 800; t++) {
      const tree = genCondition(rng, rng.int(1, 5));
      const tokens = tokensOf(tree, rng, 0);
      if (tokens.length > MASK_EXPRESSION_LIMITS.maxTokens) continue;
      const source = printTokens(tokens, rng);
      if (source.length > MASK_EXPRESSION_LIMITS.maxLength) continue;
      const n = rng.int(0, 24);
      const mask = maskOf(source, n);
      for (let q = 0; q < n; q++) {
        for (let kv = 0; kv < n; kv++) {
          const want = refCondition(tree, { q: BigInt(q), kv: BigInt(kv), n: BigInt(n) }) ? 1 : 0;
          if (mask.data[q * n + kv] !== want) throw new Error(`${source} at (${q}, ${kv}), n = ${n}`);
        }
      }
    }
  });

  it('compileMaskExpression refuses thousands of malformed inputs with a column and a message, never throwing', () => {
    const rng = createRng('mask-expression malformed');
    const wellFormed = () => {
      for (;;) {
        const tree = genCondition(rng, rng.int(1, 5));
        const tokens = tokensOf(tree, rng, 0.1);
        if (tokens.length <= 250) return { tree, tokens };
      }
    };
    const BAD_CHARACTERS = [
      '$',
      '#',
      '@',
      ';',
      ':',
      "'",
      '"',
      '{',
      '}',
      '[',
      ']',
      '^',
      '~',
      '?',
      '`',
      '\\',
      '.',
      '≥',
      '−',
      '×',
      '😀',
      '中',
      'é',
      '\u200b',
      '\u0000',
      '\ud800',
      '\u202e',
    ];
    const counts: Record<string, number> = {};
    const refuse = (category: string, source: string) => {
      let result: MaskExpressionResult;
      try {
        result = compileMaskExpression(source);
      } catch (e) {
        throw new Error(`${category}: ${JSON.stringify(source)} threw ${String(e)}`);
      }
      expectWellFormedError(source, result);
      counts[category] = (counts[category] ?? 0) + 1;
    };

    for (let t = 0; t < 600; t++) {
      const { tokens } = wellFormed();
      // Cut right after a binary operator: an operand is always missing.
      const ops = tokens.flatMap((tok, i) =>
        PRECEDENCE[tok] !== undefined && i > 0 && tokens[i - 1] !== '(' ? [i] : [],
      );
      if (ops.length > 0)
        refuse('truncated', printTokens(tokens.slice(0, ops[rng.int(0, ops.length - 1)] + 1), rng));
      // Unbalanced brackets: one more '(' or ')', or one ')' removed.
      refuse('extra (', printTokens(['(', ...tokens], rng));
      refuse('extra )', printTokens([...tokens, ')'], rng));
      const closes = tokens.flatMap((tok, i) => (tok === ')' ? [i] : []));
      if (closes.length > 0) {
        const drop = closes[rng.int(0, closes.length - 1)];
        refuse(
          'missing )',
          printTokens(
            tokens.filter((_, i) => i !== drop),
            rng,
          ),
        );
      }
      // A character that belongs to no token, anywhere.
      const source = printTokens(tokens, rng);
      const chars = Array.from(source);
      const at = rng.int(0, chars.length);
      const bad = BAD_CHARACTERS[rng.int(0, BAD_CHARACTERS.length - 1)];
      refuse('bad character', [...chars.slice(0, at), bad, ...chars.slice(at)].join(''));
      // A literal that is too large or has leading zeros.
      const numbers = tokens.flatMap((tok, i) => (/^\d+$/.test(tok) ? [i] : []));
      if (numbers.length > 0) {
        const i = numbers[rng.int(0, numbers.length - 1)];
        const huge =
          rng.next() < 0.5 ? String(2147483648 + rng.int(0, 4294967295)) : '9'.repeat(rng.int(11, 60));
        refuse(
          'huge number',
          printTokens(
            tokens.map((tok, j) => (j === i ? huge : tok)),
            rng,
          ),
        );
        refuse(
          'leading zero',
          printTokens(
            tokens.map((tok, j) => (j === i ? `0${tok}` : tok)),
            rng,
          ),
        );
      }
      // An unknown name.
      const names = tokens.flatMap((tok, i) => (/^(q|kv|n)$/.test(tok) ? [i] : []));
      if (names.length > 0) {
        const i = names[rng.int(0, names.length - 1)];
        const name = ['x', 'i', 'j', 'k', 'Q', 'KV', 'qkv', 'q_idx', 'true', 'and', 'len', '_'][
          rng.int(0, 11)
        ];
        refuse(
          'unknown name',
          printTokens(
            tokens.map((tok, j) => (j === i ? name : tok)),
            rng,
          ),
        );
      }
      // Type errors: a number where a condition belongs, and the other way round.
      const num = tokensOf(genNumber(rng, 3), rng, 0);
      const cond = tokensOf(genCondition(rng, 2), rng, 0);
      refuse('number as mask', printTokens(num, rng));
      refuse(
        'number in &&',
        printTokens(['(', ...num, ')', rng.next() < 0.5 ? '&&' : '||', '(', ...cond, ')'], rng),
      );
      refuse('! of a number', printTokens(['!', '(', ...num, ')'], rng));
      refuse('condition in +', printTokens(['(', ...cond, ')', '+', '1', '>', '0'], rng));
      refuse('abs of a condition', printTokens(['abs', '(', ...cond, ')', '>', '0'], rng));
    }

    // Nesting beyond 64, of every kind.
    for (let d = 65; d < 140; d += 3) {
      refuse('deep (', `${'('.repeat(d)}q >= kv${')'.repeat(d)}`);
      refuse('deep !', `${'!'.repeat(d)}(q >= kv)`);
      refuse('deep -', `${'-'.repeat(d)}q >= kv`);
      refuse('deep abs', `${'abs('.repeat(d)}q${')'.repeat(d)} > 1`);
      refuse('deep unclosed', '('.repeat(d));
    }
    // Too long (any content) and too many tokens.
    for (let t = 0; t < 100; t++) {
      const length = rng.int(501, 20_000);
      refuse('too long', Array.from({ length }, () => 'q >= kv && ()!'[rng.int(0, 13)]).join(''));
      refuse('too many tokens', `q>0${'||q>0'.repeat(rng.int(75, 120))}`);
    }
    // Unfinished input: every proper prefix of an expression that ends inside a bracket or after an operator.
    // Every proper prefix of the example: the complete conditions among them compile, the rest are refused.
    const sample = 'abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv';
    let prefixesCompiled = 0;
    for (let cut = 0; cut < sample.length; cut++) {
      const prefix = sample.slice(0, cut);
      const r = compileMaskExpression(prefix);
      if (r.ok) prefixesCompiled++;
      else expectWellFormedError(prefix, r);
    }
    // 'abs(q - kv) <= 3' and '… % 8 == 0', each with or without a trailing space ('… && q >= k' names k).
    expect(prefixesCompiled).toBe(4);

    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(7000);
    for (const category of [
      'truncated',
      'extra (',
      'missing )',
      'bad character',
      'huge number',
      'unknown name',
      'deep abs',
      'too long',
    ]) {
      expect(counts[category], category).toBeGreaterThan(10);
    }
  });

  it('compileMaskExpression never throws on random token soup and random characters, and what compiles evaluates to booleans', () => {
    const rng = createRng('mask-expression soup');
    const TOKENS = [
      'q',
      'kv',
      'n',
      '0',
      '1',
      '7',
      '16',
      '2147483647',
      '+',
      '-',
      '*',
      '/',
      '%',
      '<',
      '<=',
      '>',
      '>=',
      '==',
      '!=',
      '&&',
      '||',
      '!',
      '(',
      ')',
      ',',
      'abs',
      'min',
      'max',
      '=',
      '&',
      '|',
      'x',
      '.',
      '≥',
      ' ',
    ];
    const ALPHABET = 'qkvnabsmix0123456789 +-*/%<>=!&|(),.\t≥😀中';
    let compiledCount = 0;
    let refused = 0;
    for (let t = 0; t < 6000; t++) {
      const source =
        t % 2 === 0
          ? Array.from({ length: rng.int(0, 40) }, () => TOKENS[rng.int(0, TOKENS.length - 1)]).join(
              rng.next() < 0.5 ? ' ' : '',
            )
          : Array.from(
              { length: rng.int(0, 60) },
              () => Array.from(ALPHABET)[rng.int(0, Array.from(ALPHABET).length - 1)],
            ).join('');
      const r = compileMaskExpression(source);
      if (r.ok) {
        compiledCount++;
        for (let e = 0; e < 4; e++)
          expect(typeof r.predicate(randomInt32(rng), randomInt32(rng), randomInt32(rng))).toBe('boolean');
      } else {
        expectWellFormedError(source, r);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(5000);
    expect(compiledCount + refused).toBe(6000);
  });
});
