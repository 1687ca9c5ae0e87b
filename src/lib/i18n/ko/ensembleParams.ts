/** Korean labels and help of ensemble.ts's table (namespace `ensembleParams`). Pure data. */
import type { Messages } from '../en';

export const ensembleParams: Messages['ensembleParams'] = {
  mode: {
    label: '무엇을 평균할까',
    choices: {
      independent: '독립적인 모델 K개',
      snapshots: '한 학습의 스냅샷 K개',
      averaging: '파라미터 평균',
    },
  },
  members: {
    label: '모델 수 K',
  },
  steps: {
    label: '모델당 학습 스텝 수',
  },
  hidden: {
    label: '은닉 뉴런 수',
  },
  trainCount: {
    label: '학습용 숫자 이미지 수',
  },
  seed: {
    label: '난수 시드',
  },
  emaDecay: {
    label: 'EMA 감쇠율 β',
  },
  batchSize: {
    label: '배치 크기',
  },
  /** The members' rate, with the momentum they train with. */
  learningRate: (optimizer: string, momentum: number) => `학습률 (${optimizer} ${momentum})`,
};
