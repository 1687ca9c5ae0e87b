/**
 * Lecture cells on the built optimization chapter, in both languages, one page load each: edit
 * the momentum cell into a new rule, name it and race it; it joins the 2-D optimizer race and the
 * network race as one more racer; the link it writes, opened fresh, brings back the rule, its
 * name and its racer. A mistake is reported at line:column in the reader's language.
 */
import type { Page } from '@playwright/test';
import { expect, freshPage, test } from './fixtures';
import { inViewUntilReady } from './drivers';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(180_000);

/** Few racers and digits, so a CPU backend steps quickly. */
const light = '?network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.runRmsprop=false&network.runAdam=false&network.trainCount=500'
  + '&race.runMomentum=false&race.runNesterov=false&race.runAdagrad=false&race.runRmsprop=false';
const NEW_RULE = 'v = 0.5 * v - learning_rate * dx\nx += v';

const words = {
  en: { race: 'Race this rule', stop: 'Take out of the races', name: 'Racer name', step: 'Step', run: 'Run', error: 'line 1:9: expected' },
  ko: { race: '이 규칙으로 경주하기', stop: '경주에서 빼기', name: '경주자 이름', step: '한 스텝', run: '실행', error: '1번째 줄 9번째 자리' },
};

/** Replaces the text of cell `name`'s editor with `code`. */
async function typeInto(page: Page, name: string, code: string) {
  const editor = page.locator(`[data-cell="${name}"] .cm-content`);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: a momentum cell edited, raced on the surface and the network, and restored from its link`, async ({ page, browser }) => {
    const w = words[lang];
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`/${lang}/optimization/${light}`);
    const cell = page.locator('[data-cell="momentum"]');
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.locator('.cm-content')).toBeVisible({ timeout: 30_000 });

    // A mistake first: named at its line and column, in the reader's language, and nothing races.
    await typeInto(page, 'momentum', 'x -= dx v');
    await cell.getByRole('button', { name: w.run, exact: true }).click();
    await expect(cell.getByRole('alert')).toContainText(w.error);

    await typeInto(page, 'momentum', NEW_RULE);
    await cell.getByRole('textbox', { name: w.name }).fill('Forgetful');
    await cell.getByRole('button', { name: w.race }).click();
    await expect(cell.getByRole('button', { name: w.stop })).toHaveAttribute('aria-pressed', 'true');

    const race = page.locator('figure.widget[data-widget-id="race"]');
    await inViewUntilReady(race.locator('.race'));
    const racer = race.locator('[data-racer="cell:momentum"]');
    await expect(racer).toContainText('Forgetful');
    await race.getByRole('button', { name: w.step, exact: true }).click();
    await expect(racer.locator('.race-status')).toHaveText(/\d/, { timeout: 30_000 });

    const network = page.locator('figure.widget[data-widget-id="network"]');
    await inViewUntilReady(network.locator('.network-race'), 120_000);
    await network.getByRole('button', { name: w.step, exact: true }).click();
    const row = network.locator('tr[data-optimizer="cell:momentum"]');
    await expect(row).toContainText('Forgetful', { timeout: 60_000 });
    await expect(network.locator('.network-standings tbody tr')).toHaveCount(2);

    // The link: written by the cell (compressed), opened fresh in a new page.
    await expect.poll(() => new URL(page.url()).searchParams.get('cell.momentum'), { timeout: 10_000 }).toMatch(/^[A-Za-z0-9_-]+$/);
    const link = page.url();
    const fresh = await freshPage(browser, { reducedMotion: 'reduce' });
    await fresh.goto(link);
    const again = fresh.locator('[data-cell="momentum"]');
    await again.scrollIntoViewIfNeeded();
    await expect(again.locator('.cm-content')).toContainText('v = 0.5 * v - learning_rate * dx', { timeout: 30_000 });
    await expect(again.getByRole('textbox', { name: w.name })).toHaveValue('Forgetful');
    await expect(again.getByRole('button', { name: w.stop })).toHaveAttribute('aria-pressed', 'true');
    const raceAgain = fresh.locator('figure.widget[data-widget-id="race"]');
    await raceAgain.scrollIntoViewIfNeeded();
    await expect(raceAgain.locator('[data-racer="cell:momentum"]')).toContainText('Forgetful', { timeout: 90_000 });
    await fresh.close();
    expect(problems).toEqual([]);
  });
}
