/** Korean words of NetworkCharts.tsx (namespace `networkCharts`). Pure data. */
import type { Messages } from '../en';

export const networkCharts: Messages['networkCharts'] = { group: '경주의 학습 곡선', loss: '학습 손실', accuracy: '검증 정확도', schedule: (name: string) => `스케줄: ${name}` };
