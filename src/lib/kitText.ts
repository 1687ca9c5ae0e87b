/** Interface words of the widget kit (frame, controls, play buttons, backend badge), per language. Pure data. */
import { inBoth, type Lang } from './i18n';
import type { ParamSpec } from './params';
import { enterPrompt } from './paramReasons';

export const kitText = inBoth('kit');

export type KitWord = keyof (typeof kitText)['en'];

/** The kit's word `key` in `lang`. */
export function kt(lang: Lang, key: KitWord): string {
  return kitText[lang][key];
}

/** "Enter a number from 1e-4 to 1e9" for a number box holding a value `spec` cannot take. */
export function enterPromptIn(lang: Lang, spec: ParamSpec): string {
  return enterPrompt(spec)[lang];
}
