/** Korean words of FeatureProjection.tsx (namespace `projection`). Pure data. */
import type { Messages } from '../en';

export const projection: Messages['projection'] = {
  title: '숫자의 고정된 특징을 2차원으로 투영',
  pretrained: '사전 학습된 네트워크',
  random: '같은 구조, 무작위 가중치',
  nc: (a: number) => `최근접 중심 정확도(128차원): ${(100 * a).toFixed(1)} %`,
  working: '특징을 계산하는 중…',
  alt: (which: string, n: number, a: number) =>
    `${which}: 검증용 숫자 ${n}개의 특징을 처음 두 주성분에 투영한 산점도입니다. 점은 숫자별로 색이 다르고, 각 숫자의 점들 중심에 그 숫자가 표시됩니다. 128차원 전체 공간에서의 최근접 중심 정확도: ${(100 * a).toFixed(1)} %.`,
};
