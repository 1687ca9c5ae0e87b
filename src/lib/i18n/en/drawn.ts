/** What one augmentation call drew: caption words and each drawn value's name (namespace `drawn`). Pure data. */

export const drawn = {
  crop: 'crop',
  flip: 'flip',
  hue: 'hue',
  cutout: 'cutout',
  yes: 'yes',
  no: 'no',
  names: {
    cropScale: 'crop area',
    cropRatio: 'crop aspect',
    flip: 'flipped',
    rotate: 'rotation',
    shiftX: 'shift x',
    shiftY: 'shift y',
    brightness: 'brightness',
    contrast: 'contrast',
    saturation: 'saturation',
    hue: 'hue',
    cutoutSide: 'cutout side',
  },
};
