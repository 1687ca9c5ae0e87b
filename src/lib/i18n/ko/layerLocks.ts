/** Korean words of LayerLocks.tsx (namespace `layerLocks`). Pure data. */
import type { Messages } from '../en';

export const layerLocks: Messages['layerLocks'] = {
  input: '입력 28×28',
  head: '새 마지막 층 → 10',
  pooled: '평균',
  frozen: '고정',
  trains: '학습',
  lock: (n: string, locked: boolean) => `${n}: ${locked ? '고정됨, 눌러서 풀기' : '학습함, 눌러서 고정'}`,
  tap: (n: string) => `마지막 층만: ${n} 읽기`,
  tapLabel: (n: string, on: boolean) => (on ? `마지막 층만 학습이 ${n}의 평균 특징을 읽습니다` : `마지막 층만 학습이 ${n}의 평균 특징을 읽게 하기`),
  caption: (n: string) =>
    `잠금은 미세 조정 전략에 적용됩니다. 마지막 층만 학습은 모든 합성곱 층을, 처음부터 학습은 어떤 층도 고정하지 않습니다. 마지막 층만 학습은 ${n}의 평균 특징을 읽습니다(“읽기” 버튼으로 더 앞 단계를 고를 수 있습니다).`,
};
