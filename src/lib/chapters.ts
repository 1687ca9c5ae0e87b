/** Chapter ids are "<lang>/<slug>"; helpers that split and join them. Pure. */
import { isLang, type Lang } from './i18n';

/** Splits a content entry id such as "ko/optimization" into its language and slug. */
export function splitChapterId(id: string): { lang: Lang; slug: string } {
  const [lang, slug, ...rest] = id.split('/');
  if (!isLang(lang) || !slug || rest.length > 0) {
    throw new Error(`Chapter "${id}" must live at content/<en|ko>/<slug>.mdx`);
  }
  return { lang, slug };
}

/** The URL of a chapter (always with a trailing slash, as the site is built). */
export function chapterUrl(lang: Lang, slug: string): string {
  return `/${lang}/${slug}/`;
}

/**
 * Maps each heading of one language's chapter to the same-position heading of its twin, so the
 * language switch keeps the reader's place. Returns null where the two outlines differ in length.
 */
export function twinAnchors(own: readonly { slug: string }[], twin: readonly { slug: string }[]): Record<string, string> | null {
  if (own.length !== twin.length) return null;
  return Object.fromEntries(own.map((h, i) => [h.slug, twin[i].slug]));
}
