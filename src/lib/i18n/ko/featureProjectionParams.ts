/** Korean labels and help of featureProjection.ts's table (namespace `featureProjectionParams`). Pure data. */
import type { Messages } from '../en';

export const featureProjectionParams: Messages['featureProjectionParams'] = {
  count: {
    label: '투영할 숫자 수',
  },
  seed: {
    label: '무작위 네트워크의 시드',
  },
};
