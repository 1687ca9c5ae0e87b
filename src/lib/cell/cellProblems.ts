/**
 * What can be wrong with a cell, and what each problem says to the reader in English and
 * Korean (the words are in lib/i18n, namespace `cellProblems`). The tokenizer, parser, analysis and compiler report structured problems with a
 * place; this table is the one place that turns them into sentences. Pure.
 */
import { dict, type Lang } from '../i18n';
import type { Place } from './cellSyntax';

/** The token a problem was found at: the end of a line, of the cell, or some text. */
export type Found = { end: 'line' | 'cell' } | { end: null; text: string };

export type CellProblem =
  | { code: 'tooLong'; length: number; limit: number }
  | { code: 'tooManyStatements'; count: number; limit: number }
  | { code: 'empty' }
  | { code: 'badCharacter'; char: string }
  | { code: 'string' }
  | { code: 'block' }
  | { code: 'indented' }
  | { code: 'hugeNumber'; text: string }
  | { code: 'forbidden'; word: string }
  | { code: 'dunder'; name: string }
  | { code: 'tooDeep'; limit: number }
  | { code: 'expected'; what: 'expression' | 'assignment' | 'lineEnd' | 'name'; found: Found }
  | { code: 'unclosed'; openLine: number; openColumn: number; found: Found }
  | { code: 'chained' }
  | { code: 'unknownFunction'; name: string }
  | { code: 'attribute'; name: string }
  | { code: 'arity'; name: string; arity: number; got: number }
  | { code: 'needsCall'; name: string }
  | { code: 'randomShape' }
  | { code: 'outputMissing'; name: string }
  | { code: 'notFinite'; variable: string; step: number }
  | { code: 'negativeRate'; variable: string; step: number; value: number }
  | { code: 'unreadable' };

/** A problem with where it is (1-based line and column; line 0 when it has no place) and its English message. */
export type CellError = CellProblem & Place & { message: string };

type Say<C extends CellProblem['code']> = (p: Extract<CellProblem, { code: C }>) => string;

/** The sentence of each problem code, plus `where` (the "line 3:7: " prefix); the words are in lib/i18n (namespace `cellProblems`). */
export type CellMessages = { [C in CellProblem['code']]: Say<C> } & { where: (line: number, column: number) => string };

/** "line 3:7: expected ..." for `error` in `lang` (no place for whole-cell problems). */
export function cellMessage(lang: Lang, error: CellProblem & Place): string {
  const words = dict(lang).cellProblems;
  const say = words[error.code] as (p: CellProblem) => string;
  const where = error.line > 0 ? words.where(error.line, error.column) : '';
  return `${where}${say(error)}`;
}

/** A CellError for `problem` at `place`, its English message filled in. */
export function cellError(problem: CellProblem, place: Place): CellError {
  return { ...problem, ...place, message: cellMessage('en', { ...problem, ...place }) };
}
