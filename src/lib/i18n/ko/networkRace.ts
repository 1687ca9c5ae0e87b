/** Korean words of NetworkRace.tsx (namespace `networkRace`). Pure data. */
import type { Messages } from '../en';

export const networkRace: Messages['networkRace'] = {
  title: '실제 신경망에서의 공정한 경주',
  fair: (seed: number, n: number, hidden: number) =>
    `공정한 비교: 모든 옵티마이저는 같은 초기 가중치(시드 ${seed})에서 출발해, MNIST 숫자 이미지 ${n.toLocaleString('ko')}개로 만든 ` +
    `같은 미니배치를 같은 순서로 학습합니다 (784 → ${hidden} → 10 신경망). 다른 것은 업데이트 규칙과 학습률뿐입니다. ` +
    '정확도는 어느 참가자도 학습하지 않는 숫자 이미지 1,000개로 잽니다. 설정을 바꾸면 같은 출발점에서 경주를 다시 시작합니다.',
  progress: (step: number, total: number) => `${total} 스텝 중 ${step} 스텝`,
  racers: '참가자',
  rates: '기본 학습률',
  schedule: '스케줄 (모든 참가자에게 적용)',
  run: '신경망과 데이터',
  none: '경주를 시작하려면 옵티마이저를 하나 이상 켜 주세요.',
  digits: 'MNIST 숫자 이미지 10,000개 불러오는 중…',
  digitsFailed: 'MNIST 숫자 이미지를 불러오지 못해 경주를 시작할 수 없습니다.',
  retry: '다시 시도',
  readerSchedule: (label) => `모든 경주자의 학습률이 걸음마다 내 스케줄 셀 "${label}"에서 나옵니다. 각 경주자의 기본 학습률에서 출발하며, 아래 선택은 기본 스케줄로 돌아갈 때까지 쓰이지 않습니다.`,
  readerScheduleRefused: (label, problem) => `내 스케줄 셀 "${label}"을 쓰지 않고 아래 스케줄을 그대로 씁니다: ${problem}.`,
  builtInSchedule: '기본 스케줄로 돌아가기',
};
