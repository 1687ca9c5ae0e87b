/** Korean words of transferCharts.ts (namespace `transferChart`). Pure data. */
import type { Messages } from '../en';

export const transferChart: Messages['transferChart'] = { step: '학습 스텝', accuracy: '정확도 (%)', perClass: '클래스당 예제 수 (N, 로그 눈금)', heldOut: '검증 데이터', train: '학습 데이터 (점선)' };
