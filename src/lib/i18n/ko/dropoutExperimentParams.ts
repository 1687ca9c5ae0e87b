/** Korean labels and help of dropoutExperiment.ts's table (namespace `dropoutExperimentParams`). Pure data. */
import type { Messages } from '../en';

export const dropoutExperimentParams: Messages['dropoutExperimentParams'] = {
  dropProbability: {
    label: '드롭아웃 사본의 드롭 확률 p',
  },
  inputDropProbability: {
    label: '입력 픽셀의 드롭 확률 (드롭아웃 사본)',
  },
  trainCount: {
    label: '학습용 숫자 이미지 수',
  },
  weightDecayCopy: {
    label: '가중치 감쇠를 쓰는 세 번째 사본 추가',
  },
  weightDecay: {
    label: '세 번째 사본의 가중치 감쇠 λ',
  },
  hidden: {
    label: '은닉 뉴런 수',
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
