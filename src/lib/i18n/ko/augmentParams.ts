/** Korean labels and help of augment.ts's table (namespace `augmentParams`). Pure data. */
import type { Messages } from '../en';

export const augmentParams: Messages['augmentParams'] = {
  augmentLabels: {
    crop: '무작위 크기 조정 자르기',
    flip: '좌우 뒤집기',
    rotate: '회전',
    translate: '이동',
    brightness: '밝기',
    contrast: '대비',
    saturation: '채도',
    hue: '색조',
    cutout: '컷아웃',
  },
  photos: {
    choices: {
      chelsea: '고양이',
      coffee: '커피잔',
      astronaut: '우주비행사',
      rocket: '로켓',
    },
  },
  photo: {
    label: '사진',
  },
  cutoutCount: {
    label: '컷아웃 개수',
  },
  seed: {
    label: '난수 시드',
  },
  strengths: {
    cropMinScale: '가장 작은 자르기 (넓이 비율)',
    cropMaxScale: '가장 큰 자르기 (넓이 비율)',
    cropMaxRatio: '가로세로 비 최대 (그 역수까지)',
    flipProbability: '뒤집을 확률',
    rotateDegrees: '회전 최대 ± 도',
    translateFraction: '이동 최대 ± 크기 비율',
    brightness: '밝기 변화 ±',
    contrast: '대비 변화 ±',
    saturation: '채도 변화 ±',
    hue: '색조 회전 최대 ± (한 바퀴 기준)',
    cutoutSize: '컷아웃 정사각형 한 변 (비율)',
  },
};
