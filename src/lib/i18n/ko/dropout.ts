/** Korean words of visualiserWords.ts (namespace `dropout`). Pure data. */
import { sup, fmt } from '../format';
import type { Messages } from '../en';

export const dropout: Messages['dropout'] = {
  title: '드롭아웃: 순전파마다 새 마스크',
  pass: (n: number) => `순전파 ${n}회째`,
  train: (n: number) => `학습, ${n}번째 순전파: 은닉 뉴런마다 확률 p로 끔`,
  test: '테스트: 마스크 없음, 모든 뉴런 켬',
  counter: (seen: number, n: number, total: string) =>
    `지금까지 본 부분 네트워크: 가능한 2${sup(n)} = ${total}개 중 서로 다른 ${seen.toLocaleString('ko')}개`,
  dropped: (layer: number, off: number, size: number) => `은닉 ${layer}: ${size}개 중 ${off}개 꺼짐`,
  diagram: (pass: number, parts: string[]) => `신경망 그림, ${pass}번째 순전파. ${parts.join('; ')}.`,
  testDiagram: '테스트 시점의 신경망 그림: 모든 뉴런이 켜져 있습니다.',
  unitTitle: '학습 시점과 테스트 시점의 뉴런 하나',
  unitNow: (h: number, kept: boolean, p: number) =>
    kept
      ? `이번 순전파에서 뉴런 A(h = ${fmt('ko', h)})는 살아남았습니다: 그냥 마스크면 ${fmt('ko', h)}, 역 드롭아웃이면 h/(1 − p) = ${fmt('ko', h / (1 - p))}를 전달합니다.`
      : `이번 순전파에서 뉴런 A(h = ${fmt('ko', h)})는 꺼졌습니다: 어느 쪽이든 0을 전달합니다.`,
  none: '그냥 마스크',
  inverted: '역 드롭아웃',
  trainPhase: '학습',
  testPhase: '테스트',
  scheme: '스케일링',
  expectedTrain: '학습 시 기댓값',
  measured: (n: number) => `학습 시 ${n}회 평균`,
  atTest: '테스트 시',
  chartLabel: (p: number) => `뉴런 A의 학습·테스트 시 기대 출력 막대그래프, p = ${p}. 같은 숫자가 표에 있습니다.`,
  lesson: (p: number) =>
    `그냥 마스크만 쓰면 다음 층은 학습 중에 평균 ${fmt('ko', 1 - p)} × h를 받지만 테스트 때는 h 전체를 받습니다. ` +
    `역 드롭아웃은 학습 중 살아남은 뉴런을 1 − p = ${fmt('ko', 1 - p)}로 나누므로 두 평균이 모두 h가 되고, 테스트 때는 아무것도 바꿀 필요가 없습니다.`,
  legend: '막대: 기대 출력 (파랑: 학습, 주황: 테스트). 마름모: 지금까지 순전파의 평균. 점선: 테스트 시 출력 h.',
  settings: '신경망과 마스크',
  readerCode: (label) => `마스크는 내 드롭아웃 셀 "${label}"에서 나옵니다. 이 코드가 은닉층마다 활성값에 시드를 고정해 실행되고, p는 이 위젯의 값을 씁니다.`,
  builtInCode: '기본 드롭아웃으로 돌아가기',
  readerRow: (label) => `내 코드 (${label})`,
  readerLesson: (mean, h, passes) =>
    `내 코드에서 뉴런 A는 순전파 ${passes}회 평균 ${fmt('ko', mean)}을(를) 내보냅니다. 마스크가 없는 테스트 때는 ${fmt('ko', h)}입니다. ` +
    '두 값이 다르면 다음 층은 학습 때와 테스트 때 다른 크기의 값을 받습니다. 역 드롭아웃이 없애는 바로 그 불일치입니다.',
  readerProblem: (problem) => `내 드롭아웃 셀이 멈춰서 다시 기본 마스크를 그립니다: ${problem}.`,
};
