/**
 * The gallery's controls, one numbered fieldset per augmentation in pipeline order: its on/off
 * switch and, while it is on, its own strengths (the kit's Controls, from the widget's table).
 * Above them, the active pipeline as a chain "1 crop → 2 flip → …".
 */
import type { Lang } from '~/lib/i18n';
import type { ParamValue, ParamValues } from '~/lib/params';
import { augmentLabels, augmentNames, augmentParamNames, augmentParams, switchName, type AugmentName } from '~/lib/widgets/augment';
import { Controls } from '../kit/Controls';
import { galleryWords } from './galleryWords';

interface Props {
  values: ParamValues;
  set(name: string, value: ParamValue): void;
  lang: Lang;
}

/**
 * The active pipeline as an ordered list (screen readers hear the order). Each step shows its
 * card's own number, so "2 flip" here is the card with badge 2 even while card 1 is off.
 */
export function PipelineOrder({ values, lang }: { values: ParamValues; lang: Lang }) {
  const active = augmentNames.filter((name) => values[switchName(name)] === true);
  const w = galleryWords[lang];
  return (
    <div class="augment-pipeline">
      <span class="augment-pipeline-title">{w.pipeline}:</span>{' '}
      {active.length === 0 ? (
        <span>{w.nothingOn}</span>
      ) : (
        <ol>
          {active.map((name) => (
            <li key={name} data-augment={name} data-step={augmentNames.indexOf(name) + 1}>
              <span class="augment-pipeline-step" aria-hidden="true">
                {augmentNames.indexOf(name) + 1}
              </span>{' '}
              {augmentLabels[name][lang]}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Every augmentation's switch and, when on, its strengths. */
export function TransformControls({ values, set, lang }: Props) {
  return (
    <div class="augment-transforms">
      {augmentNames.map((name: AugmentName, i) => {
        const on = values[switchName(name)] === true;
        return (
          <fieldset key={name} class="augment-transform" data-augment={name} data-on={on ? 'true' : 'false'}>
            <legend>
              <span class="augment-step" aria-hidden="true">
                {i + 1}
              </span>
            </legend>
            <Controls table={augmentParams} values={values} set={set} lang={lang} only={[switchName(name)]} />
            {on && <Controls table={augmentParams} values={values} set={set} lang={lang} only={augmentParamNames[name]} />}
          </fieldset>
        );
      })}
    </div>
  );
}
