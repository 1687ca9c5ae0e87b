/** Korean words of experimentWords.ts (namespace `dropoutExperiment`). Pure data. */
import type { Messages } from '../en';

export const dropoutExperiment: Messages['dropoutExperiment'] = {
  title: '과적합에 맞서는 드롭아웃: 같은 신경망, 같은 데이터, 차이는 하나',
  fair: (n: number, hidden: number, seed: number, decay: boolean, inputP: number) =>
    `784 → ${hidden} → 10 신경망의 ${decay ? '세' : '두'} 사본은 같은 초기 가중치(시드 ${seed})에서 출발해, 같은 MNIST 숫자 이미지 ` +
    `${n.toLocaleString('ko')}개로 만든 같은 미니배치를 Adam으로 학습합니다. 다른 점은 하나: 드롭아웃 사본은 학습 순전파마다 ` +
    '은닉 뉴런을 확률 p로' +
    (inputP > 0 ? `, 입력 픽셀을 확률 ${inputP}로` : '') +
    ' 끕니다(역 드롭아웃). 정확도는 드롭아웃 없이, 학습용 숫자 전체와 어느 사본도 학습하지 않는 ' +
    '검증용 숫자 1,000개로 잽니다.' +
    (decay ? ' 세 번째 사본은 드롭아웃 대신 손실에 가중치 감쇠 (λ/2)·‖W‖²를 더합니다.' : ''),
  progress: (step: number, total: number, epoch: number) => `${total} 스텝 중 ${step} 스텝 (${epoch.toFixed(1)} 에폭)`,
  copy: '사본',
  train: '학습 정확도',
  heldOut: '검증 정확도',
  gap: '차이 (%p)',
  caption: '점선: 학습 정확도. 실선: 검증 정확도. 색칠한 부분: 둘 사이의 차이.',
  loading: 'MNIST 숫자 이미지 10,000개 불러오는 중…',
  failed: 'MNIST 숫자 이미지를 불러오지 못해 실험을 시작할 수 없습니다.',
  retry: '다시 시도',
  more: '설정 더 보기',
};
