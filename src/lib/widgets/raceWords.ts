/** Interface words of the OptimizerRace island in both languages (chart words live in charts/raceText.ts). Pure data. */
import type { SurfaceProblem } from '../formulaSingularity';
import type { Lang } from '../i18n';

/** "(0, −2)" with a true minus sign, as the map's captions write points. */
const point = ([x, y]: readonly [number, number]) => `(${String(x).replace('-', '−')}, ${String(y).replace('-', '−')})`;
const onShare = (problem: SurfaceProblem, en: boolean) =>
  problem.share === undefined || problem.share < 1 ? '' : en ? ` and on ${problem.share}% of the window` : ` 외에도 창의 ${problem.share}%`;

/** This module's words per language; exported so tests/unit/messageTables.test.ts can check every Korean string. */
export const words = {
  en: {
    title: 'Optimizer race',
    racers: 'Racers',
    status: 'f − f_min now',
    lossCaption: 'Loss f − f_min per step (log scale).',
    mapCaption: 'The surface: darker is higher, ★ marks the lowest point, ○ the start.',
    mapHint: 'Click or tap the map to move the start (or type Start x and Start y below).',
    step: 'Step',
    innerState: 'Inside the optimizers (particle 0)',
    velocity: 'velocity v',
    velocityNote: 'the arrow on the map',
    cache: 'accumulated g²',
    effectiveStep: 'effective step α/(√cache + ε)',
    adamMoments: 'm̂ and √v̂',
    plainStep: 'step size α (same in x and y)',
    adamStep: 'effective step α/(√v̂ + ε)',
    notRunning: 'Turn on a racer to see its state.',
    settings: 'Settings',
    hyper: 'Hyper-parameters',
    swarm: 'Noise, swarm and speed',
    formulaLabel: 'Your formula f(x, y)',
    formulaHint: 'The surface drawn, as a formula: edit it to race on your own. Use x, y, numbers, + − * / ^, parentheses, pi, e and sin cos tan tanh exp log sqrt abs min max.',
    formulaError: 'Not used',
    formulaKeeps: 'The race keeps the last surface that worked.',
    loading: 'Loading TensorFlow.js…',
    swarmOn: (n: number) => `Swarm: ${n} particles per racer; the loss is their mean.`,
    /** Why a formula that parses cannot be raced on the window [−2, 2]². */
    surfaceProblem: (problem: SurfaceProblem): string => {
      const at = point(problem.at);
      if (problem.kind === 'undefined')
        return `f has no value at (x, y) = ${at}${onShare(problem, true)}: log, sqrt and fractional powers need a positive argument there; shift it, as in log(x^2 + 1)`;
      if (problem.kind === 'overflow')
        return `f is too large to compute at (x, y) = ${at}${onShare(problem, true)} (beyond 3.4e38); scale it down, as in exp(x) instead of exp(100*x)`;
      return `f blows up near (x, y) = ${at}, where a denominator or a log's argument reaches 0; keep it away from 0 on the window, as in 1/(x^2 + 1)`;
    },
  },
  ko: {
    title: '최적화기 경주',
    racers: '참가자',
    status: '현재 f − f_min',
    lossCaption: '스텝별 손실 f − f_min (로그 눈금).',
    mapCaption: '손실 곡면: 어두울수록 높고, ★는 가장 낮은 점, ○는 시작점입니다.',
    mapHint: '지도를 클릭하거나 눌러 시작점을 옮기세요 (아래의 시작 x, 시작 y로도 입력할 수 있습니다).',
    step: '스텝',
    innerState: '최적화기 내부 상태 (입자 0)',
    velocity: '속도 v',
    velocityNote: '지도의 화살표',
    cache: '누적된 g²',
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
    surfaceProblem: (problem: SurfaceProblem): string => {
      const at = point(problem.at);
      if (problem.kind === 'undefined')
        return `(x, y) = ${at}${onShare(problem, false)}에서 f의 값이 정의되지 않습니다. log, sqrt, 분수 거듭제곱은 그곳에서 양수 인자가 필요합니다. log(x^2 + 1)처럼 옮겨 보세요`;
      if (problem.kind === 'overflow')
        return `(x, y) = ${at}${onShare(problem, false)}에서 f가 너무 커서 계산할 수 없습니다(3.4e38 초과). exp(100*x) 대신 exp(x)처럼 줄여 보세요`;
      return `(x, y) = ${at} 근처에서 f가 한없이 커집니다. 분모나 log의 인자가 그곳에서 0이 됩니다. 1/(x^2 + 1)처럼 창 안에서 0이 되지 않게 해 보세요`;
    },
  },
} as const;

/** The race island's words in `lang`. */
export function raceWords(lang: Lang) {
  return words[lang];
}
