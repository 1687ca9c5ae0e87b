/** Labels and help of optimizerTable.ts's table (namespace `optimizers`). Pure data. */

export const optimizers = {
  sgd: {
    label: 'SGD',
  },
  momentum: {
    label: 'SGD + momentum',
  },
  nesterov: {
    label: 'Nesterov momentum',
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
  learningRate: (optimizer: string) => `${optimizer} learning rate`,
};
