/**
 * What the augmentation pipeline (engines/augment/pipeline.ts) is built from: the names of its
 * transforms in the order they are applied, and the settings of each. The gallery's parameter
 * table (lib/widgets/augment.ts) turns a reader's values into these; the engine reads only these,
 * so it does not depend on a widget. Pure data.
 */

/** The pipeline, in the order the transforms are applied. */
export const augmentNames = ['crop', 'flip', 'rotate', 'translate', 'brightness', 'contrast', 'saturation', 'hue', 'cutout'] as const;
export type AugmentName = (typeof augmentNames)[number];

export interface AugmentSettings {
  on: Record<AugmentName, boolean>;
  cropScale: [number, number];
  cropRatio: [number, number];
  flipProbability: number;
  rotateDegrees: number;
  translateFraction: number;
  brightness: number;
  contrast: number;
  saturation: number;
  hue: number;
  cutoutSize: number;
  cutoutCount: number;
}

/** The switched-on augmentations, in the order the pipeline applies them. */
export function activeAugmentations(settings: AugmentSettings): AugmentName[] {
  return augmentNames.filter((name) => settings.on[name]);
}
