/** Chapter list helpers shared by the header, home page, chapter pages and teachers' guide. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

export async function getChapters(): Promise<Chapter[]> {
  return (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
}

/** Words of prose in an MDX body, ignoring frontmatter, tags and attributes. */
export function wordCount(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>[\]()]/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Reading time at 220 words a minute, at least one minute. */
export const readingMinutes = (body: string) => Math.max(1, Math.round(wordCount(body) / 220));
