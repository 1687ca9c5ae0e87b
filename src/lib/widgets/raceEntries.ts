/**
 * The built-in racers the race's parameter values switch on, each with the hyper-parameters it
 * reads from them: one place for the widget (islands/OptimizerRace.tsx) and for the measured
 * numbers the chapter quotes about the race (tests/measure/secondOrderRuns.ts), so both race the
 * same field. Pure data.
 */
import type { Hyper } from '../optimizerTypes';
import { isSecondOrder } from '../optimizerTable';
import type { ParamValues } from '../params';
import { lrParam, raceOptimizerNames, runParam, type RaceOptimizerName } from './race';

/** The hyper-parameters racer `name` runs with under the race's `values`. */
export function raceHyper(values: ParamValues, name: RaceOptimizerName): Hyper {
  return {
    // Second-order racers have no learning rate (Newton steps 1, BFGS searches the line).
    learningRate: isSecondOrder(name) ? 1 : Number(values[lrParam(name)]),
    momentum: Number(values.momentum),
    decayRate: Number(values.decayRate),
    beta1: Number(values.beta1),
    beta2: Number(values.beta2),
    epsilon: Number(values.epsilon),
    biasCorrection: values.biasCorrection === true,
    damping: Number(values.damping),
    memory: Number(values.memory),
  };
}

/** The built-in racers switched on in `values`, in the race's order. */
export function builtInRacers(values: ParamValues): { name: RaceOptimizerName; hyper: Hyper }[] {
  return raceOptimizerNames.filter((name) => values[runParam(name)] === true).map((name) => ({ name, hyper: raceHyper(values, name) }));
}
