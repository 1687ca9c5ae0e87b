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
import { learningRateLabel, lectureHyper, optimizerNames, optimizerTable, racerFacts, racerNames, secondOrderNames, secondOrderTable } from '../../src/lib/optimizerTable';
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

// Colour maths: sRGB to linear light, WCAG contrast, Machado et al. (2009) deficiency simulation
// at full severity, and CIE76 ΔE in L*a*b* (D65).
const linear = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const deficiencies: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const lab = (rgb: number[]) => {
  const [r, g, b] = rgb.map((v) => Math.min(1, Math.max(0, v)));
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, luminance([r, g, b]), (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const seenAs = (hex: string, m: number[][]) => lab(m.map((row) => row.reduce((sum, k, i) => sum + k * linear(hex)[i], 0)));

/** The chart backgrounds of a theme (`--bg` and `--bg-raised`) as the stylesheet sets them. */
function backgrounds(theme: 'light' | 'dark'): string[] {
  const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
  const block = theme === 'light' ? css.slice(0, css.indexOf('prefers-color-scheme: dark')) : css.slice(css.indexOf(":root[data-theme='dark']"));
  return ['--bg', '--bg-raised'].map((v) => block.match(new RegExp(`${v}:\\s*(#[0-9a-fA-F]{6})`))![1]);
}

// Every racer of the optimizer race, second-order ones included, shares the map.
describe('optimizer colours', () => {
  const optimizerNames = racerNames;
  const colors = racerNames.map((name) => racerFacts(name).color);

  it('stay apart (CIE76 ΔE ≥ 15) in normal vision and under protanopia, deuteranopia and tritanopia', () => {
    for (const [vision, m] of Object.entries(deficiencies)) {
      for (let i = 0; i < colors.length; i++) {
        for (let j = i + 1; j < colors.length; j++) {
          const [p, q] = [seenAs(colors[i], m), seenAs(colors[j], m)];
          const distance = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
          expect(distance, `${optimizerNames[i]}/${optimizerNames[j]} under ${vision}`).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });

  // WCAG's 3:1 for graphics holds on the dark theme for every colour but momentum's blue (2.98);
  // on the light theme Nesterov's sky blue and Adam's orange reach only 2.2:1. Every line also
  // has its name in text (legend, direct label, standings), so colour is never the only cue;
  // this floor keeps a new colour from fading further, and each must reach 3:1 on one theme.
  it('read on both themes: at least 2:1 against every chart background, and 3:1 on one theme', () => {
    const light = backgrounds('light');
    const dark = backgrounds('dark');
    for (const [i, color] of colors.entries()) {
      const worst = (bgs: string[]) => Math.min(...bgs.map((bg) => contrast(color, bg)));
      expect(Math.min(worst(light), worst(dark)), optimizerNames[i]).toBeGreaterThanOrEqual(2);
      expect(Math.max(worst(light), worst(dark)), optimizerNames[i]).toBeGreaterThanOrEqual(3);
    }
  });
});
