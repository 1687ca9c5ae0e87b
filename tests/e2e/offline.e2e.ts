/**
 * The offline copy. One visit lets the service worker store every file of the build; then the
 * server is shut down and the browser set offline, and every page, the search and one step of
 * every widget must still work. And a new build: the old copy keeps serving until the reader
 * presses Reload on the notice, then the new one serves and the old cache is gone.
 * Each test runs its own server (tests/e2e/distServer.ts) so it can stop it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, distDir } from './pages';
import { serveDist } from './distServer';

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about them.
test.use({ serviceWorkers: 'allow', reducedMotion: 'reduce' });

/** Records failed requests and error responses, whoever answered them. */
function watchRequests(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/** Opens `url` and waits until the worker reports the offline copy complete. */
async function visitUntilOffline(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
}

/** Scrolls widget `id` into view and waits until its island has hydrated. */
async function widget(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 30_000 });
  return figure;
}

/** True when the page's math is styled by KaTeX's CSS and its main font came from the cache. */
async function katexLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const math = document.querySelector('.katex');
    if (!math) return true;
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'KaTeX_Main');
    return getComputedStyle(math).fontFamily.includes('KaTeX_Main') && faces.some((f) => f.status === 'loaded') && ![...document.fonts].some((f) => f.status === 'error');
  });
}

/** Draws a small circle on the drawing pad with the mouse. */
async function drawCircle(page: Page, pad: Locator) {
  const box = (await pad.boundingBox())!;
  const at = (i: number) => [box.x + box.width * (0.5 + 0.3 * Math.cos(i / 4)), box.y + box.height * (0.5 + 0.3 * Math.sin(i / 4))] as const;
  await page.mouse.move(...at(0));
  await page.mouse.down();
  for (let i = 1; i <= 26; i++) await page.mouse.move(...at(i), { steps: 2 });
  await page.mouse.up();
}

