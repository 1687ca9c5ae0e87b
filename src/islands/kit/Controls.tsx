/**
 * The controls of a widget, generated from its parameter table: slider + number box for numbers,
 * a select for choices, a checkbox for booleans, a text box for text. Every control shows its
 * label in the page language, and that label is also its accessible name (aria-label: ids made
 * by useId repeat across islands, so <label for> could point into another widget).
 */
import type { Lang } from '~/lib/i18n';
import type { ParamSpec, ParamTable, ParamValue, ParamValues } from '~/lib/params';
import { NumberControl } from './NumberControl';

export interface ControlsProps {
  table: ParamTable;
  values: ParamValues;
  set(name: string, value: ParamValue): void;
  lang: Lang;
  /** Names of the parameters to show, in this order (all of the table when absent). */
  only?: string[];
}

/** Every (or `only` the named) parameter of `table` as a labelled control. */
export function Controls({ table, values, set, lang, only }: ControlsProps) {
  const specs = only
    ? only.map((name) => table.find((p) => p.name === name)).filter((p): p is ParamSpec => p !== undefined)
    : table;
  return (
    <div class="widget-controls">
      {specs.map((spec) => (
        <Control key={spec.name} spec={spec} value={values[spec.name] ?? spec.default} set={set} lang={lang} />
      ))}
    </div>
  );
}

function Control({ spec, value, set, lang }: { spec: ParamSpec; value: ParamValue; set: ControlsProps['set']; lang: Lang }) {
  const label = spec.label[lang];
  switch (spec.kind) {
    case 'number':
    case 'int':
      return <NumberControl spec={spec} value={Number(value)} set={set} lang={lang} />;
    case 'choice':
      return (
        <label class="widget-control" data-param={spec.name}>
          <span class="widget-control-name">{label}</span>
          <select aria-label={label} value={String(value)} onChange={(e) => set(spec.name, e.currentTarget.value)}>
            {spec.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label[lang]}
              </option>
            ))}
          </select>
        </label>
      );
    case 'boolean':
      return (
        <label class="widget-control widget-control-boolean" data-param={spec.name}>
          <input type="checkbox" aria-label={label} checked={value === true} onChange={(e) => set(spec.name, e.currentTarget.checked)} />
          <span class="widget-control-name">{label}</span>
        </label>
      );
    case 'text':
      return (
        <label class="widget-control" data-param={spec.name}>
          <span class="widget-control-name">{label}</span>
          <input type="text" aria-label={label} maxLength={spec.maxLength} value={String(value)} onInput={(e) => set(spec.name, e.currentTarget.value)} />
        </label>
      );
  }
}
