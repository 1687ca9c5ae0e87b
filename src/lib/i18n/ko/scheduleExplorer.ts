/** Korean: the schedule explorer's own words (namespace `scheduleExplorer`). Pure data. */
import type { Messages } from '../en';

export const scheduleExplorer: Messages['scheduleExplorer'] = {
  title: '학습률 스케줄 탐색기',
};
