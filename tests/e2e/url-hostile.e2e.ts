/**
 * A URL is untrusted input. Every chapter with widgets is opened with hostile query strings
 * (malformed percent escapes, a lone surrogate, thousands of keys, a huge value, bad values for
 * every widget): TensorFlow.js still starts, every widget hydrates with no control left disabled,
 * the page throws nothing and breaks no Content-Security-Policy rule (this is where every widget
 * of both languages is hydrated under the policy; see csp.e2e.ts), and each widget names what it
 * ignored in a notice of bounded length.
 */
import { expect, test } from './fixtures';
import { builtPages } from './pages';
import { recordPolicyViolations, widget } from './drivers';
import type { Page } from '@playwright/test';

const chapters = builtPages().filter((path) => /^\/(en|ko)\/[^/]+\/$/.test(path) && !path.endsWith('/search/'));

/**
 * The query no link should be able to break a page with, in two parts. The `http` part is
 * requested from the server (malformed escapes, a lone surrogate, tfjs debugging flags); the whole
 * query adds 10,000 keys and a 1 MB value, too long for any server (Node refuses headers over
 * 16 kB), so the page is put at it with history.replaceState before its first script runs, as a
 * client-side router or a shared link opened from a long history entry would.
 *
 * The hostile parts share one page: every parser on the page reads each pair on its own
 * (URLSearchParams never throws; tfjs's decodeParam, patched in src/integrations/tfjsUrlFlags.ts,
 * skips a pair it cannot read), so one bad pair cannot hide another, and any one of them breaking
 * the page fails this test. Each widget key is hostile once (the first of a repeated key wins).
 * Which pair does what is pinned down pair by pair in tests/unit/tfjsUrlFlags.test.ts and
 * tests/unit/urlState-properties.test.ts.
 */
const HTTP_QUERY = [
  // Malformed percent escapes, in keys and values, some on widget keys.
  'foo=%ZZ&%E0%A4%A=1&bar=%&%=%%&race.lrSgd=%ZZ&schedule.total=%',
  // A lone surrogate's bytes and a cut 4-byte sequence.
  'x=a%ED%A0%80&network.steps=%F0%9F&%ED%B0%80=1',
  // tfjs applies ?tfjsflags= while it starts: DEBUG:true asked for IS_TEST before it existed,
  // and a flag with no value threw in toLowerCase(); either stopped every tfjs widget on the
  // page. The one line that drops tfjsflags (src/integrations/tfjsUrlFlags.ts) guards both.
  'tfjsflags=DEBUG:true,x',
].join('&');

/** HTTP_QUERY, then 10,000 keys spread over the widgets, a 1 MB learning rate and a thousand bad escapes. */
function pageQuery(): string {
  const keys = Array.from({ length: 10_000 }, (_, i) => `${['race', 'network', 'schedule', 'ensemble', 'dropout', 'augment', 'transferLab'][i % 7]}.k${i}=${i}`);
  return `${HTTP_QUERY}&${keys.join('&')}&race.lrAdam=${'9'.repeat(1_000_000)}&big=${'%ZZ'.repeat(1000)}`;
}

/**
 * Controls that are disabled for no reason. Expected: Step while its widget plays, Stop with
 * nothing running, and the drawing pad's train and forget buttons before anything is drawn.
 */
async function disabledControls(page: Page, id: string): Promise<string[]> {
  return page.locator(`figure.widget[data-widget-id="${id}"]`).evaluate((figure) =>
    [...figure.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')]
      .filter((el) => el.disabled)
      .filter((el) => {
        const toggle = el.parentElement?.querySelector('.widget-play-toggle');
        const playing = toggle && /Pause|일시 정지/.test(toggle.textContent ?? '');
        const text = el.textContent?.trim() ?? '';
        return !(playing && /Step|한 스텝/.test(text)) && !/^(Stop|멈춤|Train the new head|새 마지막 층 학습|Forget all drawings|그림 모두 잊기)$/.test(text);
      })
      .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40)),
  );
}

/** Widget ids on `page`, in page order. */
async function widgetIds(page: Page): Promise<string[]> {
  return page.locator('figure.widget[data-widget-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.widgetId!));
}

for (const chapter of chapters) {
  test(`${chapter} with malformed escapes, a lone surrogate, tfjs debugging flags, 10,000 keys and a 1 MB value: every widget works`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message.slice(0, 300)));
    const violations = await recordPolicyViolations(page);
    await page.addInitScript((search) => history.replaceState(null, '', `${location.pathname}?${search}`), pageQuery());
    await page.goto(`${chapter}?${HTTP_QUERY}`);
    const ids = await widgetIds(page);
    for (const id of ids) {
      const figure = await widget(page, id);
      await expect(figure).not.toContainText(/could not start|could not run|URI malformed|시작하지 못|실행하지 못/);
    }
    if (await page.locator('figure.widget .widget-backend').count()) {
      // tfjs started on the page or in the engine worker (the ensembles page trains only in the worker).
      await expect(page.locator('html[data-tf-backend], html[data-engine-backend]')).toHaveCount(1, { timeout: 60_000 });
    }
    for (const id of ids) await expect.poll(() => disabledControls(page, id), { message: `${id}: disabled controls`, timeout: 60_000 }).toEqual([]);
    expect(errors).toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
  });
}
