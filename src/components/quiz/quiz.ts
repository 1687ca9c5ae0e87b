/**
 * Brings the quiz markup to life: names each radio group, checks answers, and shows the answer
 * and its explanation only when the reader gets it right or asks for it (rules in
 * lib/quizFeedback.ts). The questions are plain HTML rendered at build time (with their math),
 * so this stays tiny.
 */
import { parseNumberAnswer } from '~/lib/quizAnswer';
import { answerSentence, feedbackFor, type QuizKind, type QuizWords, type TryOutcome } from '~/lib/quizFeedback';

let groups = 0;

/** Wires every quiz on the page once. */
export function bindQuizzes(): void {
  for (const quiz of document.querySelectorAll<HTMLElement>('[data-quiz]:not([data-bound])')) {
    quiz.dataset.bound = 'true';
    const words = JSON.parse(quiz.dataset.words ?? '{}') as QuizWords;
    for (const question of quiz.querySelectorAll<HTMLElement>('.quiz-question')) bindQuestion(question, words);
  }
}

/** Wires one question: its Check button (and Enter in a number box) and its Show answer button. */
function bindQuestion(question: HTMLElement, words: QuizWords): void {
  const kind: QuizKind = question.dataset.kind === 'number' ? 'number' : 'choice';
  const check = question.querySelector<HTMLButtonElement>('.quiz-check')!;
  const reveal = question.querySelector<HTMLButtonElement>('.quiz-reveal')!;
  const feedback = question.querySelector<HTMLElement>('.quiz-feedback')!;
  const explain = question.querySelector<HTMLElement>('.quiz-explain');
  check.textContent = words.quizCheck;
  check.disabled = false;
  reveal.textContent = words.quizShowAnswer;
  let wrongTries = 0;

  const showExplanation = () => {
    if (explain) explain.hidden = false;
  };
  const report = (outcome: TryOutcome) => {
    if (outcome === 'wrong') wrongTries++;
    const said = feedbackFor(kind, outcome, wrongTries);
    feedback.textContent = words[said.message];
    question.dataset.result = outcome;
    if (said.offerReveal) reveal.hidden = false;
    if (said.showExplanation) showExplanation();
  };

  if (kind === 'number') {
    const input = question.querySelector<HTMLInputElement>('input')!;
    const label = question.querySelector<HTMLElement>('.quiz-number-label');
    if (label) label.textContent = words.quizNumber;
    const answer = Number(question.dataset.answer);
    const tolerance = Number(question.dataset.tolerance);
    const grade = () => {
      const value = parseNumberAnswer(input.value);
      report(value === null ? 'invalid' : Math.abs(value - answer) <= tolerance + 1e-12 ? 'correct' : 'wrong');
    };
    check.addEventListener('click', grade);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') grade();
    });
    reveal.addEventListener('click', () => {
      feedback.textContent = answerSentence(words.quizAnswer, question.dataset.answer ?? '');
      question.dataset.result = 'revealed';
      showExplanation();
    });
    return;
  }

  const name = `quiz-${++groups}`;
  const choices = [...question.querySelectorAll<HTMLElement>('.quiz-choice')];
  for (const choice of choices) choice.querySelector('input')!.name = name;
  check.addEventListener('click', () => {
    const picked = choices.find((c) => c.querySelector('input')!.checked);
    if (!picked) return report('invalid');
    const right = picked.dataset.correct === 'true';
    // Only the reader's own pick is marked; the right one is marked when they find or ask for it.
    picked.dataset.state = right ? 'right' : 'wrong';
    report(right ? 'correct' : 'wrong');
  });
  reveal.addEventListener('click', () => {
    for (const c of choices) if (c.dataset.correct === 'true') c.dataset.state = 'right';
    feedback.textContent = words.quizAnswerMarked;
    question.dataset.result = 'revealed';
    showExplanation();
  });
}
