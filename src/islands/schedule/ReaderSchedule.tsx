/**
 * The reader's schedule cell in the explorer: its name and colour (the curve is drawn beside the
 * built-in one), "apply your schedule to the network race" (the race then takes its learning
 * rate from the compiled cell at every step, in the engine worker) and a way back to the
 * built-ins. A rule that breaks anywhere in the run is not drawn: the problem is said instead.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CellDriver } from '~/lib/cell/cellDrivers';
import { applyScheduleCell, removeCellDriver } from '~/lib/cell/cellDrivers';
import { cellMessage, type CellError } from '~/lib/cell/cellProblems';
import { checkScheduleCell, type ScheduleCell } from '~/lib/cell/cellSchedule';
import { dict, type Lang } from '~/lib/i18n';
import { Icon } from '../kit/Icon';
import { raceFigure, raceSteps } from './raceHandOver';

interface Props {
  driver: CellDriver;
  /** The compiled cell, or what is wrong with its code. */
  compiled: { ok: true; schedule: ScheduleCell } | { ok: false; error: CellError };
  /** What goes wrong over the explorer's run (a NaN, a pole, a negative rate), if anything. */
  problem: CellError | null;
  colour: string;
  base: number;
  lang: Lang;
}

/** One row under the chart for the reader's schedule. */
export function ReaderSchedule({ driver, compiled, problem, colour, base, lang }: Props) {
  const w = dict(lang).scheduleExplorer;
  const [outcome, setOutcome] = useState<{ text: string; href?: string } | null>(null);
  useEffect(() => setOutcome(null), [driver.code, JSON.stringify(driver.values)]);

  const apply = () => {
    const steps = raceSteps();
    if (!compiled.ok || steps === null) return setOutcome({ text: compiled.ok ? w.noRace : w.yoursRefused(cellMessage(lang, compiled.error)) });
    const inRace = checkScheduleCell(compiled.schedule, steps, base);
    if (inRace) return setOutcome({ text: w.yoursRefused(cellMessage(lang, inRace)) });
    applyScheduleCell(true);
    setOutcome({ text: w.yoursApplied(driver.label, steps), href: `#${raceFigure()?.id ?? ''}` });
  };

  return (
    <div class="schedule-apply schedule-yours" data-reader-schedule={driver.applied ? 'applied' : 'drawn'}>
      <span class="schedule-swatch" style={{ borderColor: colour }} aria-hidden="true" />
      <span>{w.yours(driver.label, driver.applied)}</span>
      {compiled.ok && !problem ? (
        <button type="button" onClick={apply}>{w.applyYours}</button>
      ) : (
        <p class="notice" role="alert">{w.yoursRefused(cellMessage(lang, compiled.ok ? problem! : compiled.error))}</p>
      )}
      <button type="button" class="schedule-remove" onClick={() => removeCellDriver('schedule')} aria-label={w.removeYours}>
        <Icon name="close" />
      </button>
      <p class="widget-caption" role="status">
        {outcome?.text}
        {outcome?.href && outcome.href !== '#' && (
          <>
            {' '}
            <a href={outcome.href}>{w.goToRace}</a>
          </>
        )}
      </p>
    </div>
  );
}
