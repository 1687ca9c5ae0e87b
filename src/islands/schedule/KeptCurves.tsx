/**
 * The ScheduleExplorer's comparison: a button that keeps the current curve, and the list of kept
 * curves (each with its colour swatch, the chart's legend, and a remove button).
 */
import type { ScheduleOverlay } from '~/charts/scheduleChart';
import { dict, type Lang } from '~/lib/i18n';
import { Icon } from '../kit/Icon';

interface Props {
  kept: readonly ScheduleOverlay[];
  max: number;
  onKeep(): void;
  onRemove(index: number): void;
  lang: Lang;
}

/** Keep button and the kept curves' legend. */
export function KeptCurves({ kept, max, onKeep, onRemove, lang }: Props) {
  const w = dict(lang).scheduleExplorer;
  const full = kept.length >= max;
  return (
    <div class="schedule-kept">
      <button type="button" onClick={onKeep} aria-disabled={full ? 'true' : undefined}>
        {w.pin}
      </button>
      {full && <p class="widget-caption" role="status">{w.full(max)}</p>}
      {kept.length > 0 && (
        <ul class="schedule-kept-list" aria-label={w.pinned}>
          {kept.map((curve, i) => (
            <li key={`${curve.label}-${i}`} data-label={curve.label}>
              <span class="schedule-swatch" style={{ borderColor: curve.colour }} aria-hidden="true" />
              <span>{curve.label}</span>
              <button type="button" class="schedule-remove" onClick={() => onRemove(i)} aria-label={w.remove(curve.label)}>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
