/** Words of the EnsembleLab's mode comparison and of the rescued digits' votes, in both languages. Pure data. */
import type { EnsembleMode } from '~/lib/ensembleTypes';

export const comparisonWords = {
  en: {
    caption: 'The three modes compared: the latest finished run of each since this page was opened.',
    mode: 'Mode',
    updates: 'Training updates',
    single: 'One model alone',
    combined: 'Combined',
    testModels: 'Models at test time',
    singleNote: (mode: EnsembleMode) => (mode === 'averaging' ? 'raw weights' : 'mean of the models'),
    combinedNote: (kind: 'ema' | 'polyak' | null, k: number) => (kind === 'ema' ? 'EMA' : kind === 'polyak' ? 'Polyak' : `ensemble of ${k}`),
    notRun: 'not run yet: choose it under “What to average” and press Play',
    truth: 'true',
    votes: 'votes',
    digitVotes: (truth: number, votes: readonly number[]) => `digit ${truth}; the models voted ${votes.join(', ')}`,
  },
  ko: {
    caption: '세 방식 비교: 이 페이지를 연 뒤 방식마다 마지막으로 끝낸 학습의 결과입니다.',
    mode: '방식',
    updates: '학습 업데이트 수',
    single: '모델 하나만',
    combined: '합친 결과',
    testModels: '테스트 때 돌리는 모델 수',
    singleNote: (mode: EnsembleMode) => (mode === 'averaging' ? '원래 가중치' : '모델들의 평균'),
    combinedNote: (kind: 'ema' | 'polyak' | null, k: number) => (kind === 'ema' ? 'EMA' : kind === 'polyak' ? '폴리악' : `모델 ${k}개 앙상블`),
    notRun: '아직 실행하지 않음: “무엇을 평균할까”에서 고르고 재생을 누르세요',
    truth: '정답',
    votes: '투표',
    digitVotes: (truth: number, votes: readonly number[]) => `숫자 ${truth}; 모델들의 투표: ${votes.join(', ')}`,
  },
} as const;
