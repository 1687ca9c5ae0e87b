/** Korean words of dropoutCharts.ts (namespace `dropoutChart`). Pure data. */
import type { Messages } from '../en';

export const dropoutChart: Messages['dropoutChart'] = { input: '입력', hidden: (i: number) => `은닉 ${i}`, output: '출력', unit: '뉴런 A' };
