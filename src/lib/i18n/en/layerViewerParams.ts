/** Labels of layerViewer.ts's table (namespace `layerViewerParams`). Pure data. */

export const layerViewerParams = {
  example: {
    label: 'Held-out digit number',
  },
};
