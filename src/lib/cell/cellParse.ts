/**
 * The cell parser: text → Program, by recursive descent over cellTokens.ts's tokens, in the
 * manner of lib/formula.ts. No eval, no new Function: the reader's text only ever becomes a tree.
 *
 * Grammar (Python's precedence, lowest first):
 *   program    := (statement NEWLINE)*
 *   statement  := name ('=' | '+=' | '-=' | '*=' | '/=') comparison
 *   comparison := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?     no chains
 *   sum        := product (('+' | '-') product)*
 *   product    := unary (('*' | '/' | '//') unary)*
 *   unary      := ('-' | '+') unary | power                 so -x**2 = -(x**2)
 *   power      := atom ('**' unary)?                         right-associative
 *   atom       := number | name | '(' comparison ')' | np.f(args) | np.pi | np.random.rand(*name.shape)
 */
import { cellError, type CellError, type Found } from './cellProblems';
import {
  MAX_CELL_DEPTH, MAX_CELL_LENGTH, MAX_CELL_STATEMENTS, cellFunctionArity, forbiddenWords,
  type AssignOp, type BinaryOp, type CellFunction, type Expr, type Program, type Statement,
} from './cellSyntax';
import { CellFailure, tokenizeCell, type Token } from './cellTokens';

export type CellParse = { ok: true; program: Program } | { ok: false; error: CellError };

const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=']);
const COMPARE = new Set(['<', '<=', '>', '>=', '==', '!=']);
const forbidden = new Set<string>(forbiddenWords);
const found = (t: Token): Found => (t.kind === 'end' ? { end: 'cell' } : t.kind === 'newline' ? { end: 'line' } : { end: null, text: t.text });
const fail = (problem: ConstructorParameters<typeof CellFailure>[0], t: { line: number; column: number }): never => {
  throw new CellFailure(problem, { line: t.line, column: t.column });
};

/** Parses `source`; never throws: every problem comes back as `{ ok: false, error }` with its place. */
export function parseCell(source: string): CellParse {
  if (source.length > MAX_CELL_LENGTH) {
    return { ok: false, error: cellError({ code: 'tooLong', length: source.length, limit: MAX_CELL_LENGTH }, { line: 0, column: 0 }) };
  }
  try {
    return { ok: true, program: new Parser(tokenizeCell(source)).program() };
  } catch (error) {
    if (error instanceof CellFailure) return { ok: false, error: cellError(error.problem, error.place) };
    // A stack overflow or any other surprise still must not escape to the page.
    return { ok: false, error: cellError({ code: 'unreadable' }, { line: 0, column: 0 }) };
  }
}

