/** Korean words of dropoutExperimentCharts.ts (namespace `dropoutExperimentChart`). Pure data. */
import { pct, points } from '../format';
import type { GapRowShape } from '../shapes';
import type { Messages } from '../en';

export const dropoutExperimentChart: Messages['dropoutExperimentChart'] = {
  plain: '드롭아웃 없음',
  dropout: (p: number) => `드롭아웃 사용 (p = ${p}, 끌 확률)`,
  weightDecay: (l: number) => `가중치 감쇠 (λ = ${l})`,
  epoch: '학습 데이터를 훑은 횟수 (에폭)',
  accuracy: '정확도 (%)',
  summary: (step: number, rows: GapRowShape[]) =>
    `${step} 스텝 후: ` +
    rows.map((r) => `${r.label}: 학습 ${pct(r.train)}, 검증 ${pct(r.heldOut)}, 차이 ${points(r.gap)}%p`).join('; ') +
    '.',
  none: '아직 측정값이 없습니다. 재생을 누르세요.',
};
