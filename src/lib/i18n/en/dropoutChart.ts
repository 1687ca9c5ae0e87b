/** Words of dropoutCharts.ts (namespace `dropoutChart`). Pure data. */

export const dropoutChart = { input: 'input', hidden: (i: number) => `hidden ${i}`, output: 'output', unit: 'unit A' };
