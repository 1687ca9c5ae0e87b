/** Korean words of transferCharts.ts (namespace `transferStrategies`). Pure data. */
import type { Messages } from '../en';

export const transferStrategies: Messages['transferStrategies'] = { head: '마지막 층만', finetune: '미세 조정', scratch: '처음부터' };
