/** Korean labels and help of dropout.ts's table (namespace `dropoutParams`). Pure data. */
import type { Messages } from '../en';

export const dropoutParams: Messages['dropoutParams'] = {
  dropProbability: {
    label: '드롭 확률 p (뉴런이 꺼질 확률)',
  },
  inputs: {
    label: '입력 뉴런 수',
  },
  hidden1: {
    label: '은닉층 1 뉴런 수',
  },
  hidden2: {
    label: '은닉층 2 뉴런 수 (0이면 없음)',
  },
  outputs: {
    label: '출력 뉴런 수',
  },
  passesPerSecond: {
    label: '재생 중 초당 순전파 횟수',
  },
  seed: {
    label: '난수 시드',
  },
};
