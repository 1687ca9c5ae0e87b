/** Korean words of trainingStandings.ts (namespace `trainingStandings`). Pure data. */
import { percent } from '../format';
import type { StandingShape } from '../shapes';
import type { Lang } from '../lang';
import type { Messages } from '../en';

export const trainingStandings: Messages['trainingStandings'] = {
  none: '경주 중인 옵티마이저가 없습니다. 하나 이상 켜 주세요.',
  start: (acc: string) => `학습 전에는 모든 참가자의 가중치가 같으므로 검증 정확도도 ${acc}로 같습니다.`,
  after: (step: number, total: number, examples: number) =>
    `${total} 스텝 중 ${step} 스텝 후 (각자 같은 순서로 학습 예제 ${examples.toLocaleString('ko')}개):`,
  row: (r: StandingShape, rank: number, lang: Lang) =>
    `${rank}위 ${r.label}, 검증 정확도 ${r.accuracy === null ? '아직 측정 전' : percent(r.accuracy, lang)}` +
    (r.loss === null ? '' : `, 학습 손실 ${r.loss}`),
  diverged: (r: StandingShape) => `${r.label}: ${r.diverged?.step}번째 스텝에서 발산${r.diverged?.variable ? `(${r.diverged.variable}이(가) 먼저 NaN이나 무한대가 됨)` : ''}.`,
  separator: ', ',
};
