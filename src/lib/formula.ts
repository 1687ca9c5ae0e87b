/**
 * The reader's own loss surface, typed as text in x and y. A hand-written recursive-descent
 * parser: no eval, no new Function, so nothing the reader types can run as code.
 *
 * Grammar (lowest precedence first):
 *   sum     := product (('+' | '-') product)*
 *   product := unary (('*' | '/') unary)*
 *   unary   := ('-' | '+') unary | power          so -x^2 = -(x^2)
 *   power   := atom ('^' unary)?                   right-associative: 2^3^2 = 2^(3^2)
 *   atom    := number | x | y | pi | e | name '(' sum (',' sum)* ')' | '(' sum ')'
 * Implicit multiplication (2x, x(y)) is an error that says where to put the '*'.
 *
 * Pure: no DOM, no tfjs. Errors are structured (a `code`, a 0-based `index` and the token or
 * numbers involved) so the page can say them in the reader's language (formulaText.ts); each
 * also carries its English `message` for build errors, logs and tests.
 * Added beyond the brief: the exported AST types, `functionArity`, `usesVariables`.
 */

import { formulaMessage } from './formulaText';

/** The functions a formula may call, with how many arguments each takes. */
export const functionArity = {
  sin: 1, cos: 1, tan: 1, tanh: 1, exp: 1, log: 1, sqrt: 1, abs: 1, min: 2, max: 2,
} as const;

export type FunctionName = keyof typeof functionArity;

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Ast =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: 'x' | 'y' }
  | { kind: 'constant'; name: 'pi' | 'e' }
  | { kind: 'negate'; arg: Ast }
  | { kind: 'binary'; op: BinaryOp; left: Ast; right: Ast }
  | { kind: 'call'; name: FunctionName; args: Ast[] };

/** The token a problem was found at: the end of the formula or some text. */
export type FoundToken = { end: true } | { end: false; text: string };

/** What went wrong, with the details a message needs (columns are 1-based). */
export type FormulaProblem =
  | { code: 'tooLong'; length: number; limit: number }
  | { code: 'badCharacter'; char: string }
  | { code: 'unclosed'; opener: string; openColumn: number; found: FoundToken }
  | { code: 'tooDeep'; limit: number }
  | { code: 'missingOperator'; found: FoundToken }
  | { code: 'unknownName'; name: string }
  | { code: 'unexpected'; found: FoundToken }
  | { code: 'needsParentheses'; name: string }
  | { code: 'arity'; name: string; arity: number; got: number }
  | { code: 'unreadable'; detail: string }
  | { code: 'notCompiled'; detail: string };

/** A problem, where it is (0-based `index` into the text), and its English `message`. */
export type FormulaError = FormulaProblem & { index: number; message: string };

/** A FormulaError for `problem` at `index`, its English message filled from the message table. */
export function formulaError(problem: FormulaProblem, index: number): FormulaError {
  return { ...problem, index, message: formulaMessage('en', problem, index) };
}

export type ParseResult = { ok: true; ast: Ast } | { ok: false; error: FormulaError };

/** Longest formula accepted; keeps the parser and the tfjs graph small. */
export const MAX_FORMULA_LENGTH = 300;
/** Deepest nesting accepted, so a wall of '(' cannot overflow the stack. */
export const MAX_FORMULA_DEPTH = 64;

class ParseFailure extends Error {
  constructor(readonly failure: FormulaError) {
    super(failure.message);
  }
}

const fail = (problem: FormulaProblem, index: number): never => {
  throw new ParseFailure(formulaError(problem, index));
};

type Token =
  | { kind: 'number'; text: string; value: number; index: number }
  | { kind: 'name' | 'symbol' | 'end'; text: string; index: number };

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z_0-9]*/;
const SYMBOLS = '+-*/^(),';