class Parser {
  private position = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek = (ahead = 0) => this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)];
  private take = () => this.tokens[Math.min(this.position++, this.tokens.length - 1)];
  private expectSymbol(text: string, what: 'expression' | 'name' | 'lineEnd' | 'assignment') {
    const t = this.take();
    if (t.text !== text || t.kind !== 'symbol') fail({ code: 'expected', what, found: found(t) }, t);
    return t;
  }
  private nested<T>(at: Token, inner: () => T): T {
    if (++this.depth > MAX_CELL_DEPTH) fail({ code: 'tooDeep', limit: MAX_CELL_DEPTH }, at);
    const result = inner();
    this.depth--;
    return result;
  }
  /** A plain name the reader may use, or the problem with it. */
  private checkName(t: Token): string {
    if (t.kind !== 'name') return fail({ code: 'expected', what: 'name', found: found(t) }, t);
    if (forbidden.has(t.text)) fail({ code: 'forbidden', word: t.text }, t);
    if (t.text.startsWith('__')) fail({ code: 'dunder', name: t.text }, t);
    return t.text;
  }

  program(): Program {
    const statements: Statement[] = [];
    while (this.peek().kind !== 'end') {
      statements.push(this.statement());
      const t = this.take();
      if (t.kind !== 'newline') fail({ code: 'expected', what: 'lineEnd', found: found(t) }, t);
      if (statements.length > MAX_CELL_STATEMENTS) {
        fail({ code: 'tooManyStatements', count: statements.length, limit: MAX_CELL_STATEMENTS }, t);
      }
    }
    if (statements.length === 0) fail({ code: 'empty' }, { line: 0, column: 0 });
    return { statements };
  }

  private statement(): Statement {
    const head = this.peek();
    const target = this.checkName(this.take());
    if (target === 'np') fail({ code: 'expected', what: 'assignment', found: found(head) }, head);
    const op = this.take();
    if (op.kind !== 'symbol' || !ASSIGN.has(op.text)) {
      if (op.text === '(') fail({ code: 'unknownFunction', name: target }, head);
      if (op.text === '.') fail({ code: 'attribute', name: this.peek().text }, op);
      fail({ code: 'expected', what: 'assignment', found: found(op) }, op);
    }
    return { target, op: op.text as AssignOp, value: this.comparison(), line: head.line, column: head.column };
  }

  private comparison(): Expr {
    return this.nested(this.peek(), () => {
      const left = this.sum();
      if (!COMPARE.has(this.peek().text)) return left;
      const op = this.take().text as BinaryOp;
      const result: Expr = { kind: 'binary', op, left, right: this.sum() };
      if (COMPARE.has(this.peek().text)) fail({ code: 'chained' }, this.peek());
      return result;
    });
  }

  private sum(): Expr {
    let left = this.product();
    while (this.peek().text === '+' || this.peek().text === '-') {
      const op = this.take().text as BinaryOp;
      left = { kind: 'binary', op, left, right: this.product() };
    }
    return left;
  }

  private product(): Expr {
    let left = this.unary();
    while (['*', '/', '//'].includes(this.peek().text) && this.peek().kind === 'symbol') {
      const op = this.take().text as BinaryOp;
      left = { kind: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.kind === 'symbol' && (t.text === '-' || t.text === '+')) {
      this.take();
      const arg = this.nested(t, () => this.unary());
      return t.text === '-' ? { kind: 'negate', arg } : arg;
    }
    const base = this.atom();
    if (this.peek().text !== '**') return base;
    const star = this.take();
    return { kind: 'binary', op: '**', left: base, right: this.nested(star, () => this.unary()) };
  }

  private atom(): Expr {
    const t = this.take();
    if (t.kind === 'number') return { kind: 'number', value: t.value! };
    if (t.kind === 'symbol' && t.text === '(') {
      const inner = this.comparison();
      const close = this.take();
      if (close.text !== ')') fail({ code: 'unclosed', openLine: t.line, openColumn: t.column, found: found(close) }, close);
      return inner;
    }
    if (t.kind !== 'name') return fail({ code: 'expected', what: 'expression', found: found(t) }, t);
    const name = this.checkName(t);
    const next = this.peek();
    if (name === 'np') return this.numpy(t);
    if (next.text === '(') fail({ code: 'unknownFunction', name }, t);
    if (next.text === '.') fail({ code: 'attribute', name: this.peek(1).text || '' }, next);
    return { kind: 'name', name, line: t.line, column: t.column };
  }

  /** After 'np': np.pi, np.f(args) or np.random.rand(*name.shape). */
  private numpy(np: Token): Expr {
    this.expectSymbol('.', 'name');
    const member = this.take();
    if (member.kind !== 'name') fail({ code: 'expected', what: 'name', found: found(member) }, member);
    if (member.text === 'pi') return { kind: 'pi' };
    if (member.text === 'random') return this.random(np);
    if (!Object.hasOwn(cellFunctionArity, member.text)) fail({ code: 'unknownFunction', name: `np.${member.text}` }, member);
    const name = member.text as CellFunction;
    if (this.peek().text !== '(') fail({ code: 'needsCall', name: `np.${name}` }, this.peek());
    const open = this.take();
    const args: Expr[] = [];
    if (this.peek().text !== ')') {
      args.push(this.comparison());
      while (this.peek().text === ',') {
        this.take();
        args.push(this.comparison());
      }
    }
    const close = this.take();
    if (close.text !== ')') fail({ code: 'unclosed', openLine: open.line, openColumn: open.column, found: found(close) }, close);
    const arity = cellFunctionArity[name];
    if (args.length !== arity) fail({ code: 'arity', name: `np.${name}`, arity, got: args.length }, member);
    return { kind: 'call', name, args };
  }

  /** np.random.rand(*name.shape), nothing else. */
  private random(np: Token): Expr {
    const parts = [this.take(), this.take(), this.take(), this.take(), this.take(), this.take(), this.take(), this.take()];
    const [dot, rand, open, star, name, dot2, shape, close] = parts;
    const ok = dot.text === '.' && rand.text === 'rand' && open.text === '(' && star.text === '*' && name.kind === 'name'
      && dot2.text === '.' && shape.text === 'shape' && close.text === ')';
    if (!ok) {
      if (dot.text === '.' && rand.kind === 'name' && rand.text !== 'rand') fail({ code: 'unknownFunction', name: `np.random.${rand.text}` }, rand);
      fail({ code: 'randomShape' }, np);
    }
    return { kind: 'random', shapeOf: this.checkName(name), line: np.line, column: np.column };
  }
}
