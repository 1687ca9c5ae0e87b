/** Korean words of ensembleWords.ts (namespace `ensemble`). Pure data. */
import { count as grouped } from '../format';
import type { EnsembleModeName } from '../../widgets/ensemble';
import type { Messages } from '../en';

export const ensemble: Messages['ensemble'] = {
  title: '앙상블 실험실: 여러 모델, 하나의 예측',
  fair: (mode: EnsembleModeName, k: number, hidden: number, count: number, steps: number, seed: number) =>
    ({
      independent:
        `784 → ${hidden} → 10 신경망 ${k}개가 각자의 난수 시드(시드 ${seed}에서 유도)로 출발해, 같은 MNIST 숫자 이미지 ` +
        `${grouped(count, 'ko')}개로 하나씩 차례로 ${grouped(steps, 'ko')} 스텝씩 학습합니다(SGD + 모멘텀, 모델마다 코사인 학습률 한 주기). ` +
        '앙상블은 이 모델들이 내놓은 클래스 확률을 평균합니다.',
      snapshots:
        `784 → ${hidden} → 10 신경망 하나가 MNIST 숫자 이미지 ${grouped(count, 'ko')}개로 ${grouped(steps, 'ko')} 스텝짜리 코사인 주기를 ` +
        `${k}번 학습합니다. 주기마다 학습률이 다시 크게 시작합니다. 주기가 끝날 때의 가중치가 스냅샷이고, 앙상블은 스냅샷들의 ` +
        '확률을 평균합니다. 독립적인 앙상블과 업데이트 횟수는 같지만 학습은 한 번입니다.',
      averaging:
        `784 → ${hidden} → 10 신경망 하나가 MNIST 숫자 이미지 ${grouped(count, 'ko')}개로 일정한 학습률에서 ${grouped(steps, 'ko')} 스텝 ` +
        '학습합니다. 학습에는 원래 가중치를 쓰고, 테스트할 때 이를 가중치의 지수 이동 평균(EMA), 그리고 학습 후반부 가중치의 ' +
        '단순 평균(폴리악 평균)과 비교합니다. 테스트할 때 모델은 하나뿐입니다.',
    })[mode],
  heldOut: (count: number) => `모든 정확도는 어떤 모델도 학습하지 않는 검증용 숫자 ${grouped(count, 'ko')}개로 잽니다.`,
  progress: (mode: EnsembleModeName, member: number, k: number, stepIn: number, steps: number) =>
    mode === 'independent'
      ? `모델 ${k}개 중 ${member}번째: ${steps} 스텝 중 ${stepIn} 스텝`
      : mode === 'snapshots'
        ? `주기 ${k}개 중 ${member}번째: ${steps} 스텝 중 ${stepIn} 스텝`
        : `${steps} 스텝 중 ${stepIn} 스텝`,
  finished: '완료',
  loss: (v: number) => `학습 손실 ${v.toFixed(3)}`,
  result: '결과',
  accuracy: '검증 정확도',
  ensembleRow: (k: number) => `${k}개 앙상블`,
  membersCaption: '점: 모델 하나하나. 실선: 앙상블. 점선: 모델들의 평균.',
  averagingCaption: '점 하나하나는 같은 학습에서 나온 가중치 한 벌을 따로 테스트한 결과입니다.',
  gainCaption: '모델을 하나씩 더할 때: 처음 k개의 앙상블과 그 k개 모델의 평균 정확도.',
  curveCaption: '학습 중 검증 정확도: 원래 가중치와 그 EMA.',
  loading: 'MNIST 숫자 이미지 10,000개 불러오는 중…',
  failed: 'MNIST 숫자 이미지를 불러오지 못해 실험을 시작할 수 없습니다.',
  retry: '다시 시도',
  more: '설정 더 보기',
};
