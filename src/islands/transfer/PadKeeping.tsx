/**
 * What the drawing pad keeps for the reader, shown under its buttons: classes taken out of the
 * list with their drawings (each can be deleted on purpose), an undo for the last deletion, and
 * where the work is kept (this browser, or only this page when storage is off or full).
 */
import type { Lang } from '~/lib/i18n';
import { drawingCount } from '~/lib/padClasses';
import { padWords } from './padWords';
import type { PadWork } from './usePadWork';

interface Props {
  work: PadWork;
  lang: Lang;
}

/** The set-aside classes, the undo offer and the storage line of the drawing pad. */
export function PadKeeping({ work, lang }: Props) {
  const w = padWords[lang];
  const { pad, undo, storage } = work;
  return (
    <div class="drawing-pad-keeping">
      {pad.setAside.length > 0 && (
        <ul class="drawing-pad-aside" aria-label={w.asideLabel}>
          {pad.setAside.map((c) => (
            <li key={c.id} data-class={c.name}>
              {w.setAside(c.name, drawingCount(pad, c.id))}{' '}
              <button type="button" onClick={() => work.deleteSetAside(c.id)}>
                {w.deleteAside(c.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {undo && (
        <p role="status" class="drawing-pad-undo">
          {undo.kind === 'forgot' ? w.forgot(undo.count) : undo.kind === 'deletedOne' ? w.deletedOne(undo.name) : w.deleted(undo.name, undo.count)}{' '}
          <button type="button" onClick={work.undoLast}>
            {w.undo}
          </button>
        </p>
      )}
      {storage === 'unavailable' || storage === 'full' ? (
        <p class="notice" role="status">
          {w.storage[storage]}
        </p>
      ) : (
        <p class="widget-caption" data-storage={storage}>
          {work.restored > 0 ? `${w.restored(work.restored)} ` : ''}
          {w.keptHere}
        </p>
      )}
    </div>
  );
}

