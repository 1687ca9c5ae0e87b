/** Korean words of Standings.tsx (namespace `networkStandings`). Pure data. */
import type { Messages } from '../en';

export const networkStandings: Messages['networkStandings'] = { caption: '현재 순위', optimizer: '옵티마이저', rate: '현재 학습률', loss: '학습 손실', accuracy: '검증 정확도', at: '스텝', diverged: (n: number, variable?: string) => `${n}번째 스텝에서 발산${variable ? `: ${variable}이(가) 먼저 NaN이나 무한대가 됨` : ''}` };
