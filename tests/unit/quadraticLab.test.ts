/**
 * The quadratic lab's claims (src/lib/quadraticLab.ts): the predicted rates are what the
 * iteration does, (α*, ρ*) is the best point of the rate map, momentum needs ~√κ steps and GD
 * ~κ, and the lab's update rules are the engine's (engines/optimizers.ts). The numbers the
 * chapter quotes from the lab (src/lib/measurements/quadraticLab.json) are what the lab computes.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { optimizers, resolveHyper } from '../../src/engines/optimizers';
import { bowl, bowlRate, criticalRho, directionRate, iterate, labMethods, noiseFloor, optimum, rescaledKappa, stepsTo, tunedSettings } from '../../src/lib/quadraticLab';
import { measurements } from '../../src/lib/measurements';
import { createRng } from '../../src/lib/rng';
import { labEntries } from '../measure/labRuns';

describe('quadratic lab', () => {
  it('the measured rate matches the predicted one within 2 % for κ ∈ {10, 100, 1000}, each method at its tuned setting', () => {
    for (const kappa of [10, 100, 1000]) {
      const b = bowl(kappa, 30);
      const tuned = tunedSettings(b);
      for (const method of labMethods) {
        const { alpha, rho } = tuned[method];
        const predicted = bowlRate(method, alpha, rho, b);
        // At (α*, ρ*) both directions are critically damped (a double root): the error falls like
        // k·rᵏ, so the rate is measured over the second half of a run long enough (1e-40) for the
        // factor k to cost < 1 %.
        const steps = Math.ceil(Math.log(1e-40) / Math.log(predicted));
        const errors = iterate(method, b, alpha, rho, steps).map(([a, c]) => Math.max(a, c));
        const half = Math.floor(steps / 2);
        const measured = (errors[steps] / errors[half]) ** (1 / (steps - half));
        expect(Math.abs(measured / predicted - 1), `${method} κ=${kappa}`).toBeLessThan(0.02);
      }
    }
  });

  it('a direction’s factor is |1 − αλ| for GD, and the companion rate √ρ once momentum oscillates', () => {
    expect(directionRate('gd', 1.5, 0, 1)).toBeCloseTo(0.5, 12);
    expect(directionRate('momentum', 1, 0.81, 1)).toBeCloseTo(0.9, 12);
    expect(criticalRho(0.25, 1)).toBeCloseTo(0.25, 12);
  });

  it('(α*, ρ*) beats its neighbours on the rate map, and is 4/(1 + 1/√κ)², ((√κ − 1)/(√κ + 1))²', () => {
    const b = bowl(100, 0);
    const best = optimum(b);
    expect(best.alpha).toBeCloseTo(4 / 1.1 ** 2, 12);
    expect(best.rho).toBeCloseTo((9 / 11) ** 2, 12);
    const at = bowlRate('momentum', best.alpha, best.rho, b);
    expect(at).toBeCloseTo(9 / 11, 6);
    for (const [da, dr] of [[0.02, 0], [-0.02, 0], [0, 0.01], [0, -0.01], [0.02, 0.01], [-0.02, -0.01]]) {
      expect(bowlRate('momentum', best.alpha * (1 + da), best.rho + dr, b)).toBeGreaterThan(at);
    }
  });

  it('steps to 1e-6 grow like √κ for momentum and like κ for GD (fitted exponents within 0.1)', () => {
    const kappas = [10, 100, 1000];
    const exponent = (method: 'gd' | 'momentum') => {
      const points = kappas.map((k) => {
        const b = bowl(k, 0);
        const { alpha, rho } = tunedSettings(b)[method];
        return [Math.log(k), Math.log(stepsTo(method, b, alpha, rho)!)];
      });
      const mx = points.reduce((s, p) => s + p[0], 0) / 3;
      const my = points.reduce((s, p) => s + p[1], 0) / 3;
      return points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    };
    expect(Math.abs(exponent('momentum') - 0.5)).toBeLessThan(0.1);
    expect(Math.abs(exponent('gd') - 1)).toBeLessThan(0.1);
  });

  it('per-coordinate rescaling makes the aligned bowl round (κ = 1) and leaves the 45° bowl as it was', () => {
    expect(rescaledKappa(bowl(100, 0))).toBeCloseTo(1, 9);
    expect(rescaledKappa(bowl(100, 45))).toBeCloseTo(100, 6);
  });

  it('gradient noise leaves a floor that shrinks with the step size', () => {
    const b = bowl(10, 0);
    const floor = (alpha: number) => noiseFloor('gd', b, alpha, 0, 0.1, createRng(1));
    expect(floor(0.1)).toBeLessThan(floor(1));
    expect(floor(1)).toBeGreaterThan(0.01);
  });

  it('the lab’s momentum and Nesterov steps are the engine’s rules', () => {
    tf.setBackend('cpu');
    const b = bowl(10, 0);
    for (const method of ['momentum', 'nesterov'] as const) {
      const ours = iterate(method, b, 0.3, 0.8, 3);
      const rule = optimizers[method];
      const hyper = resolveHyper(method, { learningRate: 0.3, momentum: 0.8 });
      let params: tf.Tensor = tf.tensor1d([1, 1]);
      let state = rule.init(params);
      for (let k = 1; k <= 3; k++) {
        const grads = params.mul(tf.tensor1d(b.lambdas));
        const next = rule.update(params, grads, state, hyper);
        params = next.params;
        state = next.state;
        const [x, y] = params.dataSync();
        expect(Math.abs(x)).toBeCloseTo(ours[k][0], 5);
        expect(Math.abs(y)).toBeCloseTo(ours[k][1], 5);
      }
    }
  });

  it('the numbers the chapter quotes are what the lab computes at its settings (recorded in quadraticLab.json)', () => {
    const recorded = measurements.filter((m) => m.widget === 'quadraticLab');
    const computed = labEntries(recorded[0]?.command ?? '');
    expect(recorded.map((m) => m.id)).toEqual(computed.map((m) => m.id));
    for (const [i, m] of computed.entries()) {
      const { metrics, ...rest } = m;
      expect(recorded[i]).toMatchObject(rest);
      for (const [name, [value]] of Object.entries(metrics)) expect(recorded[i].metrics[name], `${m.id} ${name}`).toEqual([expect.closeTo(value, 9)]);
    }
    // The sentences around them: GD's steps grow like κ (ten times for ten times κ), momentum's like √κ.
    const tenfold = recorded.find((m) => m.id === 'lab.kappaTenfold')!;
    expect(tenfold.metrics.gdGrowth[0]).toBeCloseTo(10, 1);
    expect(Math.abs(tenfold.metrics.momentumGrowth[0] - Math.sqrt(10))).toBeLessThan(0.3);
    // Each paragraph that quotes an entry names its κ (or says "at the defaults") and σ, in both languages.
    for (const lang of ['en', 'ko']) {
      const text = readFileSync(new URL(`../../content/${lang}/optimization.mdx`, import.meta.url), 'utf8');
      for (const m of recorded) {
        for (const line of text.split('\n').filter((l) => l.includes(`"${m.id}"`))) {
          const defaultsWord = { en: 'at the defaults', ko: '기본값에서' }[lang as 'en' | 'ko'];
          if (!(m.varied.length === 0 && line.includes(defaultsWord))) expect(line, `${lang} ${m.id}`).toContain(`$\\kappa = ${m.settings.kappa}$`);
          if (Number(m.settings.noise) > 0) expect(line, `${lang} ${m.id}`).toContain(`$\\sigma = ${m.settings.noise}$`);
        }
      }
    }
  });
});
