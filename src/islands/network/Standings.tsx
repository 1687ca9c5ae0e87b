/**
 * The race's legend and scoreboard in one table: each racer's colour, the learning rate it is
 * using right now (base rate × schedule), its smoothed training loss and its latest held-out
 * accuracy, best first; a diverged racer says at which step instead.
 */
import type { StandingRow } from '~/charts/trainingStandings';
import { inBoth, type Lang } from '~/lib/i18n';
import { percent } from '~/lib/i18n/format';

interface Props {
  rows: StandingRow[];
  /** Learning rate in use now, by racer name. */
  rates: Record<string, number>;
  lang: Lang;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('networkStandings');

/** A learning rate for a reader: 3 significant digits, exponent form below 0.001. */
function formatRate(value: number): string {
  if (!(value > 0)) return '0';
  return value < 1e-3 ? value.toExponential(2).replace(/\.?0+e/, 'e') : String(Number(value.toPrecision(3)));
}

/** One row per racer, best first. */
export function Standings({ rows, rates, lang }: Props) {
  const w = words[lang];
  return (
    <table class="network-standings">
      <caption class="visually-hidden">{w.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.optimizer}</th>
          <th scope="col" class="network-rate">
            {w.rate}
          </th>
          <th scope="col">{w.loss}</th>
          <th scope="col">{w.accuracy}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} data-optimizer={row.name} data-diverged={row.diverged ? String(row.diverged.step) : undefined}>
            <th scope="row">
              <span class="network-swatch" style={{ background: row.color }} aria-hidden="true" />
              {row.label}
            </th>
            <td class="network-rate">{row.diverged ? '—' : formatRate(rates[row.name] ?? 0)}</td>
            {row.diverged ? (
              <td colSpan={2} class="network-diverged">
                {w.diverged(row.diverged.step, row.diverged.variable)}
              </td>
            ) : (
              <>
                <td>{row.loss === null ? '—' : row.loss}</td>
                <td class="network-accuracy">
                  {row.accuracy === null ? '—' : percent(row.accuracy, lang)}
                  <span class="network-at">
                    {' '}
                    ({w.at} {row.evaluatedAt})
                  </span>
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
