/** Chapter list helpers shared by the header, home page, chapter pages and teachers' guide. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/lang.ts';

export type Chapter = CollectionEntry<'chapters'> | CollectionEntry<'chaptersUr'>;
export type Page = CollectionEntry<'pages'> | CollectionEntry<'pagesUr'>;

const byOrder = <T extends Chapter>(list: T[]) => list.sort((a, b) => a.data.order - b.data.order);

/**
 * The chapters of an edition, in order. The Urdu list must pair one to one with the English one
 * (same slugs and orders): a chapter without its translation stops the build, so no Urdu page
 * links to a chapter that does not exist.
 */
export async function getChapters(lang: Lang = 'en'): Promise<Chapter[]> {
  const en = byOrder(await getCollection('chapters'));
  if (lang === 'en') return en;
  const ur = byOrder(await getCollection('chaptersUr'));
  const key = (c: Chapter) => `${c.data.order}:${c.data.slug}`;
  const missing = en.filter((c) => !ur.some((u) => key(u) === key(c)));
  const extra = ur.filter((u) => !en.some((c) => key(u) === key(c)));
  if (missing.length || extra.length) {
    throw new Error(
      `content/chapters/ur/: the Urdu chapters must pair with the English ones (same slug and order). Missing: ${missing.map((c) => c.data.slug).join(', ') || 'none'}; unmatched: ${extra.map((c) => c.id).join(', ') || 'none'}`,
    );
  }
  return ur;
}

/** A page of content/pages (methods, teaching-sensitive-content) in an edition. */
export async function getPage(id: 'methods' | 'teaching-sensitive-content', lang: Lang = 'en'): Promise<Page> {
  const entry = lang === 'en' ? await getEntry('pages', id) : await getEntry('pagesUr', id);
  if (!entry) throw new Error(`content/pages/${lang === 'en' ? '' : `${lang}/`}${id}.mdx is missing`);
  return entry;
}

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * A translation's headings with the English heading ids, matched by position, so that
 * /chapters/x/#section and /ur/chapters/x/#section name the same section (the language switch
 * keeps the #hash). Stops the build if the translation's headings differ in number or level.
 * Returns the headings (English slugs, translated text) and the map from the translation's own
 * github-slugger ids to the English ones, which LinkedHeadings applies to the rendered HTML.
 */
export async function englishAnchors(
  entry: Chapter | Page,
  english: Chapter | Page,
  headings: Heading[],
): Promise<{ headings: Heading[]; ids: Map<string, string> }> {
  const { headings: enHeadings } = await render(english);
  const levels = (hs: Heading[]) => hs.map((h) => h.depth).join(',');
  if (levels(headings) !== levels(enHeadings)) {
    throw new Error(
      `${entry.filePath ?? entry.id}: its headings must match ${english.filePath ?? english.id} in number, level and order (the anchors are mapped by position). Levels: ${levels(headings)} vs ${levels(enHeadings)}`,
    );
  }
  const ids = new Map(headings.map((h, i) => [h.slug, enHeadings[i]!.slug]));
  return { headings: headings.map((h, i) => ({ ...h, slug: enHeadings[i]!.slug })), ids };
}

/** The English twin of an Urdu chapter (same slug). */
export async function englishChapter(entry: Chapter): Promise<Chapter> {
  const en = (await getChapters('en')).find((c) => c.data.slug === entry.data.slug);
  if (!en) throw new Error(`${entry.filePath ?? entry.id}: no English chapter with slug ${entry.data.slug}`);
  return en;
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

/**
 * A chapter's reading time in either edition: a translation gives its English twin's time (the
 * same story; wordCount counts English words).
 */
export async function chapterMinutes(c: Chapter): Promise<number> {
  if (c.collection === 'chapters') return readingMinutes(c.body ?? '');
  return readingMinutes((await englishChapter(c)).body ?? '');
}
