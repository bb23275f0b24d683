/**
 * Content collections. Datasets are validated by src/data/validate.ts (file, row and field in
 * every error message); chapters and pages are MDX with a frontmatter schema.
 * TT_CONTENT_DIR points the whole build at another content folder (the bad-data fixture tests).
 */
import { defineCollection } from 'astro:content';
import { smartQuotes } from './lib/typography.ts';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';
import { datasets } from './data/datasets.ts';
import { validateAll, type Loaded } from './data/validate.ts';

export const contentDir = resolve(process.env.TT_CONTENT_DIR ?? 'content');

let cache: Loaded | undefined;
const loadAll = () => (cache ??= validateAll(contentDir));

const dataCollections = Object.fromEntries(
  datasets.map((def) => [
    def.name,
    defineCollection({
      loader: async () => {
        const { rows } = loadAll()[def.name]!;
        return rows.map((row) => ({ ...row, id: (def.key as (r: unknown) => string)(row) }));
      },
    }),
  ]),
);

const knownSource = (id: string) => loadAll().sources!.keys.has(id);
const sourceRef = z.string().refine(knownSource, { error: (issue) => `unknown source id ${JSON.stringify(issue.input)} (not in content/data/sources.json)` });
const glossaryRef = z.string().refine((id) => loadAll().glossary!.keys.has(id), { error: (issue) => `unknown glossary id ${JSON.stringify(issue.input)}` });

/** Reader-facing frontmatter text, with typographic quotes (src/lib/typography.ts). */
const prose = z.string().min(1).transform(smartQuotes);

const chapterSchema = z.object({
  title: prose,
  dek: prose,
  order: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  summary: prose,
  updated: z.coerce.date(),
  keyPoints: z.array(prose).min(3).max(5),
  objectives: z.array(prose).min(1),
  questions: z.array(prose).min(3).max(5),
  sources: z.array(sourceRef).min(1),
  teach: z.object({
    activity: prose,
    chart: z.string().min(1),
    minutes: z.number().int().positive(),
    vocabulary: z.array(glossaryRef).default([]),
  }),
});

// English chapters and pages: the files at the top of their folders (unchanged by the Urdu edition).
const chapters = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir}/chapters` }), schema: chapterSchema });

const pageSchema = z.object({ title: prose, description: prose });
const pages = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages` }), schema: pageSchema });

// The Urdu edition (src/i18n/lang.ts): the same files under ur/, with the same schema. Each Urdu
// chapter keeps its English twin's slug, order, sources and teaching fields; src/lib/chapters.ts
// pairs them and stops the build if one is missing (docs/AUTHORING.md, "Translate a chapter").
const chaptersUr = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir}/chapters/ur` }), schema: chapterSchema });
const pagesUr = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages/ur` }), schema: pageSchema });
// The Urdu glossary: term, aliases and definition per English id; sources come from the English entry.
const glossaryUr = defineCollection({
  loader: file(`${contentDir}/glossary/terms.ur.json`),
  schema: z.object({ id: glossaryRef, term: z.string().min(1), aliases: z.array(z.string()).default([]), definition: z.string().min(1) }),
});

export const collections = { ...dataCollections, chapters, pages, chaptersUr, pagesUr, glossaryUr };
