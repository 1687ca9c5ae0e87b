/**
 * The lecture's code as cells: each update rule's loop body, the schedule and the inverted-
 * dropout forward pass, exactly as the chapters print them in both languages (the `while True:`
 * line and `dx = compute_gradient(x)` are the widget's: it runs the cell once per step with dx
 * given). The cell UI, the races and the tests read the code from here. Pure data.
 */
import type { OptimizerName } from '../optimizerTypes';
import type { CellKind } from './cellAnalysis';

export interface LectureCell {
  kind: CellKind;
  code: string;
  /** The built-in rule this cell writes (its learning rate and colour family), for update cells. */
  rule?: OptimizerName;
}

/** The cells in lecture order; each is a `data-cell` name and a URL key (`cell.<name>`). */
export const lectureCellNames = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamNoBias', 'schedule', 'dropout'] as const;
export type LectureCellName = (typeof lectureCellNames)[number];

export const lectureCells: Record<LectureCellName, LectureCell> = {
  sgd: { kind: 'update', rule: 'sgd', code: 'x -= learning_rate * dx' },
  momentum: { kind: 'update', rule: 'momentum', code: 'v = rho * v - learning_rate * dx\nx += v' },
  nesterov: {
    kind: 'update', rule: 'nesterov',
    code: 'old_v = v\nv = rho * v - learning_rate * dx\nx += -rho * old_v + (1 + rho) * v',
  },
  adagrad: {
    kind: 'update', rule: 'adagrad',
    code: 'grad_squared += dx * dx\nx -= learning_rate * dx / (np.sqrt(grad_squared) + 1e-7)',
  },
  rmsprop: {
    kind: 'update', rule: 'rmsprop',
    code: 'grad_squared = decay_rate * grad_squared + (1 - decay_rate) * dx * dx\nx -= learning_rate * dx / (np.sqrt(grad_squared) + 1e-7)',
  },
  adam: {
    kind: 'update', rule: 'adam',
    code: [
      '# t counts steps from 1, as in: for t in range(1, num_iterations + 1)',
      'first_moment = beta1 * first_moment + (1 - beta1) * dx',
      'second_moment = beta2 * second_moment + (1 - beta2) * dx * dx',
      'first_unbias = first_moment / (1 - beta1 ** t)',
      'second_unbias = second_moment / (1 - beta2 ** t)',
      'x -= learning_rate * first_unbias / (np.sqrt(second_unbias) + 1e-7)',
    ].join('\n'),
  },
  adamNoBias: {
    kind: 'update', rule: 'adam',
    code: [
      'first_moment = beta1 * first_moment + (1 - beta1) * dx',
      'second_moment = beta2 * second_moment + (1 - beta2) * dx * dx',
      'x -= learning_rate * first_moment / (np.sqrt(second_moment) + 1e-7)',
    ].join('\n'),
  },
  schedule: {
    kind: 'schedule',
    code: '# cosine decay from base_lr to 0 over num_steps\nlearning_rate = 0.5 * base_lr * (1 + np.cos(np.pi * t / num_steps))',
  },
  dropout: {
    kind: 'dropout',
    code: 'M1 = (np.random.rand(*H1.shape) >= p) / (1 - p)  # keep with probability 1 - p, then scale\nH1 = H1 * M1',
  },
};


/** Whether `name` is one of the lecture's cells (a URL or a prop may say anything). */
export function isLectureCellName(name: string): name is LectureCellName {
  return Object.hasOwn(lectureCells, name);
}
