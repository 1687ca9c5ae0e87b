/** Labels and help of optimizerTable.ts's table (namespace `optimizers`). Pure data. */

export const optimizers = {
  sgd: {
    label: 'SGD',
    cost: '1 gradient; D params: no extra memory',
  },
  momentum: {
    label: 'SGD + momentum',
    cost: '1 gradient; D params: D memory (velocity)',
  },
  nesterov: {
    label: 'Nesterov momentum',
    cost: '1 gradient; D params: D memory (velocity)',
  },
  adagrad: {
    label: 'AdaGrad',
    cost: '1 gradient; D params: D memory (cache)',
  },
  rmsprop: {
    label: 'RMSProp',
    cost: '1 gradient; D params: D memory (cache)',
  },
  adam: {
    label: 'Adam',
    cost: '1 gradient; D params: 2D memory (m and v)',
  },
  newton: {
    label: 'Newton',
    cost: 'gradient + Hessian; D params: D² memory, D³ to solve',
  },
  bfgs: {
    label: 'BFGS',
    cost: 'gradient + line search; D params: D² memory, D² per step',
  },
  lbfgs: {
    label: 'L-BFGS',
    cost: 'gradient + line search; D params: 2mD memory, 4mD per step',
  },
  /** The label of an optimizer's learning-rate control. */
  learningRate: (optimizer: string) => `${optimizer} learning rate`,
};
