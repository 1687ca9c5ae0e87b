/** Korean: the schedule explorer's own words (namespace `scheduleExplorer`). Pure data. */
import type { Messages } from '../en';
import { count } from '../format';

export const scheduleExplorer: Messages['scheduleExplorer'] = {
  title: '학습률 스케줄 탐색기',
  pin: '이 곡선을 남겨 비교하기',
  pinned: '비교용으로 남긴 곡선',
  remove: (label) => `${label} 지우기`,
  full: (n) => `곡선은 ${n}개까지 남길 수 있습니다. 하나를 지우고 다시 남기세요.`,
  alsoDrawn: (labels) => ` 비교용으로 함께 그린 곡선: ${labels.join('; ')}.`,
  apply: '신경망 경주에 적용',
  applied: (label, steps) =>
    `신경망 경주가 이제 ${label} 스케줄로 학습하며, 처음부터 다시 시작했습니다. 기본 학습률과 ${count(steps, 'ko')} 스텝은 경주의 설정 그대로입니다.`,
  goToRace: '경주로 가기',
  noRace: '이 페이지에는 스케줄을 적용할 신경망 경주가 없습니다.',
  refused: (names) => `신경망 경주가 받아들이지 않은 값: ${names}.`,
  yours: (label, inRace) => `내 스케줄 셀: ${label}${inRace ? ' (신경망 경주에서 쓰는 중)' : ''}`,
  applyYours: '내 스케줄을 신경망 경주에 적용',
  removeYours: '내 곡선 지우기',
  yoursApplied: (label, steps) =>
    `이제 신경망 경주는 걸음마다 내 코드 "${label}"에서 학습률을 받습니다. 각 옵티마이저의 기본 학습률에서 출발하며, 경주는 처음부터 다시 시작했습니다(${count(steps, 'ko')}걸음).`,
  yoursRefused: (problem) => `내 스케줄을 그리지 않았습니다: ${problem}.`,
};
