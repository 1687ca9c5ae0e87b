/** Korean sentences for lecture cell problems (namespace `cellProblems`). Pure. */
import type { Found } from '../../cell/cellProblems';
import { allowedCalls } from '../../cell/cellSyntax';
import type { Messages } from '../en';

const found = (f: Found) => (f.end === null ? `'${f.text}'` : f.end === 'line' ? '줄의 끝' : '셀의 끝');
const allowed = allowedCalls.join(', ');
const what = { expression: '숫자, 이름 또는 (', assignment: "'v = ...'나 'x -= ...' 같은 대입문", lineEnd: '줄의 끝', name: '이름' };

export const cellProblems: Messages['cellProblems'] = {
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
    expected: (p) => `${what[p.what]}이(가) 와야 하는데 ${found(p.found)}이(가) 있습니다`,
    unclosed: (p) => `${p.openLine}:${p.openColumn}의 '('를 닫는 ')'가 와야 하는데 ${found(p.found)}이(가) 있습니다`,
    chained: () => '비교를 이어 쓸 수 없습니다(a < b < c). 비교는 하나만 쓰세요',
    unknownFunction: (p) => `'${p.name}'은(는) 알 수 없는 함수입니다. 쓸 수 있는 함수: ${allowed}`,
    attribute: (p) => `'.${p.name}'은(는) 여기에 쓸 수 없습니다. np.<함수> 호출과 np.random.rand(*x.shape)만 쓸 수 있습니다`,
    arity: (p) => `${p.name}에는 인수가 ${p.arity}개 필요한데 ${p.got}개를 받았습니다`,
    needsCall: (p) => `${p.name}은(는) 함수입니다. 인수를 괄호 안에 넣어 호출하세요`,
    randomShape: () => 'np.random.rand에는 np.random.rand(*x.shape)처럼 *이름.shape만 넣을 수 있습니다',
    outputMissing: (p) => `셀이 ${p.name}에 대입하지 않으므로 아무것도 바뀌지 않습니다`,
    notFinite: (p) => `${p.step}번째 걸음에서 ${p.variable}이(가) NaN이나 무한대가 되었습니다`,
    negativeRate: (p) => `${p.step}번째 걸음에서 ${p.variable}이(가) ${p.value}입니다. 0보다 작은 학습률은 손실을 거슬러 올라갑니다`,
    unreadable: () => '셀을 읽지 못했습니다',
  where: (line, column) => `${line}번째 줄 ${column}번째 자리: `,
};
