/** Korean words of NetworkCharts.tsx (namespace `networkCharts`). Pure data. */
import type { Messages } from '../en';

export const networkCharts: Messages['networkCharts'] = {
  group: '경주의 학습 곡선',
  loss: '학습 손실',
  accuracy: '검증 정확도',
  noAccuracy: '아직 측정한 정확도가 없습니다. 재생이나 한 스텝을 누르세요. 검증 숫자로 처음 평가한 뒤부터 그래프를 그립니다.',
  schedule: (name: string) => `스케줄: ${name}`,
  band: (n: string) => `음영: 검증 숫자 ${n}개로 잰 각 정확도의 ±2 표준오차, 즉 다른 숫자로 재면 우연만으로 움직일 수 있는 범위입니다.`,
  seeds: (count: number) => ` 속이 빈 점: 다른 시드로 끝낸 이전 실행 ${count}번의 최종 정확도입니다 (시드를 바꾸면 하나씩 늘어납니다).`,
  within: (leader: string, runnerUp: string, gap: string, noise: string, n: string) =>
    `잡음 범위 안: 1위 ${leader}, 2위 ${runnerUp}의 차이 ${gap}%p는 숫자 ${n}개에서 그 차이의 표준오차 두 배(${noise}%p)보다 작습니다. 다른 시드에서는 순위가 바뀔 수 있습니다.`,
  beyond: (leader: string, runnerUp: string, gap: string, noise: string, n: string) =>
    `잡음 범위 밖: 1위 ${leader}, 2위 ${runnerUp}의 차이 ${gap}%p는 숫자 ${n}개에서 그 차이의 표준오차 두 배(${noise}%p)보다 큽니다.`,
  tied: (leader: string, runnerUp: string, noise: string, n: string) =>
    `잡음 범위 안: ${leader}, ${runnerUp} 두 참가자가 공동 1위입니다. 숫자 ${n}개에서는 ${noise}%p보다 작은 차이도 우연일 수 있습니다.`,
};
