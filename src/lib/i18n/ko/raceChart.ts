/** Korean words of raceText.ts (namespace `raceChart`). Pure data. */
import type { Messages } from '../en';

export const raceChart: Messages['raceChart'] = {
  divergedAt: (step: number, variable?: string) => `${step}번째 스텝에서 발산${variable ? `(${variable}이(가) NaN이나 무한대)` : ''}`,
  after: (step: number) => `${step} 스텝 후`,
  notStarted: '아직 시작하지 않음',
  none: '경주 중인 옵티마이저가 없음',
  lossAxis: 'f − f_min (로그 눈금)',
  stepAxis: '스텝',
  map: (formula: string, xs: string, ys: string) =>
    `f(x, y) = ${formula}의 열지도, x는 ${xs}, y는 ${ys}; 어두울수록 높고, 선은 등고선입니다.`,
  mapDark: (formula: string, xs: string, ys: string) =>
    `f(x, y) = ${formula}의 열지도, x는 ${xs}, y는 ${ys}; 밝을수록 높고, 선은 등고선입니다.`,
  minimumAt: (point: string) => `가장 낮은 점 ${point}.`,
  startAt: (point: string) => `시작점 ${point}.`,
  at: (point: string, loss: string) => `위치 ${point}, f − f_min ${loss}`,
  biasChart: '처음 몇 스텝 동안의 Adam 편향 보정 계수',
  biasSummary: (t: number, m: string, v: string) => `Adam ${t} 스텝 후 1차 모멘트는 ${m}, 2차 모멘트는 ${v}로 나눕니다.`,
  biasOff: '편향 보정이 꺼져 있어 두 계수 모두 1입니다.',
  to: '~',
  outcomeX: '마지막 f − f_min (로그 눈금)',
  outcomeY: '입자 비율 (%)',
};
