/** Korean words of scheduleSummary.ts (namespace `scheduleSummary`). Pure data. */
import type { Messages } from '../en';
import { count } from '../format';

export const scheduleSummary: Messages['scheduleSummary'] = {
  start: (v: string) => `학습률은 ${v}에서 시작해`,
  peak: (v: string, step: number) => ` ${count(step, 'ko')}번째 스텝에서 최대 ${v}까지 오르고,`,
  low: (v: string, step: number) => ` ${count(step, 'ko')}번째 스텝에서 최저 ${v}까지 내려가며,`,
  end: (v: string, total: number) => ` ${count(total, 'ko')} 스텝을 마칠 때는 ${v}입니다.`,
  flat: (v: string, total: number) => `학습률은 ${count(total, 'ko')} 스텝 내내 ${v}입니다.`,
};
