/** Learning-rate schedules: names, parameter labels, notes (namespace `schedules`). Pure data. */
import type { Messages } from '../en';
import { count } from '../format';

export const schedules: Messages['schedules'] = {
  names: {
    constant: '상수',
    step: '계단식 감소',
    exponential: '지수 감소',
    inverseTime: '1/t 감소',
    cosine: '코사인',
    warmup: '선형 워밍업',
  },
  params: {
    dropEvery: '감소 주기 (스텝)',
    dropFactor: '감소 비율',
    decay: '감쇠 k (스텝당)',
    floorFraction: '최종 학습률 / 기본 학습률',
    warmupSteps: '워밍업 스텝',
    cosine: '워밍업 후 코사인 감소',
  },
  /** A step schedule whose first drop comes after the run ends. */
  neverDrops: (every: number, total: number) =>
    `학습률이 ${count(every, 'ko')} 스텝마다 줄어드는데 전체 실행은 ${count(total, 'ko')} 스텝뿐이라 한 번도 줄지 않습니다. 상수 학습률과 같습니다.`,
  /** A warm-up as long as the run or longer, cut to the run. */
  warmupCut: (w: number, total: number, cosine: boolean) =>
    `워밍업(${count(w, 'ko')} 스텝)이 전체 실행(${count(total, 'ko')} 스텝)보다 길거나 같아서 실행 길이에 맞춰 줄였습니다. 학습률은 ${count(total, 'ko')} 스텝 내내 오르고 마지막 스텝에서야 기본 학습률에 닿습니다${cosine ? '. 코사인 감소에 쓸 스텝은 남지 않습니다' : ''}.`,
};
