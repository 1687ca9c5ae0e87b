/** Korean labels and help of quadraticLab.ts's table (namespace `quadraticLabParams`). Pure data. */
import type { Messages } from '../en';

export const quadraticLabParams: Messages['quadraticLabParams'] = {
  kappa: { label: '조건수 κ' },
  angle: { label: '회전 (도)' },
  method: { label: '방법' },
  alpha: { label: '스텝 크기 α' },
  rho: { label: '모멘텀 ρ' },
  noise: { label: '기울기 잡음 σ', help: '기울기의 각 성분에 더하는 잡음의 표준편차 (시드 고정).' },
};
