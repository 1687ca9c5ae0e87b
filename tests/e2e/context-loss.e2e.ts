/**
 * The WebGL context dies in the middle of training (a GPU reset, a driver crash, the browser
 * reclaiming contexts), forced here with WEBGL_lose_context on every context the page made.
 * The page starts on webgl (headless Chromium has SwiftShader), the reader has changed a
 * parameter and pressed Play; after the loss the widget must move to wasm or cpu (or run on a
 * restored webgl), say so, keep the reader's value in its control and in the URL, and train on.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(240_000);

const SLOW = { timeout: 120_000 };

declare global {
  interface Window {
    __glContexts: (WebGLRenderingContext | WebGL2RenderingContext)[];
    __timeouts: number;
  }
}

/** Before any page script: keep every WebGL context the page creates, and start tfjs on webgl. */
async function recordContexts(page: Page) {
  await page.addInitScript(() => {
    window.__glContexts = [];
    for (const Canvas of [HTMLCanvasElement, globalThis.OffscreenCanvas]) {
      if (!Canvas) continue;
      const original = Canvas.prototype.getContext as (this: unknown, type: string, ...rest: unknown[]) => unknown;
      Canvas.prototype.getContext = function (this: unknown, type: string, ...rest: unknown[]) {
        const context = original.call(this, type, ...rest);
        if (context && /webgl/.test(type) && !window.__glContexts.includes(context as WebGLRenderingContext)) {
          window.__glContexts.push(context as WebGLRenderingContext);
        }
        return context;
      } as typeof Canvas.prototype.getContext;
    }
    sessionStorage.setItem('lecture7.tfBackend', 'webgl');
    // The engine worker (network race, transfer lab) starts on webgl too, through OffscreenCanvas.
    sessionStorage.setItem('lecture7.workerBackend', 'webgl');
    // Counts timers, to show that nothing keeps polling the dead context (tfjs's fence poll would).
    window.__timeouts = 0;
    const setTimer = window.setTimeout;
    window.setTimeout = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
      window.__timeouts++;
      return setTimer.apply(this, args);
    } as typeof setTimeout;
  });
}

/** Loses every live WebGL context of the page; returns how many it lost. */
function loseContexts(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const gl of window.__glContexts) {
      if (gl.isContextLost()) continue;
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      n++;
    }
    return n;
  });
}

/** Pauses the widget (if still running) and checks that the page goes quiet: no timer spinning on the dead context. */
async function expectQuiet(page: Page, figure: Locator) {
  const pause = figure.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();
  // Paused: Play is back, and two frames later the animation loop has stopped.
  await expect(figure.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const before = await page.evaluate(() => window.__timeouts);
  // The window of a rate, not a guess at when something ends. Idle, the page sets a handful of
  // timers in it; tfjs polling a lost context set about 450 in 2 s.
  await page.waitForTimeout(1000);
  const timers = (await page.evaluate(() => window.__timeouts)) - before;
  expect(timers).toBeLessThan(30);
}

/** Opens `path` with contexts recorded, collecting page errors. */
async function open(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await recordContexts(page);
  await page.goto(path);
  return problems;
}

/** After the loss: the badge left webgl (or webgl came back) and the frame says what happened. */
async function expectRecovered(figure: Locator) {
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', /^(wasm|cpu)$/, SLOW);
  const notice = figure.locator('.widget-backend-lost');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(/webgl context lost\)\. Training moved to (wasm|cpu) and started again from your settings\./);
}

/**
 * For a widget that trains in the engine worker: its context is the worker's OffscreenCanvas one
 * (the page's hook loses it). The worker ends on the loss, the kit starts a fresh one with webgl
 * ruled out, and the frame says so.
 */
async function loseWorkerContext(page: Page, figure: Locator) {
  expect(await page.evaluate(() => window.__lecture7!.loseHostContext!())).toBe(true);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', /^(wasm|cpu)$/, SLOW);
  await expect(figure.locator('.widget-engine-restarted')).toHaveText(/graphics card stopped answering, so the training engine was restarted on (wasm|cpu)\. Your settings are kept\./);
}

