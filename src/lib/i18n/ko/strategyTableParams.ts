/** The transfer strategy table's parameter words (namespace `strategyTableParams`). Pure data. */
import type { Messages } from '../en';

export const strategyTableParams: Messages['strategyTableParams'] = {
  cell: '선택한 칸',
  cells: {
    'little-similar': '데이터 적음, 비슷한 데이터',
    'much-similar': '데이터 많음, 비슷한 데이터',
    'little-different': '데이터 적음, 다른 데이터',
    'much-different': '데이터 많음, 다른 데이터',
  },
};
