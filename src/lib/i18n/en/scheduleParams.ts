/** Labels and help of schedule.ts's table (namespace `scheduleParams`). Pure data. */

export const scheduleParams = {
  schedule: {
    label: 'Schedule',
  },
  base: {
    label: 'Base learning rate',
  },
  total: {
    label: 'Total steps',
  },
};
