/**
 * The reader's own surface: a text box for f(x, y). Typing switches the race to "Your formula".
 * A formula that cannot be used shows why and where — a parse error with a caret under the
 * column, or a surface problem (a pole, a hole) with the point it names — while the race keeps the
 * last surface that worked.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FormulaError } from '~/lib/formula';
import { formulaMessage } from '~/lib/formulaText';
import type { Lang } from '~/lib/i18n';
import { raceWords } from '~/lib/widgets/raceWords';

interface Props {
  /** The widget instance id, to make element ids unique on the page. */
  idPrefix: string;
  value: string;
  maxLength: number;
  error: FormulaError | null;
  /** A formula that parses but cannot be raced, already in the reader's language. */
  problem: string | null;
  onChange(text: string): void;
  lang: Lang;
}

/** Text box, hint, and the error with a caret under the offending column. */
export function FormulaBox({ idPrefix, value, maxLength, error, problem, onChange, lang }: Props) {
  // From the widget's instance id, not useId: Preact numbers useId per island, so islands would collide.
  const id = `${idPrefix}-formula`;
  const w = raceWords(lang);
  const [draft, setDraft] = useState(value);
  // A change from elsewhere (reset, the URL) replaces what is in the box.
  useEffect(() => setDraft(value), [value]);
  const column = error ? Math.max(0, Math.min(error.index, draft.length)) : 0;
  const failed = Boolean(error || problem);
  return (
    <div class="race-formula">
      <label for={id}>{w.formulaLabel}</label>
      <input
        id={id}
        type="text"
        spellcheck={false}
        autocomplete="off"
        maxLength={maxLength}
        value={draft}
        aria-invalid={failed ? 'true' : undefined}
        aria-describedby={`${id}-hint ${failed ? `${id}-error` : ''}`}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          onChange(e.currentTarget.value);
        }}
      />
      <p id={`${id}-hint`} class="race-hint">
        {w.formulaHint}
      </p>
      {failed && (
        <div id={`${id}-error`} class="race-formula-error" role="alert">
          {error && (
            <pre aria-hidden="true">
              {draft}
              {'\n'}
              {' '.repeat(column)}^
            </pre>
          )}
          <p>
            <strong>{w.formulaError}:</strong> {error ? formulaMessage(lang, error, error.index) : problem}. {w.formulaKeeps}
          </p>
          {error && "detail" in error && <p class="problem-detail">{error.detail}</p>}
        </div>
      )}
    </div>
  );
}
