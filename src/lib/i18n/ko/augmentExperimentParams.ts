/** Korean labels and help of augmentExperiment.ts's table (namespace `augmentExperimentParams`). Pure data. */
import type { Messages } from '../en';

export const augmentExperimentParams: Messages['augmentExperimentParams'] = {
  model: {
    label: '네트워크',
    choices: {
      cnn: '작은 CNN (합성곱 2층)',
      mlp: 'MLP (784 → 64 → 10)',
    },
  },
  perClass: {
    label: '클래스당 학습 이미지 수',
  },
  rotation: {
    label: '회전 최대 ± 도',
  },
  zoom: {
    label: '확대·축소 최대 ± (비율)',
  },
  shift: {
    label: '이동 최대 ± (28 px 기준 비율)',
  },
  flip: {
    label: '숫자도 좌우로 뒤집기 (잘못된 증강)',
  },
  steps: {
    label: '학습 스텝 수',
  },
  batchSize: {
    label: '배치 크기',
  },
  seed: {
    label: '난수 시드',
  },
};
