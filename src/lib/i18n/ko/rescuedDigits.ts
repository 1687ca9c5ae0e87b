/** Korean: the ensemble's rescued digits (namespace `rescuedDigits`). Pure data. */
import type { Messages } from '../en';

export const rescuedDigits: Messages['rescuedDigits'] = {
  digit: (d: string) => `숫자 ${d}`,
  truth: '정답',
  votes: '투표',
  digitVotes: (truth: number, votes: readonly number[]) => `숫자 ${truth}; 모델들의 투표: ${votes.join(', ')}`,
  summary: (r: number, l: number, k: number) =>
    `앙상블은 모델 ${k}개 중 과반이 틀린 검증용 숫자 ${r}개를 맞히고, 과반이 맞힌 숫자 ${l}개를 틀립니다.` +
    (r > 0 ? ' 앙상블이 구해 낸 숫자 몇 개:' : ''),
};
