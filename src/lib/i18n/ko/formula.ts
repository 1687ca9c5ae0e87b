/** Korean sentences for formula problems (namespace `formula`). Pure. */
import type { Messages } from '../en';

const opener = (text: string) => (text === '(' ? "'('" : `'${text}'`);

export const formula: Messages['formula'] = {
  tooLong: (p) => `식이 ${p.length}자로 너무 깁니다. ${p.limit}자까지 쓸 수 있습니다`,
  badCharacter: (p, col) => `${col}번째 자리의 '${p.char}'는 쓸 수 없는 글자입니다. 숫자, x, y, + - * / ^, 괄호를 쓰세요`,
  unclosed: (p, col) =>
    p.found.end
      ? `${p.openColumn}번째 자리의 ${opener(p.opener)}를 닫는 ')'가 없습니다`
      : `${col}번째 자리에 ')'가 와야 합니다(${p.openColumn}번째 자리의 ${opener(p.opener)}를 닫는 괄호). 지금은 '${p.found.text}'가 있습니다`,
  tooDeep: (p, col) => `${col}번째 자리에서 괄호나 부호가 ${p.limit}단계보다 깊게 겹쳤습니다`,
  missingOperator: (p, col) =>
    `${col}번째 자리의 ${p.found.end ? '식의 끝' : `'${p.found.text}'`} 앞에 연산자가 없습니다. 곱하려면 '*'를 쓰세요`,
  unknownName: (p, col) => `${col}번째 자리의 '${p.name}'는 알 수 없는 이름입니다. x, y, pi, e 또는 sin(...) 같은 함수를 쓰세요`,
  unexpected: (p, col) =>
    p.found.end ? `식이 중간에 끝났습니다. ${col}번째 자리에 무언가가 더 와야 합니다` : `${col}번째 자리의 '${p.found.text}'는 여기에 올 수 없습니다`,
  needsParentheses: (p, col) => `${p.name}의 인수는 ${p.name}(x)처럼 괄호 안에 써야 합니다(${col}번째 자리)`,
  arity: (p) => `${p.name}에는 인수가 ${p.arity}개 필요한데 ${p.got}개를 받았습니다`,
  unreadable: () => '식을 읽지 못했습니다',
  notCompiled: () => '이 식으로는 곡면을 만들지 못했습니다',
};
