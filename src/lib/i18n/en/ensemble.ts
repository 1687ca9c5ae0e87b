/** Words of ensembleWords.ts (namespace `ensemble`). Pure data. */
import { count as grouped } from '../format';
import type { EnsembleModeName } from '../../widgets/ensemble';
export const ensemble = {
  title: 'Ensemble lab: many models, one prediction',
  fair: (mode: EnsembleModeName, k: number, hidden: number, count: number, steps: number, seed: number) =>
    ({
      independent:
        `${k} networks of shape 784 → ${hidden} → 10, each from its own random seed (derived from seed ${seed}), train one ` +
        `after another for ${grouped(steps, 'en')} steps on the same ${grouped(count, 'en')} MNIST digits (SGD + momentum, one cosine ` +
        'cycle of the learning rate each). The ensemble averages their predicted class probabilities.',
      snapshots:
        `One 784 → ${hidden} → 10 network trains for ${k} cosine cycles of ${grouped(steps, 'en')} steps on ${grouped(count, 'en')} MNIST ` +
        'digits; the learning rate restarts high at each cycle. The weights at the end of each cycle are a snapshot, and ' +
        'the ensemble averages the snapshots\u2019 probabilities: as many updates as the independent ensemble, but one run.',
      averaging:
        `One 784 → ${hidden} → 10 network trains for ${grouped(steps, 'en')} steps on ${grouped(count, 'en')} MNIST digits at a constant ` +
        'learning rate. Training uses the raw weights; at test time we compare them with an exponential moving average ' +
        '(EMA) of the weights and with the plain (Polyak) mean of the second half of the run. One model at test time.',
    })[mode],
  heldOut: (count: number) => `Every accuracy is measured on ${grouped(count, 'en')} held-out digits that no model trains on.`,
  progress: (mode: EnsembleModeName, member: number, k: number, stepIn: number, steps: number) =>
    mode === 'independent'
      ? `Model ${member} of ${k}: step ${stepIn} of ${steps}`
      : mode === 'snapshots'
        ? `Cycle ${member} of ${k}: step ${stepIn} of ${steps}`
        : `Step ${stepIn} of ${steps}`,
  finished: 'Finished',
  loss: (v: number) => `training loss ${v.toFixed(3)}`,
  result: 'Result',
  accuracy: 'Held-out accuracy',
  ensembleRow: (k: number) => `Ensemble of ${k}`,
  membersCaption: 'Dots: each model alone. Solid line: the ensemble. Dashed line: the mean of the models.',
  averagingCaption: 'Each dot is one set of weights of the same run, tested alone.',
  gainCaption: 'Adding models one at a time: the ensemble of the first k against the mean of those k models.',
  curveCaption: 'Held-out accuracy during the run: raw weights against their EMA.',
  loading: 'Loading 10,000 MNIST digits…',
  failed: 'The MNIST digits could not be loaded, so the lab cannot run.',
  retry: 'Try again',
  more: 'More settings',
};
