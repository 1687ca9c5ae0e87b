/** Korean: the ensemble lab's table comparing its three modes (namespace `ensembleCompare`). Pure data. */
import type { Messages } from '../en';

export const ensembleCompare: Messages['ensembleCompare'] = {
  caption: '세 방식 비교: 이 페이지를 연 뒤 방식마다 마지막으로 끝낸 학습의 결과입니다.',
  mode: '방식',
  updates: '학습 업데이트 수',
  single: '모델 하나만',
  combined: '합친 결과',
  testModels: '테스트 때 돌리는 모델 수',
  singleNote: (mode) => (mode === 'averaging' ? '원래 가중치' : '모델들의 평균'),
  combinedNote: (kind, k) => (kind === 'ema' ? 'EMA' : kind === 'polyak' ? '폴리악' : `모델 ${k}개 앙상블`),
  notRun: '아직 실행하지 않음: “무엇을 평균할까”에서 고르고 재생을 누르세요',
};
