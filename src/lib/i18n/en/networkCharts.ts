/** Words of NetworkCharts.tsx (namespace `networkCharts`). Pure data. */

export const networkCharts = { group: 'Training curves of the race', loss: 'Training loss', accuracy: 'Held-out accuracy', schedule: (name: string) => `Schedule: ${name}` };
