/**
 * One numeric parameter as a labelled slider plus a number box. Log-scale parameters slide in
 * log10 space. A typed value outside the range shows an inline message and the widget keeps its
 * last good value until the box is fixed or left.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { allowedIn, kt } from '~/lib/kitText';
import { check } from '~/lib/params';
import { formatNumber, fromSlider, sliderRange, toSlider, type NumericSpec } from '~/lib/paramNumbers';

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
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const range = sliderRange(spec);

  // The value this box itself last sent, so that echo does not rewrite what is being typed.
  const typed = useRef<number | null>(null);

  // A change from elsewhere (slider, reset, an inline number in the prose) replaces the draft.
  useEffect(() => {
    if (value === typed.current) return;
    typed.current = null;
    setDraft(null);
    setProblem(null);
  }, [value]);

  const onType = (text: string) => {
    setDraft(text);
    const result = check(spec, text.replace(',', '.'));
    if (result.ok) {
      setProblem(null);
      typed.current = result.value as number;
      set(spec.name, result.value as number);
    } else {
      setProblem(`${allowedIn(lang, spec)} (${kt(lang, 'keepsLast')}: ${shown})`);
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
          aria-invalid={problem ? 'true' : undefined}
          value={draft ?? shown}
          size={7}
          onInput={(e) => onType(e.currentTarget.value)}
          // The box shows the kept value again; the message stays until the next edit, so
          // the controls below do not jump while the pointer is on its way to them.
          onBlur={() => {
            typed.current = null;
            setDraft(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
          }}
        />
      </div>
      {problem && (
        <p class="widget-control-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
