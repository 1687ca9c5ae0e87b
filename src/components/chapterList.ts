/** Reads the chapter collection once, sorted, for pages that list or link chapters. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitChapterId } from '../lib/chapters';
import type { Lang } from '../lib/i18n';

export type Chapter = CollectionEntry<'chapters'>;

/** Chapters of one language in reading order. */
export async function chaptersIn(lang: Lang): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.filter((c) => splitChapterId(c.id).lang === lang).sort((a, b) => a.data.order - b.data.order);
}
