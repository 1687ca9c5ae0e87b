/**
 * Each update-rule cell's torch.optim equivalent, shown beside the cell, and how its convention
 * differs from the lecture's. tests/unit/cellTorch.test.ts runs both for 100 steps (Debian's
 * python3-torch) and checks the iterates agree after the stated change. Pure data.
 */
import type { Label } from '../params';
import type { LectureCellName } from './lectureCells';

export interface TorchEquivalent {
  /** The constructor call, with the cell's names for the hyper-parameters. */
  code: string;
  /** How the convention differs, and what makes the iterates the same. */
  note: Label;
}

export const torchEquivalents: Partial<Record<LectureCellName, TorchEquivalent>> = {
  sgd: {
    code: 'torch.optim.SGD(params, lr=learning_rate)',
    note: { en: 'Same rule: p -= lr * grad.', ko: '규칙이 같습니다: p -= lr * grad.' },
  },
  momentum: {
    code: 'torch.optim.SGD(params, lr=learning_rate, momentum=rho)',
    note: {
      en: 'PyTorch accumulates the gradient, b = rho * b + grad, and then steps p -= lr * b; the lecture folds the learning rate into the velocity, v = rho * v - lr * dx. So v = -lr * b, and the iterates are the same while the learning rate is constant (under a schedule they differ: the lecture\'s velocity remembers old rates).',
      ko: 'PyTorch는 기울기를 쌓아 b = rho * b + grad를 만든 뒤 p -= lr * b로 움직입니다. 강의는 학습률을 속도에 넣어 v = rho * v - lr * dx로 씁니다. 따라서 v = -lr * b이고, 학습률이 일정하면 반복값이 같습니다(스케줄이 있으면 달라집니다. 강의의 속도는 예전 학습률을 기억합니다).',
    },
  },
  nesterov: {
    code: 'torch.optim.SGD(params, lr=learning_rate, momentum=rho, nesterov=True)',
    note: {
      en: 'PyTorch steps p -= lr * (grad + rho * b) with b = rho * b + grad; with v = -lr * b this is exactly the lecture\'s x += -rho * old_v + (1 + rho) * v, for a constant learning rate.',
      ko: 'PyTorch는 b = rho * b + grad로 두고 p -= lr * (grad + rho * b)로 움직입니다. v = -lr * b로 바꾸면 학습률이 일정할 때 강의의 x += -rho * old_v + (1 + rho) * v와 정확히 같습니다.',
    },
  },
  adagrad: {
    code: 'torch.optim.Adagrad(params, lr=learning_rate, eps=1e-7)',
    note: {
      en: 'Same rule once eps is set: PyTorch\'s default eps is 1e-10 (lr_decay and initial_accumulator_value must stay 0).',
      ko: 'eps만 맞추면 규칙이 같습니다. PyTorch의 eps 기본값은 1e-10입니다(lr_decay와 initial_accumulator_value는 0이어야 합니다).',
    },
  },
  rmsprop: {
    code: 'torch.optim.RMSprop(params, lr=learning_rate, alpha=decay_rate, eps=1e-7)',
    note: {
      en: 'PyTorch\'s alpha is the lecture\'s decay_rate (default 0.99); its eps defaults to 1e-8. momentum=0 and centered=False give the lecture\'s rule.',
      ko: 'PyTorch의 alpha가 강의의 decay_rate입니다(기본값 0.99). eps 기본값은 1e-8입니다. momentum=0, centered=False일 때 강의의 규칙과 같습니다.',
    },
  },
  adam: {
    code: 'torch.optim.Adam(params, lr=learning_rate, betas=(beta1, beta2), eps=1e-7)',
    note: {
      en: 'Same rule: PyTorch divides sqrt(v) by sqrt(1 - beta2**t) and the step by 1 - beta1**t, which is m_hat / (sqrt(v_hat) + eps). Its eps defaults to 1e-8. AdamW(weight_decay=…) adds decoupled weight decay; with weight_decay=0 it is Adam.',
      ko: '규칙이 같습니다. PyTorch는 sqrt(v)를 sqrt(1 - beta2**t)로, 걸음을 1 - beta1**t로 나누는데, 이것이 m_hat / (sqrt(v_hat) + eps)입니다. eps 기본값은 1e-8입니다. AdamW(weight_decay=…)는 분리된 가중치 감쇠를 더하며, weight_decay=0이면 Adam과 같습니다.',
    },
  },
  adamNoBias: {
    code: 'torch.optim.Adam(params, lr=learning_rate, betas=(beta1, beta2), eps=1e-7)',
    note: {
      en: 'torch.optim.Adam always corrects the bias; there is no switch for this cell\'s uncorrected rule, whose first steps are about (1 - beta1) / sqrt(1 - beta2) ≈ 3.16 times longer.',
      ko: 'torch.optim.Adam은 항상 편향을 보정하며, 보정하지 않는 이 셀의 규칙을 켜는 옵션은 없습니다. 보정하지 않으면 처음 몇 걸음이 (1 - beta1) / sqrt(1 - beta2) ≈ 3.16배 깁니다.',
    },
  },
};
