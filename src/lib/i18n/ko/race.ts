/** Korean words of raceWords.ts (namespace `race`). Pure data. */
import { point, onShare } from '../format';
import type { SurfaceProblem } from '../../formulaSingularity';
import type { Messages } from '../en';

export const race: Messages['race'] = {
  title: '옵티마이저 경주',
  racers: '참가자',
  status: '현재 f − f_min',
  lossCaption: '스텝별 손실 f − f_min (로그 눈금).',
  mapCaption: {
    light: '손실 곡면: 어두울수록 높고, ★는 가장 낮은 점, ○는 시작점입니다.',
    dark: '손실 곡면: 밝을수록 높고, ★는 가장 낮은 점, ○는 시작점입니다.',
  },
  arrows: '화살표는 각 참가자가 다음에 갈 방향입니다. 두 모멘텀 방식은 속도, 나머지는 직전 스텝을 보여 주며, 잘 보이도록 길이를 늘이거나 줄였습니다.',
  mapHint: '지도를 클릭하거나 눌러 시작점을 옮기세요 (아래의 시작 x, 시작 y로도 입력할 수 있습니다).',
  step: '스텝',
  innerState: '옵티마이저 내부 상태 (입자 0)',
  velocity: '속도 v',
  velocityNote: '지도의 화살표',
  cache: '누적된 g²',
  cacheEmpty: 'cache = 0: 아직 스텝이 없습니다. 첫 기울기가 이 값을 채우고, 그때부터 x, y 막대로 보여 줍니다.',
  effectiveStep: '실제 스텝 α/(√cache + ε)',
  adamMoments: 'm̂과 √v̂',
  plainStep: '스텝 크기 α (x, y 같음)',
  adamStep: '실제 스텝 α/(√v̂ + ε)',
  notRunning: '상태를 보려면 참가자를 켜세요.',
  settings: '설정',
  hyper: '하이퍼파라미터',
  swarm: '잡음, 입자 떼, 속도',
  formulaLabel: '직접 입력한 식 f(x, y)',
  formulaHint: '지금 그려진 곡면의 식입니다. 고치면 직접 만든 곡면에서 경주합니다. x, y, 숫자, + − * / ^, 괄호, pi, e 그리고 sin cos tan tanh exp log sqrt abs min max를 쓸 수 있습니다.',
  formulaError: '적용 안 됨',
  formulaKeeps: '경주는 마지막으로 작동한 곡면을 유지합니다.',
  loading: 'TensorFlow.js 불러오는 중…',
  swarmOn: (n: number) => `입자 떼: 참가자마다 ${n}개 입자, 손실은 평균입니다.`,
  outcome: '입자들이 도착한 곳',
  basin: { global: '전역 최솟값', local: '지역 최솟값', unsettled: '아직 정착 못 함' },
  racer: '참가자',
  basinNote: (radius: string) => `입자가 최솟값에서 ${radius} 안에 있으면 그 최솟값에 정착한 것으로 셉니다. 각 행의 합은 100 %입니다.`,
  ecdfCaption: '모든 입자의 마지막 손실: 가로축 값 이하의 f − f_min에 도달한 입자의 비율(세로축)입니다. 곡선이 왼쪽에서 가파르게 오르면 거의 모든 입자가 바닥에 닿은 것이고, 중간의 계단은 더 높은 곳에 갇힌 무리입니다.',
  ecdfSummary: (rows: string) => `참가자별 마지막 손실: ${rows}.`,
  medianOf: (label: string, median: string) => `${label} 중앙값 ${median}`,
  surfaceProblem: (problem: SurfaceProblem): string => {
    const at = point(problem.at);
    if (problem.kind === 'undefined')
      return `(x, y) = ${at}${onShare(problem, false)}에서 f의 값이 정의되지 않습니다. log, sqrt, 분수 거듭제곱은 그곳에서 양수 인자가 필요합니다. log(x^2 + 1)처럼 옮겨 보세요`;
    if (problem.kind === 'overflow')
      return `(x, y) = ${at}${onShare(problem, false)}에서 f가 너무 커서 계산할 수 없습니다(3.4e38 초과). exp(100*x) 대신 exp(x)처럼 줄여 보세요`;
    return `(x, y) = ${at} 근처에서 f가 한없이 커집니다. 분모나 log의 인자가 그곳에서 0이 됩니다. 1/(x^2 + 1)처럼 창 안에서 0이 되지 않게 해 보세요`;
  },
};
