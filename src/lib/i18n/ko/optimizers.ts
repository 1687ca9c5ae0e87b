/** Korean labels and help of optimizerTable.ts's table (namespace `optimizers`). Pure data. */
import type { Messages } from '../en';

export const optimizers: Messages['optimizers'] = {
  sgd: {
    label: 'SGD',
    cost: '기울기 1번; 매개변수 D개: 추가 메모리 없음',
  },
  momentum: {
    label: 'SGD + 모멘텀',
    cost: '기울기 1번; 매개변수 D개: 메모리 D (속도)',
  },
  nesterov: {
    label: '네스테로프 모멘텀',
    cost: '기울기 1번; 매개변수 D개: 메모리 D (속도)',
  },
  adagrad: {
    label: 'AdaGrad',
    cost: '기울기 1번; 매개변수 D개: 메모리 D (누적값)',
  },
  rmsprop: {
    label: 'RMSProp',
    cost: '기울기 1번; 매개변수 D개: 메모리 D (누적값)',
  },
  adam: {
    label: 'Adam',
    cost: '기울기 1번; 매개변수 D개: 메모리 2D (m과 v)',
  },
  newton: {
    label: '뉴턴 방법',
    cost: '기울기 + 헤시안; 매개변수 D개: 메모리 D², 풀이 D³',
  },
  bfgs: {
    label: 'BFGS',
    cost: '기울기 + 선 탐색; 매개변수 D개: 메모리 D², 스텝당 D²',
  },
  lbfgs: {
    label: 'L-BFGS',
    cost: '기울기 + 선 탐색; 매개변수 D개: 메모리 2mD, 스텝당 4mD',
  },
  /** The label of an optimizer's learning-rate control. */
  learningRate: (optimizer: string) => `${optimizer} 학습률`,
};
