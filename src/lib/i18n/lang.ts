/** The two languages of the course. Pure. */
export const languages = ['en', 'ko'] as const;
export type Lang = (typeof languages)[number];

/** True when `value` names one of the course's languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ko' : 'en';
}