/** Splits `source` into tokens, ending with an 'end' token; unknown characters fail here. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    const space = /^\s+/.exec(rest);
    const number = NUMBER.exec(rest);
    const name = NAME.exec(rest);
    if (space) {
      index += space[0].length;
    } else if (number) {
      tokens.push({ kind: 'number', text: number[0], value: Number(number[0]), index });
      index += number[0].length;
    } else if (name) {
      tokens.push({ kind: 'name', text: name[0], index });
      index += name[0].length;
    } else if (SYMBOLS.includes(rest[0])) {
      tokens.push({ kind: 'symbol', text: rest[0], index });
      index += 1;
    } else {
      fail({ code: 'badCharacter', char: rest[0] }, index);
    }
  }
  tokens.push({ kind: 'end', text: '', index: source.length });
  return tokens;
}

const found = (token: Token): FoundToken => (token.kind === 'end' ? { end: true } : { end: false, text: token.text });

/** Parses `source`; never throws, every problem comes back as `{ ok: false, error }`. */
export function parseFormula(source: string): ParseResult {
  if (source.length > MAX_FORMULA_LENGTH) {
    return { ok: false, error: formulaError({ code: 'tooLong', length: source.length, limit: MAX_FORMULA_LENGTH }, MAX_FORMULA_LENGTH) };
  }
  try {
    const tokens = tokenize(source);
    let position = 0;
    let depth = 0;
    const peek = () => tokens[position];
    const take = () => tokens[position++];
    /** Takes the ')' that closes `opener` (written at `openIndex`). */
    const close = (opener: string, openIndex: number) => {
      const token = take();
      if (token.text !== ')') fail({ code: 'unclosed', opener, openColumn: openIndex + 1, found: found(token) }, token.index);
    };
    const nested = <T>(index: number, inner: () => T): T => {
      if (++depth > MAX_FORMULA_DEPTH) fail({ code: 'tooDeep', limit: MAX_FORMULA_DEPTH }, index);
      const result = inner();
      depth--;
      return result;
    };

    const sum = (): Ast =>
      nested(peek().index, () => {
        let left = product();
        while (peek().text === '+' || peek().text === '-') {
          const op = take().text as BinaryOp;
          left = { kind: 'binary', op, left, right: product() };
        }
        return left;
      });
    const product = (): Ast => {
      let left = unary();
      while (peek().text === '*' || peek().text === '/') {
        const op = take().text as BinaryOp;
        left = { kind: 'binary', op, left, right: unary() };
      }
      return left;
    };
    const unary = (): Ast => {
      const token = peek();
      if (token.text === '-' || token.text === '+') {
        take();
        const arg = nested(token.index, unary);
        return token.text === '-' ? { kind: 'negate', arg } : arg;
      }
      return power();
    };
    const power = (): Ast => {
      const base = atom();
      const next = peek();
      if (next.kind === 'number' || next.kind === 'name' || next.text === '(') {
        fail({ code: 'missingOperator', found: found(next) }, next.index);
      }
      if (next.text !== '^') return base;
      const caret = take();
      return { kind: 'binary', op: '^', left: base, right: nested(caret.index, unary) };
    };
    const atom = (): Ast => {
      const token = take();
      if (token.kind === 'number') return { kind: 'number', value: token.value };
      if (token.text === '(') {
        const inner = sum();
        close('(', token.index);
        return inner;
      }
      if (token.kind === 'name') {
        const name = token.text;
        if (name === 'x' || name === 'y') return { kind: 'variable', name };
        if (name === 'pi' || name === 'e') return { kind: 'constant', name };
        if (Object.hasOwn(functionArity, name)) return call(name as FunctionName, token);
        return fail({ code: 'unknownName', name }, token.index);
      }
      return fail({ code: 'unexpected', found: found(token) }, token.index);
    };
    const call = (name: FunctionName, nameToken: Token): Ast => {
      if (peek().text !== '(') fail({ code: 'needsParentheses', name }, peek().index);
      const open = take();
      const args = [sum()];
      while (peek().text === ',') {
        take();
        args.push(sum());
      }
      close(`${name}(`, open.index);
      const arity = functionArity[name];
      if (args.length !== arity) fail({ code: 'arity', name, arity, got: args.length }, nameToken.index);
      return { kind: 'call', name, args };
    };

    const ast = sum();
    const rest = peek();
    if (rest.kind !== 'end') fail({ code: 'unexpected', found: found(rest) }, rest.index);
    return { ok: true, ast };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.failure };
    // A stack overflow or other surprise still must not escape to the page.
    return { ok: false, error: formulaError({ code: 'unreadable', detail: String(error) }, 0) };
  }
}

