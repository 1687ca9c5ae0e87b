/** Korean words of trainingCurves.ts (namespace `trainingCurves`). Pure data. */
import type { Messages } from '../en';

export const trainingCurves: Messages['trainingCurves'] = { step: '스텝', loss: '학습 손실 (로그 눈금)', accuracy: '검증 정확도 (%)', rate: '× 기본 학습률', diverged: (n: number) => `${n}번째 스텝에서 발산` };
