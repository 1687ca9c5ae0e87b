/**
 * The course's words: one dictionary per locale (`en/`, `ko/`), one namespace per feature.
 * `dict(lang).race.title` reads a word; `inBoth('race')` gives a namespace in both languages
 * (`{ en, ko }`, for tables indexed by language); `pair((d) => d.params.race.lr)` gives one word
 * in both languages (a parameter's `Label`). Pure data.
 */
import { en, type Messages } from './en';
import { ko } from './ko';
import type { Lang } from './lang';

export { isLang, languages, otherLang, type Lang } from './lang';
export type { Messages } from './en';
/** The two dictionaries themselves, for a sentence built from a part already in each language. */
export { en, ko };

const dictionaries: Record<Lang, Messages> = { en, ko };

/** The whole dictionary of `lang`. */
export function dict(lang: Lang): Messages {
  return dictionaries[lang];
}

/** Namespace `ns` of both dictionaries, indexed by language. */
export function inBoth<N extends keyof Messages>(ns: N): Record<Lang, Messages[N]> {
  return { en: en[ns], ko: ko[ns] };
}

/** One word in both languages, picked from each dictionary by `pick`. */
export function pair(pick: (d: Messages) => string): { en: string; ko: string } {
  return { en: pick(en), ko: pick(ko) };
}

/** The site's pages' words (`site` namespace), as the layouts have always read them. */
export const ui = inBoth('site');

type Site = Messages['site'];
/** The keys of the site's plain words (not its sentence-building functions). */
type SiteWord = { [K in keyof Site]: Site[K] extends string ? K : never }[keyof Site];

/** The site interface string `key` in `lang`. */
export function t(lang: Lang, key: SiteWord): string {
  return dictionaries[lang].site[key];
}
