/** Korean labels and help of network.ts's table (namespace `networkParams`). Pure data. */
import type { Messages } from '../en';

export const networkParams: Messages['networkParams'] = {
  shareRate: {
    label: '모두 같은 학습률',
  },
  sharedRate: {
    label: '공통 학습률',
  },
  schedule: {
    label: '학습률 스케줄',
  },
  steps: {
    label: '스텝 수',
  },
  batchSize: {
    label: '배치 크기',
  },
  trainCount: {
    label: '학습용 숫자 이미지 수',
  },
  hidden: {
    label: '은닉 유닛 수',
  },
  seed: {
    label: '시드 (초기 가중치와 배치 순서)',
  },
  /** The switch that enters an optimizer in the race. */
  race: (optimizer: string) => `${optimizer} 참가`,
};
