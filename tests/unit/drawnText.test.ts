/** Tile captions of the augmentation gallery: a rotation that rounds to zero never reads "−0°". */
import { describe, expect, it } from 'vitest';
import { drawnCaption, drawnDetails } from '../../src/islands/augment/drawnText';

describe('drawnCaption / drawnDetails', () => {
  it.each([-0.3, -0, 0, 0.4, -0.04])('rotation %s reads 0°, with no sign', (rotate) => {
    expect(drawnCaption({ rotate }, 'en')).toBe('0°');
    expect(drawnDetails({ rotate: rotate / 10 }, 'en')).toBe('rotation: 0.0°');
  });

  it('other values keep their sign', () => {
    expect(drawnCaption({ rotate: -7.2 }, 'en')).toBe('−7°');
    expect(drawnCaption({ rotate: 6.6, shiftX: -0.2, shiftY: -1.6 }, 'ko')).toBe('+7° · 0,−2 px');
    expect(drawnCaption({ hue: -0.001 }, 'en')).toBe('hue 0°');
  });

  it('a flip reads yes or no in the page language', () => {
    expect(drawnDetails({ flip: true }, 'ko')).toBe('뒤집힘: 예');
    expect(drawnDetails({ flip: false }, 'en')).toBe('flipped: no');
  });
});
