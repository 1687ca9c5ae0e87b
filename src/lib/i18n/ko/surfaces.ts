/** Korean labels and help of surfaces.ts's table (namespace `surfaces`). Pure data. */
import type { Messages } from '../en';

export const surfaces: Messages['surfaces'] = {
  ravine: {
    label: '협곡 (조건수가 나쁜 그릇)',
  },
  saddle: {
    label: '안장점',
  },
  localMinimum: {
    label: '지역 최솟값',
  },
  rosenbrock: {
    label: '로젠브록 골짜기',
  },
  custom: {
    label: '직접 입력한 식',
  },
};
