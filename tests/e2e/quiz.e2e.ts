/**
 * The chapter quizzes never give an answer away: a hint or a wrong try shows neither the answer
 * nor the explanation (which contains it); the reader may try again, and the answer comes only
 * when they ask for it ("Show answer", after two wrong numbers or one wrong choice), by keyboard too.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const chapters = ['optimization', 'ensembles', 'regularization', 'transfer-learning'];
const words = {
  en: { reveal: 'Show answer', answerIs: (a: string) => `The answer is ${a}.` },
  ko: { reveal: '답 보기', answerIs: (a: string) => `정답은 ${a}입니다.` },
} as const;

/** Every number question's answer on the page, as the quiz would print it. */
async function answersOn(page: Page): Promise<string[]> {
  return page.locator('.quiz-question[data-kind="number"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.answer!));
}

/** Asserts that the feedback names none of `answers` and the explanation is still hidden. */
async function givesNothingAway(question: Locator, answers: string[], where: string) {
  const said = (await question.locator('.quiz-feedback').textContent()) ?? '';
  expect(said.trim(), `${where}: some feedback`).not.toBe('');
  for (const answer of answers) expect(said, `${where}: "${said}" gives away ${answer}`).not.toContain(answer);
  await expect(question.locator('.quiz-explain'), `${where}: explanation hidden`).toBeHidden();
}

for (const lang of ['en', 'ko'] as const) {
  for (const chapter of chapters) {
    test(`/${lang}/${chapter}/ quiz: hints and wrong tries give nothing away; the answer comes on request`, async ({ page }) => {
      await page.goto(`/${lang}/${chapter}/`);
      const answers = [...new Set([...(await answersOn(page)), '3.16'])];

      const numbers = page.locator('.quiz-question[data-kind="number"]');
      for (let i = 0; i < (await numbers.count()); i++) {
        const question = numbers.nth(i);
        const input = question.locator('input');
        const check = question.locator('.quiz-check');
        const reveal = question.getByRole('button', { name: words[lang].reveal });
        await question.scrollIntoViewIfNeeded();
        const answer = (await question.getAttribute('data-answer'))!;
        const tolerance = Number(await question.getAttribute('data-tolerance'));
        const where = `${lang}/${chapter} number question ${i + 1}`;
        for (const notANumber of ['', 'abc', '1/2']) {
          await input.fill(notANumber);
          await check.click();
          await expect(question).toHaveAttribute('data-result', 'invalid');
          await givesNothingAway(question, answers, `${where}, "${notANumber}"`);
          await expect(reveal).toBeHidden();
        }
        const wrong = String(Number(answer) + 10 * tolerance + 1);
        await input.fill(wrong);
        await input.press('Enter');
        await expect(question).toHaveAttribute('data-result', 'wrong');
        await givesNothingAway(question, answers, `${where}, first wrong try`);
        await expect(reveal, 'one wrong try is not yet enough to offer the answer').toBeHidden();
        await check.click();
        await givesNothingAway(question, answers, `${where}, second wrong try`);
        await expect(reveal).toBeVisible();
        // The keyboard reaches the button and opens the answer.
        await reveal.focus();
        await page.keyboard.press('Enter');
        await expect(question.locator('.quiz-feedback')).toHaveText(words[lang].answerIs(answer));
        await expect(question.locator('.quiz-explain')).toBeVisible();
      }

      const choices = page.locator('.quiz-question[data-kind="choice"]');
      for (let i = 0; i < Math.min(2, await choices.count()); i++) {
        const question = choices.nth(i);
        const where = `${lang}/${chapter} choice question ${i + 1}`;
        const reveal = question.getByRole('button', { name: words[lang].reveal });
        await question.scrollIntoViewIfNeeded();
        await question.locator('.quiz-check').click();
        await expect(question).toHaveAttribute('data-result', 'invalid');
        await expect(reveal).toBeHidden();
        await question.locator('.quiz-choice:not([data-correct]) input').first().check();
        await question.locator('.quiz-check').click();
        await expect(question).toHaveAttribute('data-result', 'wrong');
        await givesNothingAway(question, answers, where);
        await expect(question.locator('.quiz-choice[data-state="right"]'), `${where}: the right choice is not marked`).toHaveCount(0);
        await expect(reveal).toBeVisible();
        if (i === 0) {
          // A second try is allowed: the right choice, picked and checked with the keyboard.
          await question.locator('.quiz-choice[data-correct] input').focus();
          await page.keyboard.press('Space');
          await question.locator('.quiz-check').focus();
          await page.keyboard.press('Enter');
          await expect(question).toHaveAttribute('data-result', 'correct');
        } else {
          await reveal.focus();
          await page.keyboard.press('Space');
          await expect(question).toHaveAttribute('data-result', 'revealed');
        }
        await expect(question.locator('.quiz-choice[data-correct]')).toHaveAttribute('data-state', 'right');
        await expect(question.locator('.quiz-explain')).toBeVisible();
      }
    });
  }
}
