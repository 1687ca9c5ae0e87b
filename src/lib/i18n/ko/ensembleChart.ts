/** Korean words of ensembleCharts.ts (namespace `ensembleChart`). Pure data. */
import { pct, pts } from '../format';
import type { Messages } from '../en';

export const ensembleChart: Messages['ensembleChart'] = {
  member: (i: number) => `모델 ${i}`,
  snapshot: (i: number) => `스냅샷 ${i}`,
  raw: '마지막 파라미터',
  ema: 'EMA',
  polyak: '폴리악',
  ensemble: (k: number) => `${k}개 앙상블`,
  mean: '모델 평균',
  firstK: '처음 k개 앙상블',
  meanK: '그 k개의 평균',
  k: '앙상블에 넣은 모델 수 (k)',
  step: '학습 스텝',
  accuracy: '검증 정확도 (%)',
  none: '아직 결과가 없습니다. 재생을 눌러 학습하세요.',
  who: (snap: boolean) => (snap ? '스냅샷' : '모델'),
  list: (who: string, accs: string, mean: number, best: number) =>
    `${who}별 검증 정확도: ${accs} (평균 ${pct(mean)}, 최고 ${pct(best)}).`,
  ens: (k: number, e: number, mean: number, best: number) =>
    `${k}개 앙상블: ${pct(e)}로, 평균 모델보다 ${pts(e - mean)}%p ${e >= mean ? '높고' : '낮고'}, ` +
    `가장 좋은 모델보다 ${pts(e - best)}%p ${e >= best ? '높습니다' : '낮습니다'}.`,
  gain: (list: string) => `처음 k개의 앙상블 (k = 1, 2, …): ${list}.`,
  rho: (r: number) => `틀리는 예제의 상관계수: ρ = ${r.toFixed(2)}.`,
  averaging: (raw: number, ema: number, polyak: number | null) =>
    `검증 정확도: 마지막 파라미터 ${pct(raw)}, EMA ${pct(ema)}` + (polyak === null ? '.' : `, 후반부 폴리악 평균 ${pct(polyak)}.`),
  sofar: (step: number, raw: number, ema: number) => `${step} 스텝: 원래 가중치 ${pct(raw)}, EMA ${pct(ema)}.`,
  ahead: (n: number, m: number) => `학습 중 ${m}번 측정에서 EMA가 원래 가중치보다 ${n}번 높았습니다.`,
};
