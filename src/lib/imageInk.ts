/**
 * A picture the reader uploads to the drawing pad, turned into ink (0 = paper, 1 = full stroke)
 * the way the pad's own strokes are: dark strokes on light paper, light strokes on a dark board
 * (the paper is whatever the border is), and a transparent pixel is paper. Paper that is not
 * pure white (a photographed sheet) is subtracted, so only the strokes count as ink.
 * Pure: RGBA bytes in, ink values out.
 */

/** How far above the paper's own level a pixel must be to count as ink at all. */
const PAPER_MARGIN = 0.15;

/** Ink per pixel (row-major, width x height) of RGBA bytes `rgba`. */
export function inkFromPixels(rgba: ArrayLike<number>, width: number, height: number): Float32Array {
  if (rgba.length !== 4 * width * height) throw new Error(`Expected ${4 * width * height} RGBA bytes for ${width}x${height}, but got ${rgba.length}`);
  const dark = new Float32Array(width * height);
  for (let i = 0; i < dark.length; i++) {
    const alpha = rgba[4 * i + 3] / 255;
    const luminance = (0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]) / 255;
    // Transparent pixels are paper (white): a PNG of black strokes on nothing reads as strokes.
    dark[i] = alpha * (1 - luminance);
  }
  const border = borderValues(dark, width, height).sort((a, b) => a - b);
  const paperIsDark = border[Math.floor(border.length / 2)] > 0.5;
  const raw = paperIsDark ? dark.map((v, i) => (rgba[4 * i + 3] === 0 ? 0 : 1 - v)) : dark;
  const paper = paperIsDark ? 1 - border[Math.floor(border.length / 2)] : border[Math.floor(border.length / 2)];
  const floor = Math.min(0.9, paper + PAPER_MARGIN);
  return raw.map((v) => Math.min(1, Math.max(0, (v - floor) / (1 - floor))));
}

function borderValues(values: Float32Array, width: number, height: number): number[] {
  const out: number[] = [];
  for (let x = 0; x < width; x++) out.push(values[x], values[(height - 1) * width + x]);
  for (let y = 1; y < height - 1; y++) out.push(values[y * width], values[y * width + width - 1]);
  return out;
}
