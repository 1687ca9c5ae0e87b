/** Korean words of the quadratic lab (namespace `quadraticLab`). Pure data. */
import type { Messages } from '../en';

export const quadraticLab: Messages['quadraticLab'] = {
  title: '2차 함수 실험실: 모멘텀이 통하는 이유',
  method: { gd: '경사 하강법', momentum: 'SGD + 모멘텀', nesterov: '네스테로프 모멘텀' },
  steep: '가파른 방향',
  flat: '평평한 방향',
  measured: '측정',
  predicted: '예측',
  errorCaption: 'H의 고유 방향별 오차 (로그 눈금), 0번째 스텝에서 1로 시작합니다. 실선은 실제 반복, 점선은 예측한 스텝당 감소율입니다.',
  direction: (which: string, lambda: string, factor: string) => `${which} (λ = ${lambda}): 스텝마다 × ${factor}`,
  diverges: (which: string, lambda: string, factor: string) => `${which} (λ = ${lambda}): 스텝마다 × ${factor}이므로 커지다가 발산합니다`,
  mapCaption: (dark: boolean) =>
    `(α, ρ)에 따른 모멘텀의 수렴 속도: ${dark ? '밝을수록' : '어두울수록'} 빨리 수렴하고, ${dark ? '흰' : '검은'} 선 바깥에서는 발산합니다. 고리는 지금 설정, 별은 최적점 (α*, ρ*), 점선은 평평한 방향(왼쪽)과 가파른 방향(오른쪽)의 임계 감쇠입니다.`,
  mapSummary: (rate: string, best: string, alpha: string, rho: string) => `지금 설정의 감소율은 스텝당 ${rate}이고, 가장 좋은 값은 α* = ${alpha}, ρ* = ${rho}에서 ${best}입니다.`,
  alphaAxis: '스텝 크기 α',
  rhoAxis: '모멘텀 ρ',
  tableCaption: '오차를 1e-6까지 줄이는 데 드는 스텝 수: 이 κ에서 각 방법의 최적 설정과 지금 설정.',
  columns: ['방법', 'α', 'ρ', '측정', '예측', '증가 속도', '잡음 바닥'],
  yours: '지금 설정',
  never: '도달 못 함',
  noNoise: 'σ > 0으로 설정',
  rescaleCaption: '왼쪽: 그릇의 등고선. 오른쪽: Adam과 RMSProp이 노리는 성분별 크기 조정(각 좌표를 자기 곡률로 나눔) 뒤의 모습.',
  rescale: (before: string, after: string) => `좌표마다 크기를 맞추면 κ가 ${before} → ${after}이 됩니다.`,
};
