/**
 * The legend, which is also the racers' control panel: one row per optimizer with its colour,
 * its on/off switch and learning rate (kit controls), and its state now — the loss, or
 * "diverged at step N" once a run blew up.
 */
import type { Lang } from '~/lib/i18n';
import type { ParamTable, ParamValue, ParamValues } from '~/lib/params';
import { raceOptimizerNames, rowParams, runParam, type RaceOptimizerName } from '~/lib/widgets/race';
import { Controls } from '~/islands/kit/Controls';

/** Each row's two controls. */
const rowControls = Object.fromEntries(raceOptimizerNames.map((name) => [name, rowParams(name)]));

export interface LegendRow {
  name: RaceOptimizerName;
  color: string;
  /** What one step costs for N parameters, in the reader's language. */
  cost: string;
  status: string;
  diverged: boolean;
}

/** A reader's cell in the race: no controls here (its cell has them), just colour, name and status. */
export interface ReaderLegendRow {
  key: string;
  label: string;
  color: string;
  status: string;
  diverged: boolean;
}

interface Props {
  rows: readonly LegendRow[];
  readerRows?: readonly ReaderLegendRow[];
  table: ParamTable;
  values: ParamValues;
  set(name: string, value: ParamValue): void;
  lang: Lang;
  heading: string;
}

/** One row per optimizer: swatch, switch, learning rate, status. */
export function RaceLegend({ rows, readerRows = [], table, values, set, lang, heading }: Props) {
  const byName = new Map(rows.map((row) => [row.name, row]));
  return (
    <section class="race-legend" aria-label={heading}>
      <ul>
        {raceOptimizerNames.map((name) => {
          const row = byName.get(name);
          const on = values[runParam(name)] === true;
          return (
            <li key={name} class={on ? 'race-racer' : 'race-racer race-racer-off'} data-racer={name} data-diverged={row?.diverged ? 'true' : undefined}>
              <span class="race-swatch" style={{ background: row?.color ?? 'currentColor' }} aria-hidden="true" />
              <Controls table={table} values={values} set={set} lang={lang} only={rowControls[name]} />
              <output class="race-status" aria-live={row?.diverged ? 'polite' : 'off'}>
                {on ? row?.status ?? '' : ''}
              </output>
              <small class="race-cost">{row?.cost}</small>
            </li>
          );
        })}
        {readerRows.map((row) => (
          <li key={row.key} class="race-racer" data-racer={row.key} data-diverged={row.diverged ? 'true' : undefined}>
            <span class="race-swatch" style={{ background: row.color }} aria-hidden="true" />
            <span class="race-reader-label">{row.label}</span>
            <output class="race-status" aria-live={row.diverged ? 'polite' : 'off'}>{row.status}</output>
          </li>
        ))}
      </ul>
    </section>
  );
}
