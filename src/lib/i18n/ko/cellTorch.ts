/** Korean notes on each cell's torch.optim equivalent (namespace `cellTorch`). Pure. */
import type { Messages } from '../en';

export const cellTorch: Messages['cellTorch'] = {
  sgd:
    '규칙이 같습니다: p -= lr * grad.',
  momentum:
    'PyTorch는 기울기를 쌓아 b = rho * b + grad를 만든 뒤 p -= lr * b로 움직입니다. 강의는 학습률을 속도에 넣어 v = rho * v - lr * dx로 씁니다. 따라서 v = -lr * b이고, 학습률이 일정하면 반복값이 같습니다(스케줄이 있으면 달라집니다. 강의의 속도는 예전 학습률을 기억합니다).',
  nesterov:
    'PyTorch는 b = rho * b + grad로 두고 p -= lr * (grad + rho * b)로 움직입니다. v = -lr * b로 바꾸면 학습률이 일정할 때 강의의 x += -rho * old_v + (1 + rho) * v와 정확히 같습니다.',
  adagrad:
    'eps만 맞추면 규칙이 같습니다. PyTorch의 eps 기본값은 1e-10입니다(lr_decay와 initial_accumulator_value는 0이어야 합니다).',
  rmsprop:
    'PyTorch의 alpha가 강의의 decay_rate입니다(기본값 0.99). eps 기본값은 1e-8입니다. momentum=0, centered=False일 때 강의의 규칙과 같습니다.',
  adam:
    '규칙이 같습니다. PyTorch는 sqrt(v)를 sqrt(1 - beta2**t)로, 걸음을 1 - beta1**t로 나누는데, 이것이 m_hat / (sqrt(v_hat) + eps)입니다. eps 기본값은 1e-8입니다. AdamW(weight_decay=…)는 분리된 가중치 감쇠를 더하며, weight_decay=0이면 Adam과 같습니다.',
  adamNoBias:
    'torch.optim.Adam은 항상 편향을 보정하며, 보정하지 않는 이 셀의 규칙을 켜는 옵션은 없습니다. 보정하지 않으면 처음 몇 걸음이 (1 - beta1) / sqrt(1 - beta2) ≈ 3.16배 깁니다.',
};
