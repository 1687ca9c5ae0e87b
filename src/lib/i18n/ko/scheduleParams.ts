/** Korean labels and help of schedule.ts's table (namespace `scheduleParams`). Pure data. */
import type { Messages } from '../en';

export const scheduleParams: Messages['scheduleParams'] = {
  schedule: {
    label: '스케줄',
  },
  base: {
    label: '기본 학습률',
  },
  total: {
    label: '전체 스텝 수',
  },
};
