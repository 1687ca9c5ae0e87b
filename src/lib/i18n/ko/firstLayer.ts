/** Korean words of network/FirstLayerView.tsx (namespace `firstLayer`). Pure data. */
import type { Messages } from '../en';

export const firstLayer: Messages['firstLayer'] = {
  title: (units: number) => `신경망 들여다보기: 처음 ${units}개 은닉 유닛의 가중치`,
  caption:
    '각 타일은 은닉 유닛 하나로 들어오는 가중치 784개를, 그 가중치가 곱해지는 28×28 숫자 이미지 모양으로 그린 것입니다. 빨간 곳은 밝은 픽셀이 유닛을 키우고, 파란 곳은 줄입니다. 모든 신경망이 같은 무작위 가중치에서 출발했으므로, 각 열은 같은 유닛을 각 옵티마이저가 어떻게 바꾸었는지 보여 줍니다.',
  unit: (u: number) => `유닛 ${u}`,
  diverged: '발산: 가중치 없음',
};
