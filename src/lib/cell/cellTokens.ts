/**
 * Splits a cell's text into tokens with their line and column. Comments and blank lines vanish;
 * a newline outside parentheses ends a statement; text indented at the start of a statement is
 * refused (there are no blocks: the cell is already the body of the training loop). Pure.
 */
import type { CellProblem } from './cellProblems';
import { forbiddenWords, type Place } from './cellSyntax';

export type Token = Place & {
  kind: 'number' | 'name' | 'symbol' | 'newline' | 'end';
  text: string;
  value?: number;
};

/** A problem at a place, thrown inside the parser and caught at its entry point. */
export class CellFailure extends Error {
  constructor(readonly problem: CellProblem, readonly place: Place) {
    super(problem.code);
  }
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z_0-9]*/;
/** Longest first, so '**=' is never read as '**' then '='. */
const SYMBOLS = ['**', '//', '+=', '-=', '*=', '/=', '<=', '>=', '==', '!=', '+', '-', '*', '/', '<', '>', '=', '(', ')', ',', '.'];

/** The tokens of `source`, ending with an 'end' token. Throws CellFailure on a bad character. */
export function tokenizeCell(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let index = 0;
  let depth = 0;
  const at = (i: number): Place => ({ line, column: i - lineStart + 1 });
  const lastIsBreak = () => tokens.length === 0 || tokens[tokens.length - 1].kind === 'newline';
  while (index < source.length) {
    const char = source[index];
    if (char === '\n') {
      if (depth === 0 && !lastIsBreak()) tokens.push({ kind: 'newline', text: '\n', ...at(index) });
      index += 1;
      line += 1;
      lineStart = index;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      const start = index;
      while (index < source.length && /[ \t\r]/.test(source[index])) index++;
      const blankRest = index >= source.length || source[index] === '\n' || source[index] === '#';
      if (start === lineStart && depth === 0 && lastIsBreak() && !blankRest) {
        throw new CellFailure({ code: 'indented' }, at(start));
      }
      continue;
    }
    if (char === '#') {
      while (index < source.length && source[index] !== '\n') index++;
      continue;
    }
    const rest = source.slice(index, index + 400);
    const number = NUMBER.exec(rest);
    const name = NAME.exec(rest);
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) throw new CellFailure({ code: 'hugeNumber', text: number[0].slice(0, 20) }, at(index));
      tokens.push({ kind: 'number', text: number[0], value, ...at(index) });
      index += number[0].length;
      continue;
    }
    if (name) {
      tokens.push({ kind: 'name', text: name[0], ...at(index) });
      index += name[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((s) => source.startsWith(s, index));
    if (symbol) {
      if (symbol === '(') depth++;
      if (symbol === ')') depth = Math.max(0, depth - 1);
      tokens.push({ kind: 'symbol', text: symbol, ...at(index) });
      index += symbol.length;
      continue;
    }
    if (char === '"' || char === "'") throw new CellFailure({ code: 'string' }, at(index));
    if (char === ':') {
      // 'while True:' reads better as "no loops" than as "no ':'": name the line's keyword.
      const head = tokens.find((t) => t.line === line);
      if (head && (forbiddenWords as readonly string[]).includes(head.text)) throw new CellFailure({ code: 'forbidden', word: head.text }, head);
      throw new CellFailure({ code: 'block' }, at(index));
    }
    throw new CellFailure({ code: 'badCharacter', char: String.fromCodePoint(source.codePointAt(index)!) }, at(index));
  }
  if (!lastIsBreak()) tokens.push({ kind: 'newline', text: '\n', ...at(index) });
  tokens.push({ kind: 'end', text: '', ...at(index) });
  return tokens;
}
