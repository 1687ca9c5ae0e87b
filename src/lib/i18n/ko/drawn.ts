/** Korean: what one augmentation call drew: caption words and each drawn value's name (namespace `drawn`). Pure data. */
import type { Messages } from '../en';

export const drawn: Messages['drawn'] = {
  crop: '자르기',
  flip: '뒤집기',
  hue: '색조',
  cutout: '컷아웃',
  yes: '예',
  no: '아니요',
  names: {
    cropScale: '자르기 넓이',
    cropRatio: '자르기 가로세로 비',
    flip: '뒤집힘',
    rotate: '회전',
    shiftX: '가로 이동',
    shiftY: '세로 이동',
    brightness: '밝기',
    contrast: '대비',
    saturation: '채도',
    hue: '색조',
    cutoutSide: '컷아웃 한 변',
  },
};
