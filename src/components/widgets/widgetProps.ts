/**
 * Build-time props of a widget's Astro wrapper: the page language and the chapter's starting
 * values, checked against the widget's parameter table. A wrong prop name or value throws, and
 * `astro build` fails with the chapter file, the prop and what is allowed.
 */
import { isLang, type Lang } from '../../lib/i18n';
import { checkProps, type ParamTable, type ParamValues } from '../../lib/params';

/** Props of a widget wrapper that are not parameters. */
export const NON_PARAM_PROPS = ['id', 'lang', 'height'] as const;

/** The chapter a page URL comes from: /ko/optimization/ → { lang: 'ko', file: 'content/ko/optimization.mdx' }. */
export function chapterSource(pathname: string): { lang: Lang; file: string } {
  const [first, slug] = pathname.split('/').filter(Boolean);
  const lang: Lang = isLang(first) ? first : 'en';
  const file = isLang(first) && slug ? `content/${lang}/${slug}.mdx` : `the page ${pathname}`;
  return { lang, file };
}

/** The page language and checked starting values of widget `widgetName` placed with `props`. */
export function resolveWidgetProps(
  astro: { url: URL },
  table: ParamTable,
  props: Record<string, unknown>,
  widgetName: string,
): { lang: Lang; initial: ParamValues } {
  const { lang, file } = chapterSource(astro.url.pathname);
  const given = Object.fromEntries(Object.entries(props).filter(([name]) => name !== 'children'));
  const initial = checkProps(table, given, { file, widget: widgetName }, NON_PARAM_PROPS);
  return { lang, initial };
}
