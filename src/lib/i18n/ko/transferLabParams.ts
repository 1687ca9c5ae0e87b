/** Korean labels and help of transferLab.ts's table (namespace `transferLabParams`). Pure data. */
import type { Messages } from '../en';

export const transferLabParams: Messages['transferLabParams'] = {
  perClass: {
    label: '클래스당 예제 수 (N)',
  },
  frozenLayers: {
    label: '미세 조정 때 고정할 합성곱 층 수',
    help: '0 = 전체 미세 조정, 3 = 마지막 층만 학습',
  },
  headLayer: {
    label: '마지막 층만 학습이 읽는 특징: conv…',
    help: '3 = 마지막 블록(보통의 방법), 1이나 2 = 더 일반적인 앞 단계',
  },
  heldOut: {
    label: '평가에 쓰는 검증용 숫자 수',
  },
  seed: {
    label: '난수 시드',
  },
  focus: {
    label: '강조할 전략',
    choices: {
      head: '마지막 층만',
      finetune: '미세 조정',
      scratch: '처음부터',
    },
  },
};