/** Whether `ast` depends on x or y (constant sub-trees can be folded to one number). */
export function usesVariables(ast: Ast): boolean {
  switch (ast.kind) {
    case 'variable':
      return true;
    case 'number':
    case 'constant':
      return false;
    case 'negate':
      return usesVariables(ast.arg);
    case 'binary':
      return usesVariables(ast.left) || usesVariables(ast.right);
    case 'call':
      return ast.args.some(usesVariables);
  }
}


const applyFunction: Record<FunctionName, (a: number, b: number) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, tanh: Math.tanh, exp: Math.exp,
  log: Math.log, sqrt: Math.sqrt, abs: Math.abs, min: Math.min, max: Math.max,
};

/** The value of `ast` at (x, y) in plain JS doubles (NaN where the formula is undefined). */
export function evaluate(ast: Ast, x: number, y: number): number {
  switch (ast.kind) {
    case 'number':
      return ast.value;
    case 'variable':
      return ast.name === 'x' ? x : y;
    case 'constant':
      return ast.name === 'pi' ? Math.PI : Math.E;
    case 'negate':
      return -evaluate(ast.arg, x, y);
    case 'call': {
      const [a, b] = ast.args.map((arg) => evaluate(arg, x, y));
      return applyFunction[ast.name](a, b);
    }
    case 'binary': {
      const a = evaluate(ast.left, x, y);
      const b = evaluate(ast.right, x, y);
      if (ast.op === '+') return a + b;
      if (ast.op === '-') return a - b;
      if (ast.op === '*') return a * b;
      if (ast.op === '/') return a / b;
      return a ** b;
    }
  }
}

const precedence: Record<BinaryOp | 'negate' | 'atom', number> = { '+': 1, '-': 1, '*': 2, '/': 2, negate: 3, '^': 4, atom: 5 };
const rank = (ast: Ast): number => (ast.kind === 'binary' ? precedence[ast.op] : ast.kind === 'negate' ? precedence.negate : precedence.atom);

/** `ast` as text with only the parentheses it needs; parsing the text gives `ast` back. */
export function formatAst(ast: Ast): string {
  const wrap = (child: Ast, needsParens: boolean) => (needsParens ? `(${formatAst(child)})` : formatAst(child));
  switch (ast.kind) {
    case 'number':
      // '1e999' overflows to Infinity when read; writing it back that way keeps the round trip.
      return Number.isFinite(ast.value) ? String(ast.value) : '1e999';
    case 'variable':
    case 'constant':
      return ast.name;
    case 'negate':
      return `-${wrap(ast.arg, rank(ast.arg) < precedence.negate)}`;
    case 'call':
      return `${ast.name}(${ast.args.map(formatAst).join(', ')})`;
    case 'binary': {
      const own = precedence[ast.op];
      // '^' groups to the right, the others to the left: the side against the grain needs
      // parentheses at equal precedence, or (a^b)^c and a-(b-c) would come back changed.
      const left = wrap(ast.left, ast.op === '^' ? rank(ast.left) <= own : rank(ast.left) < own);
      const right = ast.op === '^'
        ? wrap(ast.right, rank(ast.right) < precedence.negate)
        : wrap(ast.right, rank(ast.right) <= own);
      return ast.op === '^' ? `${left}^${right}` : `${left} ${ast.op} ${right}`;
    }
  }
}
