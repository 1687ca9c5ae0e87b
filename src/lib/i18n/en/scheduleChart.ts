/** Words of scheduleChart.ts (namespace `scheduleChart`). Pure data. */

export const scheduleChart = { x: 'step', y: 'learning rate' };
