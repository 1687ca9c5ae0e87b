/**
 * Brings the quiz markup to life: names each radio group, checks answers, shows the explanation.
 * The questions are plain HTML rendered at build time (with their math), so this stays tiny.
 */
import { parseNumberAnswer } from '~/lib/quizAnswer';

let groups = 0;

/** Wires every quiz on the page once. */
export function bindQuizzes(): void {
  for (const quiz of document.querySelectorAll<HTMLElement>('[data-quiz]:not([data-bound])')) {
    quiz.dataset.bound = 'true';
    const text = quiz.dataset;
    for (const question of quiz.querySelectorAll<HTMLElement>('.quiz-question')) {
      const button = question.querySelector<HTMLButtonElement>('.quiz-check')!;
      const feedback = question.querySelector<HTMLElement>('.quiz-feedback')!;
      const explain = question.querySelector<HTMLElement>('.quiz-explain');
      button.textContent = text.check ?? 'Check';
      button.disabled = false;
      const show = (ok: boolean, extra = '') => {
        feedback.textContent = `${ok ? text.correct : text.wrong}${extra}`;
        question.dataset.result = ok ? 'correct' : 'wrong';
        if (explain) explain.hidden = false;
      };
      if (question.dataset.kind === 'number') {
        const input = question.querySelector<HTMLInputElement>('input')!;
        const label = question.querySelector<HTMLElement>('.quiz-number-label');
        if (label) label.textContent = text.numberLabel ?? 'Answer';
        const answer = Number(question.dataset.answer);
        const tolerance = Number(question.dataset.tolerance);
        const check = () => {
          const value = parseNumberAnswer(input.value);
          if (value === null) {
            feedback.textContent = text.notNumber ?? 'Enter a number.';
            question.dataset.result = 'invalid';
            return;
          }
          const ok = Math.abs(value - answer) <= tolerance + 1e-12;
          show(ok, ok ? '' : ` ${text.answerIs} ${answer}.`);
        };
        button.addEventListener('click', check);
        input.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') check();
        });
      } else {
        const name = `quiz-${++groups}`;
        const choices = [...question.querySelectorAll<HTMLElement>('.quiz-choice')];
        for (const choice of choices) choice.querySelector('input')!.name = name;
        button.addEventListener('click', () => {
          const picked = choices.find((c) => c.querySelector('input')!.checked);
          if (!picked) {
            feedback.textContent = text.choose ?? 'Choose an answer first.';
            question.dataset.result = 'invalid';
            return;
          }
          for (const c of choices) c.dataset.state = c.dataset.correct ? 'right' : c === picked ? 'wrong' : '';
          show(picked.dataset.correct === 'true');
        });
      }
    }
  }
}
