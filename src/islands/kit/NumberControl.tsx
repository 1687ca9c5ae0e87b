/**
 * One numeric parameter as a labelled slider plus a number box. Log-scale parameters slide in
 * log10 space. A typed value outside the range shows an inline message and the widget keeps its
 * last good value until the box is fixed or left.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { enterPromptIn, kt } from '~/lib/kitText';
import { check } from '~/lib/params';
import { formatNumber, fromSlider, readTyped, sliderRange, toSlider, type NumericSpec } from '~/lib/paramNumbers';

interface Props {
  spec: NumericSpec;
  value: number;
  set(name: string, value: number): void;
  lang: Lang;
}

/** A slider with a number entry, both named by the parameter's label. */
export function NumberControl({ spec, value, set, lang }: Props) {
  const label = spec.label[lang];
  const shown = formatNumber(spec, value);
  // What is being typed, tagged with the value it stands for: once the value moves on (slider,
  // reset, an inline number in the prose) the tag no longer matches and the box shows the value.
  // No effect is needed, so fast typing cannot race a stale effect.
  const [draft, setDraft] = useState<{ text: string; value: number } | null>(null);
  const [problem, setProblem] = useState<{ text: string; value: number } | null>(null);
  const range = sliderRange(spec);
  const boxText = draft && draft.value === value ? draft.text : shown;
  const problemText = problem && problem.value === value ? problem.text : null;
  // Once the value moves (slider, reset, the prose's number, a valid entry) the message is
  // about a value that is gone: drop it, so coming back to that value does not revive it.
  useEffect(() => {
    if (problem && problem.value !== value) setProblem(null);
  }, [value]);

  const onType = (text: string) => {
    const result = check(spec, readTyped(text));
    if (result.ok) {
      setDraft({ text, value: result.value as number });
      setProblem(null);
      set(spec.name, result.value as number);
    } else {
      setDraft({ text, value });
      setProblem({ text: `${enterPromptIn(lang, spec)} (${kt(lang, 'keepsLast')}: ${shown})`, value });
    }
  };

  // Names come from aria-label, not from <label for=id>: every island is its own Preact root,
  // so generated ids repeat across the widgets of one page and would cross-link labels.
  return (
    <div class="widget-control widget-control-number" data-param={spec.name}>
      <span class="widget-control-name">{label}</span>
      <div class="widget-control-row">
        <input
          type="range"
          aria-label={label}
          min={range.min}
          max={range.max}
          step={range.step}
          value={toSlider(spec, value)}
          aria-valuetext={shown}
          onInput={(e) => set(spec.name, fromSlider(spec, Number(e.currentTarget.value)))}
        />
        <input
          type="text"
          inputMode="decimal"
          class="widget-number"
          aria-label={label}
          aria-invalid={problemText ? 'true' : undefined}
          value={boxText}
          size={7}
          onInput={(e) => onType(e.currentTarget.value)}
          // The box shows the kept value again; the message stays until the next edit, so
          // the controls below do not jump while the pointer is on its way to them.
          onBlur={() => setDraft(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
          }}
        />
      </div>
      {problemText && (
        <p class="widget-control-problem" role="alert">
          {problemText}
        </p>
      )}
    </div>
  );
}
