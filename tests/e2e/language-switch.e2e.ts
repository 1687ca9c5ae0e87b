/**
 * The language switch keeps the reader's widget settings (the query string) and their place
 * (the twin heading's anchor, or a widget's anchor as it is) in the other language.
 */
import { expect, test } from './fixtures';
import { widget } from './drivers';

test('switching language keeps the query string and the anchor', async ({ page }) => {
  await page.goto('/en/optimization/?race.lrSgd=0.3&schedule.total=500#widget-race');
  const race = await widget(page, 'race');
  await expect(race.getByRole('textbox', { name: 'SGD learning rate', exact: true })).toHaveValue('0.3');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/ko\/optimization\/\?race\.lrSgd=0\.3&schedule\.total=500#/);
  const raceKo = await widget(page, 'race');
  await expect(raceKo.getByRole('textbox', { name: 'SGD 학습률', exact: true })).toHaveValue('0.3');
  const schedule = await widget(page, 'schedule');
  await expect(schedule.getByRole('textbox', { name: '전체 스텝 수', exact: true })).toHaveValue('500');

  // And back, from a scrolled place: the twin heading's anchor, with the settings.
  await page.goto('/ko/optimization/?race.lrSgd=0.3');
  await page.locator('.chapter-body h2[id]').nth(1).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY + 10));
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/en\/optimization\/\?race\.lrSgd=0\.3#.+/);
});

test('a widget setting changed on the page travels with the switch', async ({ page }) => {
  await page.goto('/en/optimization/');
  const schedule = await widget(page, 'schedule');
  await schedule.getByRole('textbox', { name: 'Total steps', exact: true }).fill('500');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('schedule.total=500');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/ko\/optimization\/\?schedule\.total=500/);
});
