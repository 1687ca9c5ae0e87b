/** Korean words of StrategyTable.tsx (namespace `strategyTable`). Pure data. */
import type { Messages } from '../en';

export const strategyTable: Messages['strategyTable'] = {
  title: '어떤 전략을 쓸까? 데이터 양 × 유사도',
  similar: '매우 비슷한 데이터셋',
  different: '매우 다른 데이터셋',
  little: '데이터가 아주 적음',
  much: '데이터가 꽤 많음',
  cells: {
    'little-similar': ['맨 위 층에 선형 분류기', '위쪽 특징이 이미 잘 맞습니다. 적은 예제로 더 많은 가중치를 학습하면 과적합만 합니다. 실험실을 "마지막 층만"으로 설정합니다.'],
    'much-similar': ['몇 개 층을 미세 조정', '위쪽 층을 작은 학습률로 조금 고칠 만큼 데이터가 있습니다. 실험실을 conv1–conv2 고정 미세 조정으로 설정합니다.'],
    'little-different': ['곤란한 경우… 여러 단계의 특징에 선형 분류기를 시도', '위쪽 특징은 원래 과제에 특화되어 있고 다시 학습할 데이터가 부족합니다. 아래쪽 층이 더 일반적입니다. 실험실을 앞 단계인 conv2의 특징을 읽는 "마지막 층만"으로 설정합니다(이 숫자들에서는 conv3보다 못합니다. 본문 설명을 보세요).'],
    'much-different': ['더 많은 층을 미세 조정', '특징이 많이 바뀌어야 하고, 바꿀 만큼 데이터가 있습니다. 그래도 사전 학습된 가중치가 더 나은 출발점입니다. 실험실을 전체 미세 조정으로 설정합니다.'],
  },
  hint: '이 실험실(글자·기호·옷 → 숫자)은 어느 정도 다른 데이터셋이고, N = 1이나 10은 아주 적은 데이터입니다.',
  set: (focus: string, frozen: number, tap: number) =>
    `전이 학습 실험실을 이렇게 설정했습니다: “${focus}” 강조, 미세 조정에서 ${frozen === 0 ? '고정하는 합성곱 층 없음' : frozen === 1 ? 'conv1 고정' : `conv1–conv${frozen} 고정`}, 마지막 층만 학습은 conv${tap}의 특징 사용. 실험실에서 “세 가지 모두 학습”을 눌러 확인하세요.`,
  goToLab: '실험실로 가기',
};
