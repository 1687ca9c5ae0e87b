/** Labels and help of drawingPad.ts's table (namespace `drawingPadParams`). Pure data. */

export const drawingPadParams = {
  classes: {
    label: 'Class names (comma-separated)',
  },
  seed: {
    label: 'Random seed',
  },
};
