// The built Urdu edition (dist/ur/): every page is lang="ur" dir="rtl", and no untranslated
// interface string is left on it: its reader-visible text has no Latin-script word outside the
// allowlist. Allowed: anything marked lang="en" (outlet names and article titles as published,
// citations, URLs, the language switch's "English"), code (embed code, BibTeX), the names of
// citation styles and of WhatsApp in the share menu. Charts are checked too: their SVG text,
// titles and long descriptions, tables, notes and controls on every Urdu page and Urdu embed
// (/ur/embed/<id>/). tests/helpers/latin-text.ts walks the HTML.
import { keepTogether } from '../../src/lib/typography.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkedText, latinWords } from '../helpers/latin-text.ts';
import { eventTitlesUr } from '../../src/i18n/event-titles-ur.ts';

// Names only: citation styles, WhatsApp in the share menu, the licence (CC BY 4.0). URLs in
// citations are removed before the check.
const ALLOWED = new Set(['APA', 'MLA', 'Chicago', 'BibTeX', 'WhatsApp', 'CC', 'BY']);
const URL = /https?:\/\/\S+/g;

/**
 * Free-text values of data rows without a translation (chart tables, src/components/DataTable.astro
 * marks them lang="en" data-untranslated): each chart counted once, on its Urdu embed. None is
 * left: src/i18n/data-text-ur.ts has the Urdu of every such value (a missing one stops the build),
 * so a cell marked untranslated means a new path around that check.
 */
const UNTRANSLATED_MAX = 0;

function pages(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    // Downloads, share cards and chart data are files, not pages (the charts' own checks).
    if (statSync(p).isDirectory()) {
      if (!['downloads', 'share', 'chart-data'].includes(name)) pages(p, out);
    } else if (name === 'index.html') out.push(p);
  }
  return out;
}
const files = pages('dist/ur');

test('the Urdu edition is built', () => assert.ok(files.length >= 15, `${files.length} Urdu pages`));

for (const file of files) {
  test(`${file}: lang="ur" dir="rtl", and no Latin-script word outside the allowlist`, () => {
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<html lang="ur" dir="rtl"[ >]/);
    const words = latinWords(checkedText(html).replace(URL, ' ')).filter((w) => !ALLOWED.has(w));
    assert.deepEqual(words, [], `untranslated words on ${file}`);
  });
}

test('untranslated data notes in Urdu chart tables are marked English and do not grow in number', () => {
  let n = 0;
  for (const file of files.filter((f) => f.includes('/ur/embed/'))) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<t[dh]\b[^>]*\bdata-untranslated\b[^>]*>/g)) {
      assert.match(m[0], /\slang="en"/, `${file}: ${m[0]}`);
      n++;
    }
  }
  assert.ok(n <= UNTRANSLATED_MAX, `${n} untranslated notes (at most ${UNTRANSLATED_MAX})`);
});

const entities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('every event row of the Urdu timeline page has its Urdu title, not marked English', () => {
  const html = readFileSync('dist/ur/timeline/index.html', 'utf8');
  const rows = [...html.matchAll(/<li class="event [^"]*" id="([^"]+)">[\s\S]*?<p class="event-title"([^>]*)>([\s\S]*?)<\/p>/g)];
  assert.equal(rows.length, Object.keys(eventTitlesUr).length, 'one row per event');
  for (const [, id, attrs, title] of rows) {
    assert.ok(id && eventTitlesUr[id], `${id}: an event of events.csv`);
    assert.doesNotMatch(attrs ?? '', /lang="en"/, `${id}: title marked English`);
    assert.match(title ?? '', /[\u0600-\u06ff]/, `${id}: title not in Arabic script`);
    // As the data has it, with a day and its month kept on one line.
    assert.equal(entities(title ?? ''), keepTogether(eventTitlesUr[id]!), `${id}: title is its Urdu title`);
  }
});

test('the 404 page speaks both languages', () => {
  const html = readFileSync('dist/404.html', 'utf8');
  assert.match(html, /Page not found/);
  assert.match(html, /lang="ur" dir="rtl"/);
  assert.match(html, /صفحہ نہیں ملا/);
});
