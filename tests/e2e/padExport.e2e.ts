/**
 * The drawing pad as Teachable Machine's peer: every drawing is a thumbnail that deletes (with an
 * undo that puts it back in place); a picture file adds a drawing and a broken one gets a message;
 * the drawings survive a reload and are the same on the Korean page (one saved record, on
 * purpose); after training each class is graded; and the downloaded model (model.json + weights)
 * loads with tfjs (outside the page) and predicts, for every drawing, the class the page shows.
 */
import { readFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import type { Download, FileChooser, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { padCircle, stroke, widget, type PadPoint } from './drivers';

test.setTimeout(180_000);

const triangle: PadPoint[] = [[140, 50], [230, 210], [50, 210], [140, 50]];
const spiral: PadPoint[] = Array.from({ length: 60 }, (_, i) => [140 + ((90 * i) / 60) * Math.cos(i / 4.5), 140 + ((90 * i) / 60) * Math.sin(i / 4.5)]);

async function add(page: Page, figure: Locator, name: string, points: PadPoint[]) {
  await figure.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await stroke(page, figure.locator('canvas.drawing-pad-canvas'), points);
  await figure.locator('.drawing-pad-buttons button').first().click();
}

/** A PNG of a dark ring on white paper, made by the page's own canvas. */
async function ringPng(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(120, 120);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#f4f1ea';
    context.fillRect(0, 0, 120, 120);
    context.strokeStyle = '#222';
    context.lineWidth = 10;
    context.beginPath();
    context.arc(60, 60, 38, 0, 2 * Math.PI);
    context.stroke();
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

test('drawing pad: thumbnails delete, a picture adds, work survives a reload in either language, the exported model predicts as the page does', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/en/transfer-learning/');
  let figure = await widget(page, 'drawingPad');
  for (const [name, shape] of [['circle', padCircle(140, 140, 80)], ['triangle', triangle], ['spiral', spiral]] as const) {
    await add(page, figure, name, shape);
    await add(page, figure, name, shape.map(([x, y]) => [x * 0.8 + 20, y * 0.8 + 30] as PadPoint));
  }
  const thumbs = figure.locator('canvas.drawing-pad-thumb');
  await expect(thumbs).toHaveCount(6);

  // Delete one thumbnail, undo (it returns in place), delete it for good.
  await figure.getByRole('button', { name: 'Delete drawing 2 of “triangle”' }).click();
  await expect(figure.getByText('Deleted a drawing of “triangle”.')).toBeVisible();
  await expect(figure.locator('[data-class="triangle"]')).toHaveAttribute('data-total', '1');
  await figure.getByRole('button', { name: 'Undo' }).click();
  await expect(thumbs).toHaveCount(6);
  await figure.getByRole('button', { name: 'Delete drawing 1 of “spiral”' }).click();
  await expect(thumbs).toHaveCount(5);

  // A broken file gets a message; a picture of a ring goes on the pad and is added as a circle.
  const file = figure.getByLabel('Add from an image file');
  await file.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await expect(figure.getByText('“broken.png” could not be read as an image')).toBeVisible();
  await file.setInputFiles({ name: 'ring.png', mimeType: 'image/png', buffer: await ringPng(page) });
  await expect(figure.getByText('“ring.png” is on the pad')).toBeVisible();
  await figure.getByRole('radio', { name: /^circle/ }).check();
  await figure.getByRole('button', { name: 'Add as “circle”' }).click();
  await expect(figure.locator('[data-class="circle"]')).toHaveAttribute('data-total', '3');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-storage', 'saved');

  // The Korean page finds the same six drawings (one record for both languages, on purpose).
  await page.goto('/ko/transfer-learning/');
  figure = await widget(page, 'drawingPad');
  await expect(figure.getByText('지난번에 그린 그림 6개를 불러왔습니다.')).toBeVisible();
  await expect(figure.locator('canvas.drawing-pad-thumb')).toHaveCount(6);
  // The file picker speaks Korean (the browser's own "Choose File" is hidden) and opens from the keyboard.
  const picker = figure.locator('.file-picker');
  await expect(picker.locator('.file-picker-button')).toHaveText('파일 선택…');
  await expect(picker.locator('.file-picker-name')).toHaveText('선택한 파일 없음');
  const input = figure.getByLabel('이미지 파일에서 가져오기');
  expect((await input.boundingBox())!.width).toBeLessThanOrEqual(1);
  // Focus and Space again if no chooser came: on a slow machine the pad can still re-render as it
  // restores the drawings, and the focused input is replaced (a clean-clone CI run waited 3 minutes).
  let chooser!: FileChooser;
  await expect(async () => {
    await input.focus();
    [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5_000 }), page.keyboard.press('Space')]);
  }).toPass({ timeout: 60_000 });
  await chooser.setFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') });
  await expect(figure.getByText('“x.png”을(를) 이미지로 읽을 수 없습니다')).toBeVisible();
  await expect(picker.locator('.file-picker-name')).toHaveText('x.png');

  await figure.getByRole('button', { name: '새 마지막 층 학습' }).click({ timeout: 60_000 });
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-trained', 'true', { timeout: 60_000 });
  await expect(figure.locator('[data-class="circle"]')).toHaveAttribute('data-right', /\d/);
  const shown = await figure.locator('.drawing-pad-class li').evaluateAll((items) => items.map((li) => li.getAttribute('data-predicted')));
  expect(shown).toHaveLength(6);

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await figure.getByRole('button', { name: '모델 내려받기(TensorFlow.js)' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const files = Object.fromEntries(await Promise.all(downloads.map(async (d) => [d.suggestedFilename(), [...(await readFile((await d.path())!))]] as const)));
  expect(Object.keys(files).sort()).toEqual(['drawing-pad.weights.bin', 'model.json']);

  // The model is made in the engine worker; it is loaded here by tfjs outside the page, as a reader would elsewhere.
  const pixels = await figure.locator('canvas.drawing-pad-thumb').evaluateAll((canvases) =>
    canvases.flatMap((c) => {
      const data = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, 28, 28).data;
      return Array.from({ length: 784 }, (_, i) => data[4 * i + 3] / 255);
    }),
  );
  const json = JSON.parse(Buffer.from(files['model.json']).toString('utf8'));
  const classes = json.userDefinedMetadata.classes as string[];
  const weights = Uint8Array.from(files['drawing-pad.weights.bin']).buffer;
  const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: weights }));
  const out = tf.tidy(() => (model.predict(tf.tensor2d(pixels, [pixels.length / 784, 784])) as tf.Tensor).argMax(1).arraySync() as number[]);
  model.dispose();
  const predicted = out.map((k) => classes[k]);
  expect(predicted).toEqual(shown);
  expect(problems).toEqual([]);
});
