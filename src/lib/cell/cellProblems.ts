/**
 * What can be wrong with a cell, and what each problem says to the reader in English and
 * Korean. The tokenizer, parser, analysis and compiler report structured problems with a
 * place; this table is the one place that turns them into sentences. Pure.
 */
import type { Lang } from '../i18n';
import { allowedCalls, type Place } from './cellSyntax';

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
  | { code: 'unreadable' };

/** A problem with where it is (1-based line and column; line 0 when it has no place) and its English message. */
export type CellError = CellProblem & Place & { message: string };

type Say<C extends CellProblem['code']> = (p: Extract<CellProblem, { code: C }>) => string;
type Messages = { [C in CellProblem['code']]: Say<C> };

const foundEn = (f: Found) => (f.end === null ? `'${f.text}'` : f.end === 'line' ? 'the end of the line' : 'the end of the cell');
const foundKo = (f: Found) => (f.end === null ? `'${f.text}'` : f.end === 'line' ? '줄의 끝' : '셀의 끝');
const allowed = allowedCalls.join(', ');
const whatEn = { expression: 'a number, a name or (', assignment: "an assignment like 'v = ...' or 'x -= ...'", lineEnd: 'the end of the line', name: 'a name' };
const whatKo = { expression: '숫자, 이름 또는 (', assignment: "'v = ...'나 'x -= ...' 같은 대입문", lineEnd: '줄의 끝', name: '이름' };

export const cellMessages: Record<Lang, Messages> = {
  en: {
    tooLong: (p) => `the cell is ${p.length} characters long; the limit is ${p.limit}`,
    tooManyStatements: (p) => `the cell has ${p.count} statements; the limit is ${p.limit}`,
    empty: () => 'the cell has no statements to run',
    badCharacter: (p) => `the character '${p.char}' cannot be used in a cell`,
    string: () => 'strings are not part of cells: use numbers and names',
    block: () => "':' starts a block (while, for, if, def); a cell has none: it is already the body of the training loop",
    indented: () => 'unexpected indentation: write each statement at the start of its line',
    hugeNumber: (p) => `the number ${p.text} is too large for float32`,
    forbidden: (p) => `'${p.word}' is not part of cells: they hold assignments only (the cell is the body of the loop, run once per step)`,
    dunder: (p) => `names like '${p.name}' are not allowed in a cell`,
    tooDeep: (p) => `the expression nests deeper than ${p.limit} levels`,
    expected: (p) => `expected ${whatEn[p.what]}, found ${foundEn(p.found)}`,
    unclosed: (p) => `expected ')' to close the '(' at line ${p.openLine}:${p.openColumn}, found ${foundEn(p.found)}`,
    chained: () => 'chained comparisons (a < b < c) are not supported: use one comparison',
    unknownFunction: (p) => `unknown function '${p.name}': the allowed ones are ${allowed}`,
    attribute: (p) => `'.${p.name}' cannot be used here: only np.<function> calls and np.random.rand(*x.shape) are allowed`,
    arity: (p) => `${p.name} takes ${p.arity} argument${p.arity === 1 ? '' : 's'}, got ${p.got}`,
    needsCall: (p) => `${p.name} is a function: call it with its argument in parentheses`,
    randomShape: () => 'np.random.rand takes exactly *name.shape, like np.random.rand(*x.shape)',
    outputMissing: (p) => `the cell never assigns ${p.name}, so it would change nothing`,
    notFinite: (p) => `${p.variable} became NaN or infinite at step ${p.step}`,
    unreadable: () => 'the cell could not be read',
  },
  ko: {
    tooLong: (p) => `셀이 ${p.length}자로 너무 깁니다. ${p.limit}자까지 쓸 수 있습니다`,
    tooManyStatements: (p) => `셀의 문장이 ${p.count}개입니다. ${p.limit}개까지 쓸 수 있습니다`,
    empty: () => '셀에 실행할 문장이 없습니다',
    badCharacter: (p) => `'${p.char}' 글자는 셀에서 쓸 수 없습니다`,
    string: () => '셀에서는 문자열을 쓸 수 없습니다. 숫자와 이름을 쓰세요',
    block: () => "':'는 블록(while, for, if, def)을 엽니다. 셀에는 블록이 없습니다. 셀 자체가 학습 루프의 본문입니다",
    indented: () => '들여쓰기가 있으면 안 됩니다. 문장은 줄의 맨 앞에서 시작하세요',
    hugeNumber: (p) => `${p.text}은(는) float32로 나타내기에 너무 큰 수입니다`,
    forbidden: (p) => `'${p.word}'은(는) 셀에서 쓸 수 없습니다. 셀에는 대입문만 씁니다(셀은 한 걸음마다 한 번 실행되는 루프의 본문입니다)`,
    dunder: (p) => `'${p.name}' 같은 이름은 셀에서 쓸 수 없습니다`,
    tooDeep: (p) => `식이 ${p.limit}단계보다 깊게 겹쳤습니다`,
    expected: (p) => `${whatKo[p.what]}이(가) 와야 하는데 ${foundKo(p.found)}이(가) 있습니다`,
    unclosed: (p) => `${p.openLine}:${p.openColumn}의 '('를 닫는 ')'가 와야 하는데 ${foundKo(p.found)}이(가) 있습니다`,
    chained: () => '비교를 이어 쓸 수 없습니다(a < b < c). 비교는 하나만 쓰세요',
    unknownFunction: (p) => `'${p.name}'은(는) 알 수 없는 함수입니다. 쓸 수 있는 함수: ${allowed}`,
    attribute: (p) => `'.${p.name}'은(는) 여기에 쓸 수 없습니다. np.<함수> 호출과 np.random.rand(*x.shape)만 쓸 수 있습니다`,
    arity: (p) => `${p.name}에는 인수가 ${p.arity}개 필요한데 ${p.got}개를 받았습니다`,
    needsCall: (p) => `${p.name}은(는) 함수입니다. 인수를 괄호 안에 넣어 호출하세요`,
    randomShape: () => 'np.random.rand에는 np.random.rand(*x.shape)처럼 *이름.shape만 넣을 수 있습니다',
    outputMissing: (p) => `셀이 ${p.name}에 대입하지 않으므로 아무것도 바뀌지 않습니다`,
    notFinite: (p) => `${p.step}번째 걸음에서 ${p.variable}이(가) NaN이나 무한대가 되었습니다`,
    unreadable: () => '셀을 읽지 못했습니다',
  },
};

/** "line 3:7: expected ..." for `error` in `lang` (no place for whole-cell problems). */
export function cellMessage(lang: Lang, error: CellProblem & Place): string {
  const say = cellMessages[lang][error.code] as (p: CellProblem) => string;
  const where = error.line > 0 ? (lang === 'en' ? `line ${error.line}:${error.column}: ` : `${error.line}번째 줄 ${error.column}번째 자리: `) : '';
  return `${where}${say(error)}`;
}

/** A CellError for `problem` at `place`, its English message filled in. */
export function cellError(problem: CellProblem, place: Place): CellError {
  return { ...problem, ...place, message: cellMessage('en', { ...problem, ...place }) };
}
