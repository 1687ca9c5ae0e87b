/** Korean labels of layerViewer.ts's table (namespace `layerViewerParams`). Pure data. */
import type { Messages } from '../en';

export const layerViewerParams: Messages['layerViewerParams'] = {
  example: {
    label: '검증용 숫자 번호',
  },
};
