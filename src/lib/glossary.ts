/**
 * The glossary in an edition. English: content/glossary/terms.json as validated with the data.
 * Urdu: content/glossary/terms.ur.json gives the term, aliases and definition per English id; the
 * sources (and the English term, shown beside the Urdu one) come from the English entry. Every
 * English term needs its Urdu entry: a missing one stops the build.
 */
import { getCollection } from 'astro:content';
import { getData } from '../data/index.ts';
import type { GlossaryTerm } from '../data/schemas.ts';
import type { Lang } from '../i18n/lang.ts';

export interface Term extends GlossaryTerm {
  /** The English term (the same as `term` in the English edition). */
  english: string;
}

export async function getGlossary(lang: Lang = 'en'): Promise<Term[]> {
  const en = (await getData()).glossary;
  if (lang === 'en') return en.map((g) => ({ ...g, english: g.term }));
  const ur = new Map((await getCollection('glossaryUr')).map((e) => [e.id, e.data]));
  const missing = en.filter((g) => !ur.has(g.id)).map((g) => g.id);
  if (missing.length) throw new Error(`content/glossary/terms.ur.json: no Urdu entry for ${missing.join(', ')}`);
  return en
    .map((g) => {
      const u = ur.get(g.id)!;
      return { ...g, term: u.term, aliases: u.aliases, definition: u.definition, english: g.term };
    })
    .sort((a, b) => a.term.localeCompare(b.term, 'ur'));
}
