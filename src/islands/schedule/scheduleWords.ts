/** Words of the schedule explorer's comparison and its hand-over to the network race, in both languages. Pure data. */
export const scheduleWords = {
  en: {
    pin: 'Keep this curve to compare',
    pinned: 'Curves kept for comparison',
    remove: (label: string) => `Remove ${label}`,
    full: (n: number) => `At most ${n} curves are kept: remove one to keep another.`,
    alsoDrawn: (labels: readonly string[]) => ` Also drawn for comparison: ${labels.join('; ')}.`,
    apply: 'Apply to the network race',
    applied: (label: string, steps: number) =>
      `The network race now trains with ${label} and has restarted. Its base learning rates and its ${steps} steps stay its own.`,
    goToRace: 'Go to the race',
    noRace: 'There is no network race on this page to apply the schedule to.',
    refused: (names: string) => `The network race did not accept: ${names}.`,
  },
  ko: {
    pin: '이 곡선을 남겨 비교하기',
    pinned: '비교용으로 남긴 곡선',
    remove: (label: string) => `${label} 지우기`,
    full: (n: number) => `곡선은 ${n}개까지 남길 수 있습니다. 하나를 지우고 다시 남기세요.`,
    alsoDrawn: (labels: readonly string[]) => ` 비교용으로 함께 그린 곡선: ${labels.join('; ')}.`,
    apply: '신경망 경주에 적용',
    applied: (label: string, steps: number) =>
      `신경망 경주가 이제 ${label} 스케줄로 학습하며, 처음부터 다시 시작했습니다. 기본 학습률과 ${steps} 스텝은 경주의 설정 그대로입니다.`,
    goToRace: '경주로 가기',
    noRace: '이 페이지에는 스케줄을 적용할 신경망 경주가 없습니다.',
    refused: (names: string) => `신경망 경주가 받아들이지 않은 값: ${names}.`,
  },
} as const;
