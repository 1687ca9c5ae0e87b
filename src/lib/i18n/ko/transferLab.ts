/** Korean words of words.ts (namespace `transferLab`). Pure data. */
import type { Messages } from '../en';

export const transferLab: Messages['transferLab'] = {
  title: '전이 학습 실험실: 마지막 층만 vs 미세 조정 vs 처음부터',
  run: '세 가지 모두 학습',
  none: '아직 결과가 없습니다. “세 가지 모두 학습”을 눌러 같은 예시로 세 전략을 학습하세요.',
  stop: '멈춤',
  loadingModel: '사전 학습된 네트워크와 숫자 데이터를 불러오는 중…',
  strategy: '전략',
  heldOut: '검증 데이터 정확도',
  train: '학습 데이터 정확도',
  steps: '스텝',
  time: '학습 시간',
  slow: '미세 조정과 처음부터 학습은 모든 합성곱 층을 학습합니다. webgl에서는 몇 초지만 wasm이나 cpu에서는 N ≥ 10일 때 몇 분이 걸릴 수 있습니다(마지막 층만 학습은 한 번 계산한 특징으로 학습하므로 어디서나 빠릅니다).',
  curves: '학습 중 정확도',
  curvesKey: (focus: string) => `실선: 검증 데이터 정확도(점은 가장 최근 값), 점선: 학습 데이터 정확도. 강조한 “${focus}”을(를) 맨 위에 그립니다.`,
  againstN: 'N에 따른 최종 검증 데이터 정확도: 실행을 마칠 때마다 전략마다 점이 하나씩 추가되고, 선은 평균을 잇고, 같은 N에서 여러 번 실행하면 막대가 그 범위를 보여 줍니다(시드를 바꿔 보세요)',
  runsKept: (n: number) => `마친 실행 ${n}개를 보여 줍니다. 백엔드를 바꿔도 지우기 전까지 남아 있습니다.`,
  clear: '결과 지우기',
  fair: (n: number, seed: number) => `세 전략 모두 같은 숫자 ${n * 10}개(클래스당 ${n}개, 시드 ${seed})를 보고, 같은 규칙(학습 손실 0.05 미만 또는 400 스텝)으로 멈춥니다.`,
  focus: '강조됨',
  stale: '아래 결과는 이전 설정의 결과입니다(그 뒤로 N, 시드, 검증용 숫자 수, 층 고정, 마지막 층이 읽는 층 중 무엇인가 바뀌었습니다). 지금 설정의 결과를 보려면 다시 학습하세요.',
  tapped: (layer: string) => `(${layer} 특징 사용)`,
};
