/**
 * Each update-rule cell's torch.optim equivalent, shown beside the cell, and how its convention
 * differs from the lecture's. tests/unit/cellTorch.test.ts runs both for 100 steps (Debian's
 * python3-torch) and checks the iterates agree after the stated change. Pure data.
 */
import { pair } from '../i18n';
import type { Label } from '../params';
import type { LectureCellName } from './lectureCells';

export interface TorchEquivalent {
  /** The constructor call, with the cell's names for the hyper-parameters. */
  code: string;
  /** How the convention differs, and what makes the iterates the same. */
  note: Label;
}

export const torchEquivalents: Partial<Record<LectureCellName, TorchEquivalent>> = {
  sgd: { code: 'torch.optim.SGD(params, lr=learning_rate)', note: pair((d) => d.cellTorch.sgd) },
  momentum: { code: 'torch.optim.SGD(params, lr=learning_rate, momentum=rho)', note: pair((d) => d.cellTorch.momentum) },
  nesterov: { code: 'torch.optim.SGD(params, lr=learning_rate, momentum=rho, nesterov=True)', note: pair((d) => d.cellTorch.nesterov) },
  adagrad: { code: 'torch.optim.Adagrad(params, lr=learning_rate, eps=1e-7)', note: pair((d) => d.cellTorch.adagrad) },
  rmsprop: { code: 'torch.optim.RMSprop(params, lr=learning_rate, alpha=decay_rate, eps=1e-7)', note: pair((d) => d.cellTorch.rmsprop) },
  adam: { code: 'torch.optim.Adam(params, lr=learning_rate, betas=(beta1, beta2), eps=1e-7)', note: pair((d) => d.cellTorch.adam) },
  adamNoBias: { code: 'torch.optim.Adam(params, lr=learning_rate, betas=(beta1, beta2), eps=1e-7)', note: pair((d) => d.cellTorch.adamNoBias) },
};
