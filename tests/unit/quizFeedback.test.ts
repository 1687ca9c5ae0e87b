import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, ui } from '../../src/lib/i18n';
import { NUMBER_TRIES_BEFORE_REVEAL, answerSentence, feedbackFor, quizWordKeys } from '../../src/lib/quizFeedback';

/** Every <NumberQuestion answer={…}> in every chapter of both languages. */
function numberAnswers(): number[] {
  const answers: number[] = [];
  for (const lang of languages) {
    const dir = join('content', lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/<NumberQuestion[^>]*\banswer=\{([^}]+)\}/g)) {
        answers.push(Number(m[1]));
      }
    }
  }
  return answers;
}

describe('quiz feedback', () => {
  it('finds the chapters\' number questions', () => {
    expect(numberAnswers().length).toBeGreaterThan(3);
    expect(numberAnswers().every(Number.isFinite)).toBe(true);
  });

  it('no hint or notice of the quiz, in either language, contains any question\'s answer', () => {
    for (const lang of languages) {
      for (const key of quizWordKeys) {
        const text = ui[lang][key];
        for (const answer of numberAnswers()) {
          for (const written of [String(answer), String(answer).replace('.', ',')]) {
            expect(text.includes(written), `${lang}.${key} "${text}" contains the answer ${written}`).toBe(false);
          }
        }
        // Stronger: a hint with no digits at all cannot give away an answer added later.
        expect(text, `${lang}.${key}`).not.toMatch(/\d/);
      }
    }
  });

  it('a wrong try never shows the explanation and lets the reader try again', () => {
    for (const kind of ['choice', 'number'] as const) {
      for (let tries = 1; tries <= 4; tries++) {
        expect(feedbackFor(kind, 'wrong', tries).showExplanation).toBe(false);
        expect(feedbackFor(kind, 'invalid', tries).showExplanation).toBe(false);
      }
      expect(feedbackFor(kind, 'correct', 1).showExplanation).toBe(true);
    }
  });

  it('offers the answer only after enough wrong tries: one for a choice, two for a number', () => {
    expect(NUMBER_TRIES_BEFORE_REVEAL).toBe(2);
    expect(feedbackFor('choice', 'invalid', 0)).toMatchObject({ message: 'quizChoose', offerReveal: false });
    expect(feedbackFor('choice', 'wrong', 1)).toMatchObject({ message: 'quizWrongOffer', offerReveal: true });
    expect(feedbackFor('number', 'invalid', 0)).toMatchObject({ message: 'quizNotNumber', offerReveal: false });
    expect(feedbackFor('number', 'wrong', 1)).toMatchObject({ message: 'quizWrong', offerReveal: false });
    expect(feedbackFor('number', 'wrong', 2)).toMatchObject({ message: 'quizWrongOffer', offerReveal: true });
    expect(feedbackFor('number', 'invalid', 2).offerReveal).toBe(true);
  });

  it('says the answer in a whole sentence in each language', () => {
    expect(answerSentence(ui.en.quizAnswer, '3.16')).toBe('The answer is 3.16.');
    expect(answerSentence(ui.ko.quizAnswer, '3.16')).toBe('정답은 3.16입니다.');
  });
});
