/** Korean labels and help of race.ts's table (namespace `raceParams`). Pure data. */
import type { Messages } from '../en';

export const raceParams: Messages['raceParams'] = {
  surface: {
    label: '손실 곡면',
  },
  formula: {
    label: '식 f(x, y)',
    help: '곡면이 “직접 입력한 식”일 때 쓰입니다.',
  },
  momentum: {
    label: '모멘텀 ρ',
  },
  decayRate: {
    label: 'RMSProp 감쇠율',
  },
  beta1: {
    label: 'Adam β₁',
  },
  beta2: {
    label: 'Adam β₂',
  },
  epsilon: {
    label: 'ε',
  },
  damping: {
    label: '뉴턴 감쇠 λ',
    help: '스텝은 −(H + λI)⁻¹∇f이고, 0이면 순수한 뉴턴 스텝입니다.',
  },
  memory: {
    label: 'L-BFGS 메모리 m',
  },
  biasCorrection: {
    label: 'Adam 편향 보정',
  },
  noise: {
    label: '기울기 잡음',
    help: '모든 기울기 성분에 더하는 잡음의 표준편차 (시드 고정).',
  },
  startX: {
    label: '시작 x',
  },
  startY: {
    label: '시작 y',
  },
  particles: {
    label: '옵티마이저당 입자 수',
    help: '1보다 크면 무작위 시작점에서 출발하는 입자 떼.',
  },
  seed: {
    label: '시드',
  },
  stepsPerFrame: {
    label: '프레임당 스텝',
  },
};
