/** Korean labels and help of drawingPad.ts's table (namespace `drawingPadParams`). Pure data. */
import type { Messages } from '../en';

export const drawingPadParams: Messages['drawingPadParams'] = {
  classes: {
    label: '클래스 이름 (쉼표로 구분)',
  },
  seed: {
    label: '난수 시드',
  },
};
