/** Korean words of experimentWords.ts (namespace `augmentExperiment`). Pure data. */
import type { Messages } from '../en';

export const augmentExperiment: Messages['augmentExperiment'] = {
  title: '적은 숫자 이미지로 보는 데이터 증강: 같은 신경망, 같은 데이터, 차이는 하나',
  fair: (perClass: number, model: string, seed: number) =>
    `${model === 'cnn' ? '작은 CNN' : '784 → 64 → 10 MLP'}의 두 사본은 같은 초기 가중치(시드 ${seed})에서 출발해, 클래스당 ${perClass}개씩 ` +
    `모두 ${10 * perClass}개의 같은 숫자 이미지로 만든 같은 미니배치를 Adam으로 학습합니다. 다른 점은 하나: 두 번째 사본은 미니배치마다 ` +
    '무작위 회전, 확대·축소, 이동을 거친 이미지를 봅니다. 뒤집기는 쓰지 않습니다. 좌우가 뒤집힌 2, 3, 7은 숫자가 아니고, 거꾸로 뒤집은 6은 9가 됩니다. ' +
    '정확도는 증강하지 않은 학습용 숫자와, 어느 사본도 학습하지 않는 검증용 숫자 1,000개로 잽니다.',
  progress: (step: number, total: number, epoch: number) => `${total} 스텝 중 ${step} 스텝 (${epoch.toFixed(1)} 에폭)`,
  copy: '사본',
  train: '학습 정확도',
  heldOut: '검증 정확도',
  caption: '점선: 학습 정확도. 실선: 검증 정확도.',
  loading: 'MNIST 숫자 이미지 10,000개 불러오는 중…',
  failed: 'MNIST 숫자 이미지를 불러오지 못해 실험을 시작할 수 없습니다.',
  retry: '다시 시도',
  more: '설정 더 보기',
  samples: '증강 사본이 보는 이미지 (같은 숫자 8개를 스텝마다 새로 증강):',
};
