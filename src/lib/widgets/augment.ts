/**
 * The AugmentationGallery's parameters: which photo, the seed, and for each augmentation an
 * on/off switch plus its strengths, in pipeline order. `augmentSettings` turns the flat values
 * into the engine's settings (lib/augmentSettings.ts). Defaults are the usual ImageNet
 * recipe: random resized crop, flip, mild colour jitter; rotation, shift, hue and cutout start
 * off so the reader can switch them on one at a time. Pure data.
 */
import { augmentNames, type AugmentName, type AugmentSettings } from '../augmentSettings';
import { pair, type Messages } from '../i18n';
import type { BooleanParam, ChoiceParam, Label, ParamSpec, ParamTable, ParamValues } from '../params';

// The pipeline's names and settings are the engine's vocabulary (lib/augmentSettings.ts); the widget re-exports them.
export { activeAugmentations, augmentNames, type AugmentName, type AugmentSettings } from '../augmentSettings';


export const augmentLabels: Record<AugmentName, Label> = {
  crop: pair((d) => d.augmentParams.augmentLabels.crop),
  flip: pair((d) => d.augmentParams.augmentLabels.flip),
  rotate: pair((d) => d.augmentParams.augmentLabels.rotate),
  translate: pair((d) => d.augmentParams.augmentLabels.translate),
  brightness: pair((d) => d.augmentParams.augmentLabels.brightness),
  contrast: pair((d) => d.augmentParams.augmentLabels.contrast),
  saturation: pair((d) => d.augmentParams.augmentLabels.saturation),
  hue: pair((d) => d.augmentParams.augmentLabels.hue),
  cutout: pair((d) => d.augmentParams.augmentLabels.cutout),
};

/** The shipped photos (public/data/photos/) and the label every augmentation of them keeps. */
export const photos = [
  { value: 'chelsea', label: pair((d) => d.augmentParams.photos.choices.chelsea) },
  { value: 'coffee', label: pair((d) => d.augmentParams.photos.choices.coffee) },
  { value: 'astronaut', label: pair((d) => d.augmentParams.photos.choices.astronaut) },
  { value: 'rocket', label: pair((d) => d.augmentParams.photos.choices.rocket) },
] as const satisfies readonly { value: string; label: Label }[];

const photo: ChoiceParam = { kind: 'choice', name: 'photo', label: pair((d) => d.augmentParams.photo.label), default: 'chelsea', choices: photos };

const onByDefault: Record<AugmentName, boolean> = {
  crop: true,
  flip: true,
  rotate: false,
  translate: false,
  brightness: true,
  contrast: true,
  saturation: true,
  hue: false,
  cutout: false,
};

/** The on/off switch of augmentation `name` is called `<name>On`. */
export const switchName = (name: AugmentName): string => `${name}On`;

const switches: BooleanParam[] = augmentNames.map((name) => ({
  kind: 'boolean',
  name: switchName(name),
  label: augmentLabels[name],
  default: onByDefault[name],
}));

const n = (name: keyof Messages['augmentParams']['strengths'], d: number, min: number, max: number, step: number): ParamSpec => ({
  kind: 'number',
  name,
  label: pair((d) => d.augmentParams.strengths[name]),
  default: d,
  min,
  max,
  step,
});

/** Each augmentation's own strengths, by augmentation. */
export const augmentParamNames: Record<AugmentName, string[]> = {
  crop: ['cropMinScale', 'cropMaxScale', 'cropMaxRatio'],
  flip: ['flipProbability'],
  rotate: ['rotateDegrees'],
  translate: ['translateFraction'],
  brightness: ['brightness'],
  contrast: ['contrast'],
  saturation: ['saturation'],
  hue: ['hue'],
  cutout: ['cutoutSize', 'cutoutCount'],
};

const strengths: ParamSpec[] = [
  n('cropMinScale', 0.35, 0.08, 1, 0.01),
  n('cropMaxScale', 1, 0.08, 1, 0.01),
  n('cropMaxRatio', 1.33, 1, 3, 0.01),
  n('flipProbability', 0.5, 0, 1, 0.05),
  n('rotateDegrees', 15, 0, 180, 1),
  n('translateFraction', 0.1, 0, 0.5, 0.01),
  n('brightness', 0.3, 0, 1, 0.05),
  n('contrast', 0.3, 0, 1, 0.05),
  n('saturation', 0.3, 0, 1, 0.05),
  n('hue', 0.05, 0, 0.5, 0.01),
  n('cutoutSize', 0.25, 0.05, 0.8, 0.01),
  { kind: 'int', name: 'cutoutCount', label: pair((d) => d.augmentParams.cutoutCount.label), default: 1, min: 1, max: 8 },
];

const seed: ParamSpec = { kind: 'int', name: 'seed', label: pair((d) => d.augmentParams.seed.label), default: 1, min: 1, max: 9999 };

export const augmentParams: ParamTable = [photo, seed, ...switches, ...strengths];


/** The engine's settings for `values`; a smallest crop above the largest is read as the reverse range. */
export function augmentSettings(values: ParamValues): AugmentSettings {
  const num = (name: string) => Number(values[name]);
  const [a, b] = [num('cropMinScale'), num('cropMaxScale')];
  const r = num('cropMaxRatio');
  return {
    on: Object.fromEntries(augmentNames.map((name) => [name, values[switchName(name)] === true])) as Record<AugmentName, boolean>,
    cropScale: [Math.min(a, b), Math.max(a, b)],
    cropRatio: [1 / r, r],
    flipProbability: num('flipProbability'),
    rotateDegrees: num('rotateDegrees'),
    translateFraction: num('translateFraction'),
    brightness: num('brightness'),
    contrast: num('contrast'),
    saturation: num('saturation'),
    hue: num('hue'),
    cutoutSize: num('cutoutSize'),
    cutoutCount: num('cutoutCount'),
  };
}
