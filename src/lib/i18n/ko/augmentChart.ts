/** Korean words of augmentCharts.ts (namespace `augmentChart`). Pure data. */
import { pct } from '../format';
import type { AccuracyRow } from '../shapes';
import type { Messages } from '../en';

export const augmentChart: Messages['augmentChart'] = {
  plain: '증강 없음',
  augmented: '증강 사용',
  epoch: '학습 데이터를 훑은 횟수 (에폭)',
  accuracy: '정확도 (%)',
  none: '아직 시작점만 측정했습니다. 재생을 누르거나 다음 측정을 기다리세요.',
  summary: (step: number, rows: AccuracyRow[]) =>
    `${step} 스텝 후: ` + rows.map((r) => `${r.label}: 학습 ${pct(r.train)}, 검증 ${pct(r.heldOut)}`).join('; ') + '.',
};
