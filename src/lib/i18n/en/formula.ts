/** What a formula problem says to the reader (namespace `formula`): one sentence per problem code. Pure. */
import type { FoundToken } from '../../formula';
import type { FormulaMessages } from '../../formulaText';

const found = (token: FoundToken) => (token.end ? 'end of formula' : `'${token.text}'`);
const opener = (text: string) => (text === '(' ? "the '('" : text);

export const formula: FormulaMessages = {
  tooLong: (p) => `formula is ${p.length} characters long; the limit is ${p.limit}`,
  badCharacter: (p, col) => `unexpected character '${p.char}' at column ${col}: use numbers, x, y, + - * / ^ and parentheses`,
  unclosed: (p, col) => `expected ')' to close ${opener(p.opener)} at column ${p.openColumn}, found ${found(p.found)} at column ${col}`,
  tooDeep: (p, col) => `formula nests deeper than ${p.limit} levels at column ${col}`,
  missingOperator: (p, col) => `missing operator before ${found(p.found)} at column ${col}: write '*' to multiply`,
  unknownName: (p, col) => `unknown name '${p.name}' at column ${col}: use x, y, pi, e or a function like sin(...)`,
  unexpected: (p, col) => `unexpected ${found(p.found)} at column ${col}`,
  needsParentheses: (p, col) => `${p.name} needs its argument in parentheses, like ${p.name}(x), at column ${col}`,
  arity: (p) => `${p.name} needs ${p.arity} argument${p.arity === 1 ? '' : 's'}, got ${p.got}`,
  unreadable: () => 'the formula could not be read',
  notCompiled: () => 'no surface could be made from this formula',
};
