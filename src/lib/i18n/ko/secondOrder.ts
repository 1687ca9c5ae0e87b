/** Korean words for the race's second-order racers (namespace `secondOrder`). Pure data. */
import type { Messages } from '../en';

export const secondOrder: Messages['secondOrder'] = {
  hessian: '이 점의 헤시안 H',
  estimate: (name: string) => `${name}가 추정한 H (H⁻¹ 추정값의 역행렬)`,
  ellipse: '지도의 타원',
  evaluations: (n: number) => `지난 스텝: f 또는 ∇f를 ${n}번 계산 (되짚기 선 탐색은 f를 충분히 줄이는 첫 길이에서 멈춥니다)`,
  hessianCost: '지난 스텝: f와 ∇f를 한 번 계산. 헤시안은 공식을 두 번 미분한 정확한 값입니다 (JavaScript에서 전진 모드 자동 미분)',
  kind: {
    positive: '양의 정부호: 2차 모형에 최솟값이 있고, 스텝은 그곳으로 향합니다.',
    indefinite: '부정부호: 2차 모형에 최솟값이 없고 안장점만 있어서, 뉴턴 스텝은 그 안장점으로 향합니다(점선 타원). 가장 음수인 고윳값보다 큰 감쇠 λ를 주면 내리막으로 방향을 바꿉니다.',
    negative: '음의 정부호: 2차 모형에 최댓값이 있고, 뉴턴 스텝은 그 최댓값으로 올라갑니다(점선 타원).',
    singular: '특이 행렬: H + λI의 역행렬이 없어 이 점에서는 뉴턴 스텝을 정할 수 없으므로 입자가 멈춰 있습니다. 감쇠 λ를 0보다 크게 두세요.',
    notSmooth: '헤시안 없음: 이 점에서 곡면이 두 번 미분 가능하지 않아(abs, min, max의 꺾인 곳이나 sqrt의 경계) 뉴턴 스텝을 정할 수 없으므로 입자가 멈춰 있습니다.',
  },
};
