/**
 * Says that the visualiser's masks come from the reader's dropout cell (and what stopped it, if
 * their code broke), with a way back to the built-in dropout.
 */
import { removeCellDriver } from '~/lib/cell/cellDrivers';
import { cellMessage, type CellError } from '~/lib/cell/cellProblems';
import type { Lang } from '~/lib/i18n';
import { visualiserWords } from './visualiserWords';

/** The notice above the diagrams while the reader's code draws the masks. */
export function ReaderDropout({ label, problem, lang }: { label: string; problem: CellError | null; lang: Lang }) {
  const w = visualiserWords[lang];
  return (
    <div class="dropout-reader">
      <p role="status">{w.readerCode(label)}</p>
      {problem && <p class="notice" role="alert">{w.readerProblem(cellMessage(lang, problem))}</p>}
      <button type="button" onClick={() => removeCellDriver('dropout')}>{w.builtInCode}</button>
    </div>
  );
}