test('after one visit, every page, the search and one step of every widget work offline', async ({ page, context }) => {
  test.setTimeout(300_000);
  const server = await serveDist();
  await visitUntilOffline(page, `${server.url}/en/`);
  await expect(page.locator('[data-offline-note]')).toHaveText('Available offline');
  await server.close();
  await context.setOffline(true);
  const problems = watchRequests(page);

  for (const path of builtPages()) {
    await page.goto(`${server.url}${path}`);
    await expect(page, path).toHaveTitle(/Lecture 7, live/);
    await expect(page.locator('main h1').first(), path).toBeVisible();
    expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(20);
    expect(await katexLoaded(page), `${path}: KaTeX CSS and fonts`).toBe(true);
    await expect(page.locator('html'), path).toHaveAttribute('data-offline', 'ready');
    expect(problems, path).toEqual([]);
  }
  await expect(page.locator('[data-offline-note]').last()).toHaveText(/Available offline|오프라인에서 사용 가능/);

  await page.goto(`${server.url}/en/search/`);
  await page.locator('.pagefind-ui__search-input').fill('momentum');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();

  // Widgets keep their state in the query, and links carry a hash: both served from the cache.
  const network = 'network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.trainCount=500';
  await page.goto(`${server.url}/en/optimization/?${network}#main`);
  await expect((await widget(page, 'schedule')).locator('.schedule-chart svg')).toBeVisible();
  const race = await widget(page, 'race');
  await expect(race.locator('.race')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await race.getByRole('button', { name: 'Step' }).click();
  await expect(race.locator('.race-step')).toHaveText('Step 1');
  const net = await widget(page, 'network');
  await expect(net.locator('.network-race')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await net.getByRole('button', { name: 'Step' }).click();
  await expect(net.locator('.network-progress')).toHaveText('Step 1 of 300', { timeout: 30_000 });

  await page.goto(`${server.url}/en/ensembles/?ensemble.steps=50&ensemble.trainCount=500&ensemble.hidden=16&ensemble.members=2`);
  const lab = await widget(page, 'ensemble');
  await expect(lab.locator('.ensemble-lab')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab.locator('.ensemble-table tbody tr').first()).toBeVisible({ timeout: 60_000 });

  await page.goto(`${server.url}/en/regularization/?augmentExperiment.steps=50`);
  const dropout = await widget(page, 'dropout');
  await dropout.getByRole('button', { name: 'Step' }).click();
  await expect(dropout.locator('.dropout-visualiser')).toHaveAttribute('data-pass', '2');
  const gallery = (await widget(page, 'augment')).locator('.augment-gallery');
  await expect(gallery).toHaveAttribute('data-drawn', '16', { timeout: 60_000 });
  const drawn = await gallery.getAttribute('data-signature');
  await page.locator('figure.widget[data-widget-id="augment"]').getByRole('button', { name: 'New draw' }).click();
  await expect.poll(() => gallery.getAttribute('data-signature'), { timeout: 30_000 }).not.toBe(drawn);
  for (const [id, run] of [['dropoutExperiment', '.dropout-experiment'], ['augmentExperiment', '.augment-experiment']]) {
    const figure = await widget(page, id);
    await expect(figure.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 60_000 });
    await figure.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await figure.locator(run).getAttribute('data-evaluations')), { timeout: 90_000 }).toBeGreaterThanOrEqual(1);
    await figure.getByRole('button', { name: 'Pause' }).click();
  }

  await page.goto(`${server.url}/en/transfer-learning/?transferLab.heldOut=100&featureProjection.count=200`);
  const pad = await widget(page, 'drawingPad');
  await expect(pad.getByRole('button', { name: 'Train the new head' })).toBeVisible({ timeout: 60_000 });
  await drawCircle(page, pad.getByRole('img', { name: /Drawing pad/ }));
  await pad.getByRole('button', { name: 'Add as “circle”' }).click();
  await expect(pad.locator('.drawing-pad')).toHaveAttribute('data-examples', '1');
  const table = await widget(page, 'strategyTable');
  await table.locator('[data-cell="much-different"]').click();
  await expect(table.locator('[data-cell="much-different"]')).toHaveAttribute('aria-pressed', 'true');
  const transfer = await widget(page, 'transferLab');
  await expect(transfer.getByRole('button', { name: /Train all three/ })).toBeEnabled({ timeout: 60_000 });
  await transfer.getByRole('button', { name: /Train all three/ }).click();
  await expect(transfer.locator('tr[data-strategy]').first()).toBeVisible({ timeout: 60_000 });
  await transfer.getByRole('button', { name: 'Stop' }).click();
  const projection = await widget(page, 'featureProjection');
  await expect(projection.locator('[data-nc="pretrained"]')).toHaveText(/\d+\.\d %/, { timeout: 90_000 });

  expect(problems).toEqual([]);
});

test('a new build waits for the reader: the old copy serves until Reload, then the new one, and the old cache is deleted', async ({ page, context }) => {
  test.setTimeout(120_000);
  const server = await serveDist();
  await visitUntilOffline(page, `${server.url}/en/`);
  const html = page.locator('html');
  const oldVersion = (await html.getAttribute('data-offline-version'))!;

  // The next build changes one page: its hash and the version in sw.js change with it.
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
  const page1 = readFileSync(join(distDir, 'en/index.html'), 'utf8').replace('</main>', '<p id="next-build">next build</p></main>');
  const newVersion = hash(`next ${oldVersion}`);
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8')
    .replaceAll(oldVersion, newVersion)
    .replace(/("\/en\/":\s*")[0-9a-f]+"/, `$1${hash(page1)}"`);
  expect(worker).toContain(hash(page1));
  server.overrides.set('/sw.js', worker);
  server.overrides.set('/en/', page1);

  // The browser finds the new worker; until the reader accepts, every page is the old build's.
  await page.reload();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText('A new version of the course is ready');
  await expect(page.locator('#next-build')).toHaveCount(0);
  const other = await context.newPage();
  await other.goto(`${server.url}/en/`);
  await expect(other.locator('#next-build')).toHaveCount(0);
  await expect(other.locator('[data-update-notice]')).toBeVisible();
  await other.close();

  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('#next-build')).toBeVisible({ timeout: 30_000 });
  await expect(html).toHaveAttribute('data-offline-version', newVersion);
  await expect(page.locator('[data-update-notice]')).toBeHidden();
  expect(await page.evaluate(() => caches.keys())).toEqual([`lecture7-${newVersion}`]);
  await page.waitForTimeout(500);
  expect(navigations).toBe(1);
  await server.close();
});
