/**
 * Swarm mode's answer to "where do the particles end up": per racer the share of particles that
 * ended in each basin (global minimum, local minimum, not settled; lib/swarmOutcome.ts) as a
 * table, and the distribution of their final losses as an ECDF (charts/swarmOutcomeChart.ts).
 * Recomputed from the racers' positions at most five times a second (10,000 particles a racer
 * take a formula evaluation and a sort each: too much to redo on every animation frame).
 */
import { useMemo, useRef } from 'preact/hooks';
import { formatValue } from '~/charts/raceText';
import { swarmOutcomeOptions, type OutcomeRacer } from '~/charts/swarmOutcomeChart';
import { parseFormula } from '~/lib/formula';
import { compileNumeric } from '~/lib/formulaNumeric';
import type { Lang } from '~/lib/i18n';
import { basinKinds, basinShares, finalLosses, settleRadius, type Well } from '~/lib/swarmOutcome';
import { raceWords } from '~/lib/widgets/raceWords';
import { PlotFigure } from '../kit/PlotFigure';
import { useElementWidth } from '../kit/useElementWidth';
import { useThrottledValue } from '../kit/useThrottledValue';

const REDRAW_MS = 200;

export interface SwarmSurface {
  formula: string;
  lossFloor: number;
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  wells: readonly Well[];
}

interface Props {
  racers: readonly { name: string; label: string; color: string; positions: ArrayLike<number> }[];
  surface: SwarmSurface;
  lang: Lang;
}

/** The basin-share table and the final-loss ECDF of a swarm. */
export function SwarmOutcome({ racers, surface, lang }: Props) {
  const w = raceWords(lang);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const f = useMemo(() => {
    const parsed = parseFormula(surface.formula);
    return parsed.ok ? compileNumeric(parsed.ast) : null;
  }, [surface.formula]);
  const radius = settleRadius(surface.domain);
  // Only the basins this surface has (a one-minimum surface has no "local" column).
  const kinds = basinKinds.filter((k) => k === 'unsettled' || surface.wells.some((well) => well.kind === k));
  const sampled = useThrottledValue(racers, REDRAW_MS);
  const wellsKey = JSON.stringify(surface.wells);
  const { rows, outcome } = useMemo(
    () => ({
      rows: sampled.map((r) => ({ ...r, shares: basinShares(r.positions, surface.wells, radius) })),
      outcome: f ? sampled.map((r): OutcomeRacer => ({ ...r, losses: finalLosses(r.positions, f, surface.lossFloor) })) : [],
    }),
    [sampled, f, wellsKey, radius, surface.lossFloor],
  );
  const summary = w.ecdfSummary(
    outcome.map((r) => w.medianOf(r.label, r.losses.length ? formatValue(r.losses[Math.floor(r.losses.length / 2)]) : '—')).join(', '),
  );
  const options = useMemo(
    () => (width > 0 && outcome.length > 0 ? swarmOutcomeOptions(outcome, { width, height: Math.round(Math.min(260, Math.max(190, width * 0.6))), lang, ariaLabel: summary }) : null),
    [outcome, width, lang, summary],
  );

  return (
    <section class="race-outcome" aria-label={w.outcome}>
      <table class="race-basins">
        <caption>{w.outcome}</caption>
        <thead>
          <tr>
            <th scope="col">{w.racer}</th>
            {kinds.map((k) => (
              <th scope="col" key={k}>
                {w.basin[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-racer={r.name}>
              <th scope="row">
                <span class="race-swatch" style={{ background: r.color }} aria-hidden="true" /> {r.label}
              </th>
              {kinds.map((k) => (
                <td key={k} data-basin={k}>
                  {r.shares[k]} %
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="race-note race-basin-note">{w.basinNote(formatValue(radius))}</p>
      <figure class="race-ecdf" ref={box}>
        <PlotFigure options={options} minIntervalMs={REDRAW_MS} />
        <figcaption>{w.ecdfCaption}</figcaption>
      </figure>
    </section>
  );
}
