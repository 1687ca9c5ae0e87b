/** Korean words of scheduleChart.ts (namespace `scheduleChart`). Pure data. */
import type { Messages } from '../en';

export const scheduleChart: Messages['scheduleChart'] = { x: '스텝', y: '학습률' };
