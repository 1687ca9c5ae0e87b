/** Korean words of LayerViewer (namespace `layerViewer`). Pure data. */
import type { Messages } from '../en';

export const layerViewer: Messages['layerViewer'] = {
  title: '사전 학습된 네트워크 안: 필터와 활성화',
  filters: (n: number) => `conv1의 필터 ${n}개(각각 3 × 3 가중치를 그 필터의 최댓값에 맞춰 표시, 주황은 양수, 파랑은 음수)`,
  filter: (c: number) => `필터 ${c}`,
  input: '입력',
  picked: (label: number) => `검증용 숫자, ${label}`,
  drawn: '내가 그린 그림',
  block: (name: string, size: number, shown: number, channels: number) => `${name} 다음(${size} × ${size}): 채널 ${channels}개 중 가장 강하게 활성화된 ${shown}개`,
  channel: (c: number, mean: number) => `채널 ${c}, 평균 ${mean.toFixed(2)}`,
  drawHere: '또는 여기에 숫자를 그려 보세요',
  backToPicked: '검증용 숫자로 돌아가기',
  computing: '숫자를 네트워크에 통과시키는 중…',
  note: '밝을수록 강합니다. 각 블록은 3 × 3 합성곱, ReLU, 그리고 (conv1, conv2에서는) 2 × 2 최대 풀링입니다. 채널이 늘수록 맵은 작아지고, "마지막 층만" 학습은 conv3 맵마다 평균 하나씩을 읽습니다.',
};
