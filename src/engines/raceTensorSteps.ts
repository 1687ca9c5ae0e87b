/**
 * A racer stepped on its own tfjs tensors (race.ts's cell racers, and every first-order racer
 * with fuse 'apart'): k steps of optimizers.ts's update, divergence judged at each step as the
 * race's file comment says, one readout tensor per batch. Disposal follows optimizers.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { disposeState } from './optimizers';
import type { Runner } from './race';
import type { Surface } from './surfaces';

/** Beyond this size a particle is taken to have run off to infinity. */
const RUNAWAY = 1e6;

/**
 * `advance(runner, k)`: runs k steps of one runner of n particles on `surface`; returns its
 * readout vector (k losses, k ok-flags, positions as x row then y row, particle 0 of each state
 * key in runner.heads), which the caller disposes.
 */
export function tensorStepper(surface: Surface, n: number, noise: number) {
  const rowsOf = (p: tf.Tensor) => [p.slice([0, 0], [1, n]), p.slice([1, 0], [1, n])];
  const meanLoss = (p: tf.Tensor) => surface.f(...(rowsOf(p) as [tf.Tensor, tf.Tensor])).mean().sub(surface.lossFloor);
  // Differentiating with respect to the two rows, not p, skips the slow backward of slice (pad).
  const partials = tf.grads((x: tf.Tensor, y: tf.Tensor) => surface.f(x, y).sum());
  const gradient = (p: tf.Tensor) => tf.concat(partials(rowsOf(p)), 0);
  /** Runs k steps of one runner on the backend; returns its readout vector (caller disposes). */
  return (runner: Runner, k: number): tf.Tensor => {
    const { hyper } = runner.snapshot;
    const { optimizer } = runner;
    let good = runner.params!.clone();
    let allGood: tf.Tensor = tf.scalar(true, 'bool');
    const losses: tf.Tensor[] = [];
    const flags: tf.Tensor[] = [];
    for (let s = 0; s < k; s++) {
      const grads = tf.tidy(() => {
        const exact = gradient(runner.params!);
        return noise > 0 ? exact.add(tf.randomNormal([2, n], 0, noise, 'float32', runner.rng.seed())) : exact;
      });
      const next = optimizer.update(runner.params!, grads, runner.state, hyper);
      grads.dispose();
      runner.params!.dispose();
      disposeState(runner.state);
      runner.params = next.params;
      runner.state = next.state;
      const checked = tf.tidy(() => {
        const loss = meanLoss(next.params);
        const size = next.params.abs();
        // A NaN anywhere makes the sum NaN; an infinity or a runaway shows in the max.
        const ok = tf.isFinite(size.sum()).logicalAnd(size.max().lessEqual(RUNAWAY)).logicalAnd(tf.isFinite(loss)).logicalAnd(allGood);
        const kept = tf.where(ok.reshape([1, 1]).tile([2, n]), next.params, good);
        return { loss, ok, kept };
      });
      good.dispose();
      allGood.dispose();
      good = checked.kept;
      allGood = checked.ok.clone();
      losses.push(checked.loss);
      flags.push(checked.ok);
    }
    // Particle 0 is column 0: its x at flat index 0 and its y at flat index n.
    const heads = runner.heads.map((key) => runner.state[key]!);
    const readout = tf.tidy(() =>
      tf.concat([
        tf.stack(losses).reshape([-1]),
        tf.stack(flags).cast('float32').reshape([-1]),
        good.reshape([-1]),
        ...heads.map((h) => h.slice([0, 0], [2, 1]).reshape([-1])),
      ]),
    );
    tf.dispose([good, allGood, ...losses, ...flags]);
    return readout;
  };
}
