/**
 * A Korean page says its problems in Korean: what is wrong with a formula the reader typed comes
 * from the bilingual message table (src/lib/formulaText.ts), with no English words left over.
 * Identifiers the reader typed and the names the formula language itself uses are allowed.
 */
import { expect, test } from './fixtures';
import { widget } from './drivers';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(120_000);

/** Names a Korean message may show: the formula language's own words. */
const FORMULA_WORDS = new Set(['f', 'x', 'y', 'pi', 'e', 'sin', 'cos', 'tan', 'tanh', 'exp', 'log', 'sqrt', 'abs', 'min', 'max']);

/** The English-looking words in `message`, leaving out what the reader typed and the formula's own names. */
function englishWords(message: string, typed: string): string[] {
  const typedNames = new Set(typed.match(/[A-Za-z_]\w*/g) ?? []);
  return (message.match(/[A-Za-z_]+/g) ?? []).filter((word) => !FORMULA_WORDS.has(word) && !typedNames.has(word));
}

test('a bad formula on /ko/optimization/ is explained in Korean, with no English words', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/ko/optimization/');
  const figure = await widget(page, 'race');
  await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const box = figure.getByRole('textbox', { name: '직접 입력한 식 f(x, y)' });
  const cases = [
    'x^2 + * y', // unexpected '*'
    '2x', // missing operator
    'x $ y', // a character the language lacks
    '(x + y', // unclosed '('
    'sin(x', // unclosed sin(
    'foo + 1', // unknown name
    'sin x', // argument without parentheses
    'min(x)', // wrong number of arguments
    'x +', // ends too early
    '(x))', // a stray ')'
    'x+'.repeat(150) + 'x', // too long (the box's maxLength cuts it; the URL path is tested in the unit tests)
    'log(x)', // no finite value on part of the window (found by the compiler, after the parser)
  ];
  const message = figure.locator('.race-formula-error p').first();
  let previous = '';
  for (const typed of cases) {
    await box.fill(typed);
    const shown = await box.inputValue();
    // Each case says something different: wait for this formula's message, not the last one's.
    const now = async () => (await message.allTextContents()).join('');
    await expect.poll(async () => { const text = await now(); return text !== '' && text !== previous; }, { message: typed }).toBe(true);
    const said = await now();
    previous = said;
    expect(englishWords(said, shown), `"${typed}" is explained as "${said}"`).toEqual([]);
    expect(said, typed).toMatch(/[가-힣]/);
  }
  expect(problems).toEqual([]);
});

/** The alert's words without its technical detail (the part a reader is meant to read). */
async function leadText(alert: import('@playwright/test').Locator): Promise<string> {
  return alert.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const detail of copy.querySelectorAll('.problem-detail, button')) detail.remove();
    return copy.textContent ?? '';
  });
}

for (const [chapter, id] of [['optimization', 'network'], ['ensembles', 'ensemble']] as const) {
  test(`a failed download on /ko/${chapter}/ is said in Korean; the technical detail is kept apart`, async ({ page }) => {
    await page.route('**/data/mnist/mnist-10k.u8z', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto(`/ko/${chapter}/`);
    const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
    await figure.scrollIntoViewIfNeeded();
    const alert = figure.getByRole('alert').filter({ has: page.locator('button') }).first();
    await expect(alert).toBeVisible({ timeout: 60_000 });
    const lead = await leadText(alert);
    expect(lead).toMatch(/[가-힣]/);
    expect(lead.replace(/\bMNIST\b/g, '').match(/[A-Za-z]{2,}/g) ?? [], `"${lead}"`).toEqual([]);
    await expect(alert.locator('.problem-detail')).toContainText('404');
    await expect(alert.getByRole('button', { name: '다시 시도' })).toBeVisible();
  });
}
