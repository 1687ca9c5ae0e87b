/**
 * Where the swarm ends, as a chart: per racer the empirical CDF of its particles' final loss
 * f − f_min (log x). A curve that rises early (left) means most particles reached low loss; a
 * step in the middle is a group stuck in a worse well.
 *
 * Takes in: per racer its name, colour and sorted final losses (lib/swarmOutcome.ts
 * `finalLosses`); size, language and the text alternative. Returns: Plot options. Pure.
 */
import * as Plot from '@observablehq/plot';
import { ecdfPoints, LOSS_GAP_FLOOR } from '../lib/swarmOutcome';
import { decadeTicks, formatDecade } from './lossChart';
import { chartWords, type ChartLang } from './raceText';

export interface OutcomeRacer {
  name: string;
  label: string;
  color: string;
  /** Final f − f_min of every particle, sorted ascending. */
  losses: ArrayLike<number>;
}

/** The loss axis: whole decades around every final loss, at least two decades wide. */
export function outcomeDomain(racers: readonly OutcomeRacer[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const r of racers) {
    if (r.losses.length === 0) continue;
    low = Math.min(low, r.losses[0]);
    high = Math.max(high, r.losses[r.losses.length - 1]);
  }
  if (!Number.isFinite(low)) return [1e-4, 10];
  // 1/10^k, not 10^−k: the latter is 9.999…e−6 for k = 5.
  const decade = (k: number) => (k < 0 ? 1 / 10 ** -k : 10 ** k);
  const lo = Math.floor(Math.log10(Math.max(LOSS_GAP_FLOOR, low)));
  const hi = Math.max(Math.ceil(Math.log10(Math.max(high, LOSS_GAP_FLOOR))), lo + 2);
  return [decade(lo), decade(hi)];
}

/** Plot options of the final-loss ECDF, one step line per racer. */
export function swarmOutcomeOptions(racers: readonly OutcomeRacer[], size: { width: number; height: number; lang: ChartLang; ariaLabel: string }): Plot.PlotOptions {
  const w = chartWords(size.lang);
  const domain = outcomeDomain(racers);
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.08 })];
  for (const racer of racers) {
    const points = ecdfPoints(racer.losses).map((p) => ({ loss: p.loss, share: 100 * p.share }));
    marks.push(Plot.line(points, { x: 'loss', y: 'share', curve: 'step-after', stroke: racer.color, strokeWidth: 2 }));
  }
  return {
    width: size.width,
    height: size.height,
    marginLeft: 40,
    marginRight: 14,
    marginTop: 22,
    marginBottom: 34,
    ariaLabel: size.ariaLabel,
    style: { background: 'transparent', overflow: 'visible' },
    x: { type: 'log', domain, label: w.outcomeX, labelAnchor: 'right', ticks: decadeTicks(domain), tickFormat: formatDecade },
    y: { domain: [0, 100], label: w.outcomeY, labelAnchor: 'top', ticks: 5 },
    marks,
  };
}
