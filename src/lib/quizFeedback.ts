/**
 * What the quiz says after each try, as pure rules: a wrong try never shows the answer or the
 * explanation (which gives the answer away); the reader may try again, and the answer is shown
 * only when they ask for it (a choice question offers that after one wrong try, a number
 * question after NUMBER_TRIES_BEFORE_REVEAL). quiz.ts applies these to the page.
 */

/** Wrong tries at a number question before the "Show answer" button is offered. */
export const NUMBER_TRIES_BEFORE_REVEAL = 2;

/** The interface strings (keys of i18n's `ui`) the quiz needs, handed from Quiz.astro to the page as one data attribute. */
export const quizWordKeys = [
  'quizCheck', 'quizCorrect', 'quizWrong', 'quizWrongOffer', 'quizChoose', 'quizNumber',
  'quizNotNumber', 'quizShowAnswer', 'quizAnswer', 'quizAnswerMarked',
] as const;
export type QuizWords = Record<(typeof quizWordKeys)[number], string>;

export type QuizKind = 'choice' | 'number';
/** What a try came to: right, wrong, or not an answer at all (no choice, not a number). */
export type TryOutcome = 'correct' | 'wrong' | 'invalid';
/** The quiz strings a feedback line is drawn from (keys of i18n's `ui`). */
export type QuizMessageKey = 'quizCorrect' | 'quizWrong' | 'quizWrongOffer' | 'quizChoose' | 'quizNotNumber';

export interface QuizFeedback {
  message: QuizMessageKey;
  /** Whether the "Show answer" button is offered now. */
  offerReveal: boolean;
  /** Whether the explanation is shown (only once the reader has the answer). */
  showExplanation: boolean;
}

/** The feedback after a try with `outcome`, the reader's `wrongTries` so far counting this one. */
export function feedbackFor(kind: QuizKind, outcome: TryOutcome, wrongTries: number): QuizFeedback {
  if (outcome === 'correct') return { message: 'quizCorrect', offerReveal: false, showExplanation: true };
  const offerReveal = wrongTries >= (kind === 'choice' ? 1 : NUMBER_TRIES_BEFORE_REVEAL);
  if (outcome === 'invalid') {
    return { message: kind === 'choice' ? 'quizChoose' : 'quizNotNumber', offerReveal, showExplanation: false };
  }
  return { message: offerReveal ? 'quizWrongOffer' : 'quizWrong', offerReveal, showExplanation: false };
}

/** Fills "{answer}" in the "The answer is …" sentence. */
export function answerSentence(template: string, answer: string): string {
  return template.replaceAll('{answer}', answer);
}
