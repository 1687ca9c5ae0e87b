/**
 * One fact, one place: every consumer of the optimizers' names, labels, colours and starting
 * learning rates reads lib/optimizerTable.ts. The engines' rules and fallbacks, the widget
 * tables (whose defaults the prose shows through <Param>) and a network race built without
 * rates must all agree with the table, and so with each other; the colours must stay distinct
 * under the common colour-vision deficiencies and readable on the page's light and dark charts.
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNetworkRace } from '../../src/engines/networkRace';
import { optimizers, resolveHyper } from '../../src/engines/optimizers';
import { SURFACE_RAMPS } from '../../src/charts/surfaceChart';
import { closestPair, contrastRatio, hueAngle, seenDistance, visions } from '../../src/lib/colorVision';
import { learningRateLabel, lectureHyper, optimizerNames, optimizerTable, racerColor, racerFacts, racerNames, secondOrderNames, secondOrderTable, type ColorScheme } from '../../src/lib/optimizerTable';
import { findSpec, type ParamTable } from '../../src/lib/params';
import { augmentExperimentParams } from '../../src/lib/widgets/augmentExperiment';
import { dropoutExperimentParams } from '../../src/lib/widgets/dropoutExperiment';
import { lrParam as networkLr, networkParams, runParam as networkRun } from '../../src/lib/widgets/network';
import { lrParam as raceLr, raceParams, runParam as raceRun } from '../../src/lib/widgets/race';
import { loadShippedMnist } from './mnistData';

const spec = (table: ParamTable, name: string) => findSpec(table, name)!;

describe('every consumer reads the optimizer table', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('the engine rules carry the table’s label, colour, hyper-parameters and surface defaults', () => {
    expect(Object.keys(optimizers)).toEqual([...optimizerNames]);
    for (const name of optimizerNames) {
      const { label, color, hyper, learningRate } = optimizerTable[name];
      expect(optimizers[name]).toMatchObject({ label, color, hyper });
      expect(optimizers[name].defaults).toEqual({ ...lectureHyper, learningRate: learningRate.surface });
      expect(resolveHyper(name, {}, 'network').learningRate, name).toBe(learningRate.network);
    }
  });

  it('the OptimizerRace table: racer names, rate labels, surface rates and the lecture’s hyper-parameters', () => {
    for (const name of optimizerNames) {
      expect(spec(raceParams, raceRun(name)).label).toEqual(optimizerTable[name].label);
      expect(spec(raceParams, raceLr(name))).toMatchObject({ label: learningRateLabel(name), default: optimizerTable[name].learningRate.surface });
    }
    for (const name of secondOrderNames) expect(spec(raceParams, raceRun(name)).label).toEqual(secondOrderTable[name].label);
    for (const [key, value] of Object.entries(lectureHyper)) expect(spec(raceParams, key).default, key).toBe(value);
  });

  it('the NetworkRace table and the Adam experiments: names, rate labels, network rates', () => {
    for (const name of optimizerNames) {
      const { label, learningRate } = optimizerTable[name];
      expect(spec(networkParams, networkRun(name)).label).toEqual({ en: `Race ${label.en}`, ko: `${label.ko} 참가` });
      expect(spec(networkParams, networkLr(name))).toMatchObject({ label: learningRateLabel(name), default: learningRate.network });
    }
    for (const table of [dropoutExperimentParams, augmentExperimentParams]) {
      expect(spec(table, 'learningRate')).toMatchObject({ label: learningRateLabel('adam'), default: optimizerTable.adam.learningRate.network });
    }
  });

  it('a network race given no rates starts each racer at the widget’s default, and labels it as the widget does', async () => {
    const race = createNetworkRace({
      digits: await loadShippedMnist(),
      trainCount: 500,
      heldOutCount: 1000,
      hidden: 8,
      batchSize: 32,
      optimizers: optimizerNames.map((name) => ({ name })),
      schedule: { name: 'constant' },
      steps: 1,
      seed: 1,
    });
    const { racers } = race.step(1);
    race.dispose();
    for (const racer of racers) {
      expect(racer.learningRate, racer.name).toBe(spec(networkParams, networkLr(racer.name)).default);
      expect(racer.label).toEqual(spec(raceParams, raceRun(racer.name)).label);
      expect(racer.color).toBe(optimizerTable[racer.name].color);
    }
  });
});

/** The chart backgrounds of a theme (`--bg` and `--bg-raised`) as the stylesheet sets them, and the race map's paper. */
function backgrounds(theme: ColorScheme): string[] {
  const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
  const block = theme === 'light' ? css.slice(0, css.indexOf('prefers-color-scheme: dark')) : css.slice(css.indexOf(":root[data-theme='dark']"));
  const page = ['--bg', '--bg-raised'].map((v) => block.match(new RegExp(`${v}:\\s*(#[0-9a-fA-F]{6})`))![1]);
  return [...page, SURFACE_RAMPS[theme][0]];
}

// Every racer of the optimizer race, second-order ones included, shares the map.
describe('optimizer colours, per theme', () => {
  const optimizerNames = racerNames;
  const schemes: ColorScheme[] = ['light', 'dark'];

  // CIEDE2000 ≥ 15 is well past "a different colour at a glance" (about 10). Every racer also
  // has its name beside its line (legend, trail-end label, standings), so colour is never the only cue.
  it.each(schemes)('stay apart (CIEDE2000 ≥ 15) in normal vision and under protanopia, deuteranopia and tritanopia: %s theme', (scheme) => {
    const firstOrder = optimizerNames.filter((name) => !secondOrderNames.includes(name as never));
    const worst = closestPair(firstOrder.map((name) => racerColor(name, scheme)));
    expect(worst.distance, `${firstOrder[worst.i]}/${firstOrder[worst.j]} under ${worst.vision}`).toBeGreaterThanOrEqual(15);
  });

  // Nine colours under four visions at 3:1 contrast: a search found about 14 as the best smallest
  // distance, so pairs with a second-order racer (each also named at its trail end) are held to 13.5.
  it.each(schemes)('the second-order racers stay apart (CIEDE2000 ≥ 13.5) from every racer under every vision: %s theme', (scheme) => {
    for (const a of secondOrderNames) {
      for (const b of optimizerNames) {
        if (a === b) continue;
        for (const vision of visions) {
          expect(seenDistance(racerColor(a, scheme), racerColor(b, scheme), vision), `${a}/${b} ${scheme} ${vision}`).toBeGreaterThanOrEqual(13.5);
        }
      }
    }
  });

  it('SGD + momentum and Nesterov are different hues (≥ 40° apart), not two blues, and stay apart under every vision', () => {
    for (const scheme of schemes) {
      const turn = Math.abs(hueAngle(racerColor('momentum', scheme)) - hueAngle(racerColor('nesterov', scheme)));
      expect(Math.min(turn, 360 - turn), scheme).toBeGreaterThanOrEqual(40);
      for (const vision of visions) {
        const distance = seenDistance(racerColor('momentum', scheme), racerColor('nesterov', scheme), vision);
        expect(distance, `${scheme} ${vision}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it.each(schemes)('reach WCAG’s 3:1 for graphics against the page and the map paper: %s theme', (scheme) => {
    for (const name of optimizerNames) {
      for (const bg of backgrounds(scheme)) expect(contrastRatio(racerColor(name, scheme), bg), `${name} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});
