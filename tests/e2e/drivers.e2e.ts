/**
 * The e2e drivers themselves, where a wrong driver makes other tests flaky. `widget()` must hydrate
 * a widget that content above pushed back off screen right after the driver scrolled to it: seen
 * under load in url-hostile.e2e.ts (1 run in ~12), where the optimizer race, hydrated earlier,
 * grew by ~1,400 px once its tfjs arrived, between the scroll to the schedule explorer and the
 * next drawn frame; client:visible's IntersectionObserver never saw the explorer on screen, and
 * nothing scrolled it back.
 */
import { expect, test } from './fixtures';
import { widget } from './drivers';

test('widget(): hydrates a widget pushed off screen by growth above it just after the scroll', async ({ page }) => {
  // The first scroll event that finds the explorer on screen inserts 3,000 px above it, in the
  // same frame, before the frame's intersection step: as the race growing late does under load.
  await page.addInitScript(() => {
    const grow = () => {
      const figure = document.querySelector('figure.widget[data-widget-id="schedule"]');
      const top = figure?.getBoundingClientRect().top ?? Infinity;
      if (!figure || top > innerHeight || top + figure.getBoundingClientRect().height < 0) return;
      removeEventListener('scroll', grow);
      const spacer = document.createElement('div');
      spacer.id = 'late-growth';
      spacer.style.height = '3000px';
      figure.before(spacer);
    };
    addEventListener('scroll', grow, { passive: true });
  });
  await page.goto('/en/optimization/');
  const figure = await widget(page, 'schedule', 20_000);
  // The growth did happen (this test would prove nothing otherwise), and the explorer is live.
  await expect(page.locator('#late-growth')).toHaveCount(1);
  await expect(figure.locator('.schedule-chart svg')).toBeVisible();
});
