/** Korean labels and help of optimizerTable.ts's table (namespace `optimizers`). Pure data. */
import type { Messages } from '../en';

export const optimizers: Messages['optimizers'] = {
  sgd: {
    label: 'SGD',
  },
  momentum: {
    label: 'SGD + 모멘텀',
  },
  nesterov: {
    label: '네스테로프 모멘텀',
  },
  adagrad: {
    label: 'AdaGrad',
  },
  rmsprop: {
    label: 'RMSProp',
  },
  adam: {
    label: 'Adam',
  },
  /** The label of an optimizer's learning-rate control. */
  learningRate: (optimizer: string) => `${optimizer} 학습률`,
};
