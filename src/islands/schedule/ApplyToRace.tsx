/**
 * "Apply to the network race": hands the explorer's schedule to the race on this page and says
 * what changed (and what did not: the race keeps its base rates and length), with a link to it.
 */
import { useEffect, useState } from 'preact/hooks';
import { dict, type Lang } from '~/lib/i18n';
import type { ParamValues } from '~/lib/params';
import { scheduleCurveLabel } from '~/lib/widgets/schedule';
import { applyScheduleCell } from '~/lib/cell/cellDrivers';
import { applyToRace, raceFigure } from './raceHandOver';

type Outcome = { text: string; href?: string } | null;

/** The button (only where the page has a network race) and its outcome. */
export function ApplyToRace({ values, lang }: { values: ParamValues; lang: Lang }) {
  const w = dict(lang).scheduleExplorer;
  // Drawn from the first render (the chapters that have the explorer have the race), so nothing
  // below moves when the island hydrates; taken away if the page turns out to have no race.
  const [hasRace, setHasRace] = useState(true);
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => setHasRace(raceFigure() !== null), []);
  // A changed schedule makes the last message stale.
  useEffect(() => setOutcome(null), [values]);
  if (!hasRace) return null;

  const apply = () => {
    const result = applyToRace(values);
    if (result === null) setOutcome({ text: w.noRace });
    else if (!result.ok) setOutcome({ text: w.refused(result.refused.join(', ')) });
    else {
      // A built-in schedule handed over replaces the reader's schedule cell in the race.
      applyScheduleCell(false);
      setOutcome({ text: w.applied(scheduleCurveLabel(values, lang, false), result.steps), href: result.figureId ? `#${result.figureId}` : undefined });
    }
  };

  return (
    <div class="schedule-apply">
      <button type="button" onClick={apply}>
        {w.apply}
      </button>
      <p class="widget-caption" role="status">
        {outcome?.text}
        {outcome?.href && (
          <>
            {' '}
            <a href={outcome.href}>{w.goToRace}</a>
          </>
        )}
      </p>
    </div>
  );
}
