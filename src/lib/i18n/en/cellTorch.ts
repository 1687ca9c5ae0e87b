/** How each update-rule cell's torch.optim equivalent differs from the lecture's convention (namespace `cellTorch`). Pure. */
export const cellTorch = {
  sgd:
    'Same rule: p -= lr * grad.',
  momentum:
    'PyTorch accumulates the gradient, b = rho * b + grad, and then steps p -= lr * b; the lecture folds the learning rate into the velocity, v = rho * v - lr * dx. So v = -lr * b, and the iterates are the same while the learning rate is constant (under a schedule they differ: the lecture\'s velocity remembers old rates).',
  nesterov:
    'PyTorch steps p -= lr * (grad + rho * b) with b = rho * b + grad; with v = -lr * b this is exactly the lecture\'s x += -rho * old_v + (1 + rho) * v, for a constant learning rate.',
  adagrad:
    'Same rule once eps is set: PyTorch\'s default eps is 1e-10 (lr_decay and initial_accumulator_value must stay 0).',
  rmsprop:
    'PyTorch\'s alpha is the lecture\'s decay_rate (default 0.99); its eps defaults to 1e-8. momentum=0 and centered=False give the lecture\'s rule.',
  adam:
    'Same rule: PyTorch divides sqrt(v) by sqrt(1 - beta2**t) and the step by 1 - beta1**t, which is m_hat / (sqrt(v_hat) + eps). Its eps defaults to 1e-8. AdamW(weight_decay=…) adds decoupled weight decay; with weight_decay=0 it is Adam.',
  adamNoBias:
    'torch.optim.Adam always corrects the bias; there is no switch for this cell\'s uncorrected rule, whose first steps are about (1 - beta1) / sqrt(1 - beta2) ≈ 3.16 times longer.',
};
