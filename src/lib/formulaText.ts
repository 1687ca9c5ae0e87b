/**
 * What a formula problem says to the reader, in each language. The parser and the surface
 * compiler report structured problems (a code, the column, the token); this table is the one
 * place that turns them into sentences, so a Korean page never shows an English parser message.
 * Pure data and string building.
 */
import type { FormulaProblem } from './formula';
import { inBoth, type Lang } from './i18n';

type Say<C extends FormulaProblem['code']> = (p: Extract<FormulaProblem, { code: C }>, column: number) => string;
export type FormulaMessages = { [C in FormulaProblem['code']]: Say<C> };


export const formulaMessages: Record<Lang, FormulaMessages> = inBoth('formula');

/** The sentence for `problem` at 0-based `index`, in `lang` (columns are spoken 1-based). */
export function formulaMessage(lang: Lang, problem: FormulaProblem, index: number): string {
  const say = formulaMessages[lang][problem.code] as (p: FormulaProblem, column: number) => string;
  return say(problem, index + 1);
}
