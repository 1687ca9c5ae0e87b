/** Labels and help of augment.ts's table (namespace `augmentParams`). Pure data. */

export const augmentParams = {
  augmentLabels: {
    crop: 'Random resized crop',
    flip: 'Horizontal flip',
    rotate: 'Rotation',
    translate: 'Shift',
    brightness: 'Brightness',
    contrast: 'Contrast',
    saturation: 'Saturation',
    hue: 'Hue',
    cutout: 'Cutout',
  },
  photos: {
    choices: {
      chelsea: 'cat',
      coffee: 'coffee cup',
      astronaut: 'astronaut',
      rocket: 'rocket',
    },
  },
  photo: {
    label: 'Photo',
  },
  cutoutCount: {
    label: 'Cutout squares',
  },
  seed: {
    label: 'Random seed',
  },
  strengths: {
    cropMinScale: 'Smallest crop (area fraction)',
    cropMaxScale: 'Largest crop (area fraction)',
    cropMaxRatio: 'Aspect ratio up to (and 1 / it)',
    flipProbability: 'Flip probability',
    rotateDegrees: 'Rotation up to ± degrees',
    translateFraction: 'Shift up to ± fraction of size',
    brightness: 'Brightness jitter ±',
    contrast: 'Contrast jitter ±',
    saturation: 'Saturation jitter ±',
    hue: 'Hue turn up to ± (of a circle)',
    cutoutSize: 'Cutout square side (fraction)',
  },
};
