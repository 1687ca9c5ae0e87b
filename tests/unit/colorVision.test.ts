/** The colour maths the palette test relies on, against published reference values. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000, hueAngle, lab, linearRgb, seenDistance, simulate } from '../../src/lib/colorVision';

describe('colour vision maths', () => {
  it('WCAG contrast: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#336699', '#336699')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('CIELAB of sRGB red is (53.24, 80.09, 67.20) and white is (100, 0, 0)', () => {
    const [L, a, b] = lab(linearRgb('#ff0000'));
    expect([L, a, b].map((v) => Math.round(v * 10) / 10)).toEqual([53.2, 80.1, 67.2]);
    expect(lab(linearRgb('#ffffff'))[0]).toBeCloseTo(100, 3);
  });

  // Sharma, Wu & Dalal (2005), Table 1: pairs 1, 7, 17 and 25 of the published test data.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('CIEDE2000 matches the published test pair %j / %j = %d', (p, q, expected) => {
    expect(deltaE2000(p, q)).toBeCloseTo(expected, 4);
  });

  it('the simulations keep greys grey and merge the colours each deficiency confuses', () => {
    for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate('#808080', vision);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(0.01);
    }
    // Red and green are far apart in normal vision and close for a protanope or deuteranope; blue and green for a tritanope.
    expect(seenDistance('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(50);
    expect(seenDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(seenDistance('#d62728', '#2ca02c', 'normal') / 2);
    expect(seenDistance('#1f77b4', '#2ca02c', 'tritanopia')).toBeLessThan(seenDistance('#1f77b4', '#2ca02c', 'normal') / 2);
  });

  it('refuses a colour that is not #rrggbb, naming it', () => {
    expect(() => linearRgb('red')).toThrowError(/"red"/);
  });
});

describe('hue angle', () => {
  it('puts red near 40°, green near 136° and blue near 306° (CIELAB)', () => {
    expect(hueAngle('#ff0000')).toBeCloseTo(40, 0);
    expect(hueAngle('#00ff00')).toBeCloseTo(136, 0);
    expect(hueAngle('#0000ff')).toBeCloseTo(306, 0);
  });
});
