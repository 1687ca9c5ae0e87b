/**
 * The AugmentationGallery's parameters: which photo, the seed, and for each augmentation an
 * on/off switch plus its strengths, in pipeline order. `augmentSettings` turns the flat values
 * into the engine's settings (lib/augmentSettings.ts). Defaults are the usual ImageNet
 * recipe: random resized crop, flip, mild colour jitter; rotation, shift, hue and cutout start
 * off so the reader can switch them on one at a time. Pure data.
 */
import { augmentNames, type AugmentName, type AugmentSettings } from '../augmentSettings';
import type { BooleanParam, ChoiceParam, Label, ParamSpec, ParamTable, ParamValues } from '../params';

// The pipeline's names and settings are the engine's vocabulary (lib/augmentSettings.ts); the widget re-exports them.
export { activeAugmentations, augmentNames, type AugmentName, type AugmentSettings } from '../augmentSettings';


export const augmentLabels: Record<AugmentName, Label> = {
  crop: { en: 'Random resized crop', ko: '무작위 크기 조정 자르기' },
  flip: { en: 'Horizontal flip', ko: '좌우 뒤집기' },
  rotate: { en: 'Rotation', ko: '회전' },
  translate: { en: 'Shift', ko: '이동' },
  brightness: { en: 'Brightness', ko: '밝기' },
  contrast: { en: 'Contrast', ko: '대비' },
  saturation: { en: 'Saturation', ko: '채도' },
  hue: { en: 'Hue', ko: '색조' },
  cutout: { en: 'Cutout', ko: '컷아웃' },
};

/** The shipped photos (public/data/photos/) and the label every augmentation of them keeps. */
export const photos = [
  { value: 'chelsea', label: { en: 'cat', ko: '고양이' } },
  { value: 'coffee', label: { en: 'coffee cup', ko: '커피잔' } },
  { value: 'astronaut', label: { en: 'astronaut', ko: '우주비행사' } },
  { value: 'rocket', label: { en: 'rocket', ko: '로켓' } },
] as const satisfies readonly { value: string; label: Label }[];

const photo: ChoiceParam = { kind: 'choice', name: 'photo', label: { en: 'Photo', ko: '사진' }, default: 'chelsea', choices: photos };

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

const n = (name: string, en: string, ko: string, d: number, min: number, max: number, step: number): ParamSpec => ({
  kind: 'number',
  name,
  label: { en, ko },
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
  n('cropMinScale', 'Smallest crop (area fraction)', '가장 작은 자르기 (넓이 비율)', 0.35, 0.08, 1, 0.01),
  n('cropMaxScale', 'Largest crop (area fraction)', '가장 큰 자르기 (넓이 비율)', 1, 0.08, 1, 0.01),
  n('cropMaxRatio', 'Aspect ratio up to (and 1 / it)', '가로세로 비 최대 (그 역수까지)', 1.33, 1, 3, 0.01),
  n('flipProbability', 'Flip probability', '뒤집을 확률', 0.5, 0, 1, 0.05),
  n('rotateDegrees', 'Rotation up to ± degrees', '회전 최대 ± 도', 15, 0, 180, 1),
  n('translateFraction', 'Shift up to ± fraction of size', '이동 최대 ± 크기 비율', 0.1, 0, 0.5, 0.01),
  n('brightness', 'Brightness jitter ±', '밝기 변화 ±', 0.3, 0, 1, 0.05),
  n('contrast', 'Contrast jitter ±', '대비 변화 ±', 0.3, 0, 1, 0.05),
  n('saturation', 'Saturation jitter ±', '채도 변화 ±', 0.3, 0, 1, 0.05),
  n('hue', 'Hue turn up to ± (of a circle)', '색조 회전 최대 ± (한 바퀴 기준)', 0.05, 0, 0.5, 0.01),
  n('cutoutSize', 'Cutout square side (fraction)', '컷아웃 정사각형 한 변 (비율)', 0.25, 0.05, 0.8, 0.01),
  { kind: 'int', name: 'cutoutCount', label: { en: 'Cutout squares', ko: '컷아웃 개수' }, default: 1, min: 1, max: 8 },
];

const seed: ParamSpec = { kind: 'int', name: 'seed', label: { en: 'Random seed', ko: '난수 시드' }, default: 1, min: 1, max: 9999 };

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
