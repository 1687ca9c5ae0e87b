/** What a lecture cell's problems say (namespace `cellProblems`): one sentence per problem code. Pure. */
import type { CellMessages, Found } from '../../cell/cellProblems';
import { allowedCalls } from '../../cell/cellSyntax';

const found = (f: Found) => (f.end === null ? `'${f.text}'` : f.end === 'line' ? 'the end of the line' : 'the end of the cell');
const allowed = allowedCalls.join(', ');
const what = { expression: 'a number, a name or (', assignment: "an assignment like 'v = ...' or 'x -= ...'", lineEnd: 'the end of the line', name: 'a name' };

export const cellProblems: CellMessages = {
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
    expected: (p) => `expected ${what[p.what]}, found ${found(p.found)}`,
    unclosed: (p) => `expected ')' to close the '(' at line ${p.openLine}:${p.openColumn}, found ${found(p.found)}`,
    chained: () => 'chained comparisons (a < b < c) are not supported: use one comparison',
    unknownFunction: (p) => `unknown function '${p.name}': the allowed ones are ${allowed}`,
    attribute: (p) => `'.${p.name}' cannot be used here: only np.<function> calls and np.random.rand(*x.shape) are allowed`,
    arity: (p) => `${p.name} takes ${p.arity} argument${p.arity === 1 ? '' : 's'}, got ${p.got}`,
    needsCall: (p) => `${p.name} is a function: call it with its argument in parentheses`,
    randomShape: () => 'np.random.rand takes exactly *name.shape, like np.random.rand(*x.shape)',
    outputMissing: (p) => `the cell never assigns ${p.name}, so it would change nothing`,
    notFinite: (p) => `${p.variable} became NaN or infinite at step ${p.step}`,
    negativeRate: (p) => `${p.variable} is ${p.value} at step ${p.step}: a learning rate below 0 would climb the loss`,
    unreadable: () => 'the cell could not be read',
  where: (line: number, column: number) => `line ${line}:${column}: `,
};
