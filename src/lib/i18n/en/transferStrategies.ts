/** Words of transferCharts.ts (namespace `transferStrategies`). Pure data. */

export const transferStrategies = { head: 'head only', finetune: 'fine-tune', scratch: 'from scratch' };
