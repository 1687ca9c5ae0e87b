/** Interface words of the OptimizerRace island in both languages (chart words live in charts/raceText.ts). Pure data. */
import type { SurfaceProblem } from '../formulaSingularity';
import { inBoth, type Lang } from '../i18n';

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('race');

/** The race island's words in `lang`. */
export function raceWords(lang: Lang) {
  return words[lang];
}