test('optimizer race: the context dies mid-race; it moves on to wasm or cpu with the reader’s learning rate', async ({ page }) => {
  const problems = await open(page, '/en/optimization/');
  const figure = page.locator('figure.widget[data-widget-id="race"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', SLOW);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', 'webgl');

  const slider = figure.getByRole('slider', { name: 'SGD learning rate' });
  await slider.focus();
  await slider.press('Home');
  const box = figure.getByRole('textbox', { name: 'SGD learning rate' });
  await expect(box).toHaveValue('1e-4');
  await expect.poll(() => new URL(page.url()).searchParams.get('race.lrSgd')).toBe('0.0001');

  const step = async () => Number((await figure.locator('.race-step').textContent())?.replace(/\D/g, ''));
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(step, SLOW).toBeGreaterThan(3);

  // The race runs in the engine worker: its context is the one that dies.
  await loseWorkerContext(page, figure);
  await expect(box).toHaveValue('1e-4');
  expect(new URL(page.url()).searchParams.get('race.lrSgd')).toBe('0.0001');
  const after = await step();
  await expect.poll(step, SLOW).toBeGreaterThan(after);
  await expect(figure.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await expectQuiet(page, figure);
  expect(problems).toEqual([]);
});

test('network race: the context dies while the MLPs train; they train on with the reader’s settings', async ({ page }) => {
  const light = '?network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.trainCount=500';
  const problems = await open(page, `/en/optimization/${light}`);
  const figure = page.locator('figure.widget[data-widget-id="network"]');
  await figure.scrollIntoViewIfNeeded();
  const run = figure.locator('.network-race');
  await expect(run).toHaveAttribute('data-ready', 'true', SLOW);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', 'webgl');

  const box = figure.getByRole('textbox', { name: 'Adam learning rate' });
  await box.fill('0.002');
  await box.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('network.lrAdam')).toBe('0.002');

  const step = async () => Number(await run.getAttribute('data-step'));
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(step, SLOW).toBeGreaterThan(2);

  await loseWorkerContext(page, figure);
  await expect(box).toHaveValue('0.002');
  expect(new URL(page.url()).searchParams.get('network.lrAdam')).toBe('0.002');
  expect(new URL(page.url()).searchParams.get('network.trainCount')).toBe('500');
  const after = await step();
  await expect.poll(step, SLOW).toBeGreaterThan(after);
  await expect(figure.locator('.network-race [role="alert"]')).toHaveCount(0);
  await expectQuiet(page, figure);
  expect(problems).toEqual([]);
});

/**
 * The same story for a widget on `path` that trains in the engine worker: set `label` to `value`
 * (URL key `key`), play until `run`'s data-step passes 2, lose the worker's context, then check
 * the recovery.
 */
async function loseWhileTraining(page: Page, path: string, id: string, runClass: string, label: string, value: string, key: string) {
  const problems = await open(page, path);
  const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', 'webgl', SLOW);
  const box = figure.getByRole('textbox', { name: label, exact: true });
  await box.fill(value);
  await box.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBe(value);

  const run = figure.locator(runClass);
  const step = async () => Number(await run.getAttribute('data-step'));
  const play = figure.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled(SLOW);
  await play.click();
  await expect.poll(step, SLOW).toBeGreaterThan(2);

  await loseWorkerContext(page, figure);
  await expect(box).toHaveValue(value);
  expect(new URL(page.url()).searchParams.get(key)).toBe(value);
  const after = await step();
  await expect.poll(step, SLOW).toBeGreaterThan(after);
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await expectQuiet(page, figure);
  expect(problems).toEqual([]);
}

test('ensemble lab: a read-back that never returns does not freeze the run', async ({ page }) => {
  await loseWhileTraining(
    page,
    '/en/ensembles/?ensemble.steps=300&ensemble.trainCount=500&ensemble.hidden=16',
    'ensemble',
    '.ensemble-lab',
    'Number of models K',
    '2',
    'ensemble.members',
  );
});

test('dropout experiment (the kit’s stepped runner) trains on after the loss', async ({ page }) => {
  await loseWhileTraining(
    page,
    '/en/regularization/',
    'dropoutExperiment',
    '.dropout-experiment',
    'Drop probability p of the dropout copy',
    '0.3',
    'dropoutExperiment.dropProbability',
  );
});

test('Korean page: the notice is in Korean', async ({ page }) => {
  const problems = await open(page, '/ko/optimization/');
  const figure = page.locator('figure.widget[data-widget-id="race"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', SLOW);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', 'webgl');
  await figure.getByRole('button', { name: '재생' }).click();
  // The race runs in the engine worker: its context is the one that dies.
  expect(await page.evaluate(() => window.__lecture7!.loseHostContext!())).toBe(true);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', /^(wasm|cpu)$/, SLOW);
  await expect(figure.locator('.widget-engine-restarted')).toHaveText(/^그래픽 카드가 응답하지 않아 학습 엔진을 (wasm|cpu)\(으\)로 다시 시작했습니다\./);
  expect(problems).toEqual([]);
});
