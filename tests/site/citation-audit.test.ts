// Every citation on the built pages has a row in content/data/citation-audit.csv, and every row
// (except claims that were cut) still points at a citation on the page. A citation is identified
// by page + section (the id of the heading it sits under, "intro" before the first heading) +
// source + its position among that page's citations of the same source in that section, so a
// new <Cite> anywhere, or a citation moved to another section, fails until it is audited.
// Checked on dist/ (chapters, Methods, the teachers' page with its teaching note, and the glossary's
// source lists) so that it does not depend on how the MDX is parsed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

const dist = 'dist';
const rows = csvParse(readFileSync('content/data/citation-audit.csv', 'utf8'));
const verdicts = ['supported', 'softened', 'replaced', 'cut'];

export interface PageCitation {
  page: string;
  section: string;
  source: string;
  n: number;
}

const key = (c: PageCitation) => `${c.page} #${c.section} ${c.source} (${c.n})`;

/** Give each citation its position among citations of the same source in the same section. */
function number(page: string, list: { section: string; source: string }[]): PageCitation[] {
  const seen = new Map<string, number>();
  return list.map(({ section, source }) => {
    const n = (seen.get(`${section} ${source}`) ?? 0) + 1;
    seen.set(`${section} ${source}`, n);
    return { page, section, source, n };
  });
}

/**
 * Citations in a page's story, in document order, with the heading each sits under. Headings
 * generated around the story (key points, figure titles, endnotes) are not sections; citations
 * that a <Stat> adds after its number are the data's, not the prose's, and are left out.
 */
export function storyCitations(page: string, html: string): PageCitation[] {
  const start = html.indexOf('class="prose');
  const end = html.indexOf('class="endnotes"');
  const story = html.slice(start, end > start ? end : undefined);
  const found: { section: string; source: string }[] = [];
  let section = 'intro';
  const token = /<h[23]\b([^>]*)>|(<\/data>)?<span class="cite-ref"><a href="#source-([^"]+)"/g;
  for (const m of story.matchAll(token)) {
    if (m[1] !== undefined) {
      const id = /\bid="([^"]+)"/.exec(m[1])?.[1];
      if (id && !/\bclass=/.test(m[1]) && !id.endsWith('-heading')) section = id;
    } else if (!m[2]) {
      found.push({ section, source: m[3]! });
    }
  }
  return number(page, found);
}

/** The glossary's citations: each term's "Sources:" list, under the term's id. */
export function glossaryCitations(html: string): PageCitation[] {
  const found: { section: string; source: string }[] = [];
  for (const entry of html.matchAll(/<section class="gloss-entry" aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)) {
    const sources = /Sources:([\s\S]*?)<\/p>/.exec(entry[2]!)?.[1] ?? '';
    for (const link of sources.matchAll(/\/sources\/#([a-z0-9-]+)"/g)) found.push({ section: entry[1]!, source: link[1]! });
  }
  return number('glossary', found);
}

/** Citations with no audit row, and audit rows (not cut) with no citation, for the given pages. */
export function compare(citations: PageCitation[], audit: Record<string, string>[], pages: Set<string>) {
  const rowKeys = audit
    .filter((r) => pages.has(r.page!) && r.verdict !== 'cut')
    .map((r) => key({ page: r.page!, section: r.section!, source: r.source!, n: Number(r.n) }));
  const citeKeys = citations.map(key);
  return {
    unaudited: citeKeys.filter((k) => !rowKeys.includes(k)),
    stale: rowKeys.filter((k) => !citeKeys.includes(k)),
  };
}

function pageCitations(): { citations: PageCitation[]; pages: Set<string> } {
  const citations: PageCitation[] = [];
  const pages = new Set<string>();
  for (const slug of readdirSync(join(dist, 'chapters'))) {
    const file = join(dist, 'chapters', slug, 'index.html');
    if (!existsSync(file)) continue;
    pages.add(slug);
    citations.push(...storyCitations(slug, readFileSync(file, 'utf8')));
  }
  pages.add('methods');
  citations.push(...storyCitations('methods', readFileSync(join(dist, 'methods', 'index.html'), 'utf8')));
  pages.add('teachers');
  citations.push(...storyCitations('teachers', readFileSync(join(dist, 'teachers', 'index.html'), 'utf8')));
  pages.add('glossary');
  citations.push(...glossaryCitations(readFileSync(join(dist, 'glossary', 'index.html'), 'utf8')));
  return { citations, pages };
}

test('every citation in the chapters, Methods, the teaching note and the glossary has an audit row', () => {
  const { citations, pages } = pageCitations();
  assert.ok(citations.length > 100, `found only ${citations.length} citations: is dist/ built?`);
  const { unaudited } = compare(citations, rows, pages);
  assert.deepEqual(unaudited, [], `citations with no row in content/data/citation-audit.csv (page #section source (position)):\n${unaudited.join('\n')}`);
});

test('every audit row that is not "cut" still matches a citation on its page', () => {
  const { citations, pages } = pageCitations();
  const { stale } = compare(citations, rows, pages);
  assert.deepEqual(stale, [], `audit rows whose citation is no longer on the page (fix section or position, or mark as cut):\n${stale.join('\n')}`);
});

test('a citation added to a chapter without an audit row is reported', () => {
  const html = readFileSync(join(dist, 'chapters', 'the-attack', 'index.html'), 'utf8');
  const before = storyCitations('the-attack', html);
  // Insert one more citation of an already-cited source just before the endnotes: it becomes the
  // next position of that source in the last section, which no row describes.
  const extra = before.at(-1)!;
  const added = html.replace(
    'class="endnotes"',
    `><span class="cite-ref"><a href="#source-${extra.source}" class="cite-link">[x]</a></span><div class="endnotes"`,
  );
  const after = storyCitations('the-attack', added);
  assert.equal(after.length, before.length + 1);
  const { unaudited } = compare(after, rows, new Set(['the-attack']));
  assert.deepEqual(unaudited, [key({ ...extra, n: extra.n + 1 })]);
});

test('every chapter has audit rows', () => {
  const audited = new Set(rows.map((r) => r.page!));
  const missing = readdirSync(join(dist, 'chapters')).filter((slug) => existsSync(join(dist, 'chapters', slug, 'index.html')) && !audited.has(slug));
  assert.deepEqual(missing, [], 'a chapter has no audit rows');
});

test('the Methods page states the audit counts computed from the CSV', () => {
  const html = readFileSync(join(dist, 'methods', 'index.html'), 'utf8');
  const shown = (what: string) => Number(new RegExp(`data-audit="${what}">([\\d,]+)<`).exec(html)?.[1]?.replace(/,/g, ''));
  assert.equal(shown('total'), rows.length);
  for (const v of verdicts) assert.equal(shown(v), rows.filter((r) => r.verdict === v).length, `count of "${v}"`);
});
