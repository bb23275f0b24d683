// The built Urdu edition (dist/ur/): every page is lang="ur" dir="rtl", and no untranslated
// interface string is left on it: its reader-visible text has no Latin-script word outside the
// allowlist. Allowed: anything marked lang="en" (outlet names and article titles as published,
// citations, URLs, the language switch's "English"), code (embed code, BibTeX), the names of
// citation styles and of WhatsApp in the share menu. Chart output (SVG, figures, scrollies,
// anything marked data-chart-text) is left out here: chart text is translated and tested with
// the charts (src/i18n/charts.ts, e2e/urdu-charts.spec.ts). tests/helpers/latin-text.ts walks the HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkedText, latinWords } from '../helpers/latin-text.ts';

const ALLOWED = new Set(['APA', 'MLA', 'Chicago', 'BibTeX', 'WhatsApp']);

function pages(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    // Embed pages, downloads and share cards belong to the charts (their own checks).
    if (statSync(p).isDirectory()) {
      if (!['embed', 'downloads', 'share', 'chart-data'].includes(name)) pages(p, out);
    } else if (name === 'index.html') out.push(p);
  }
  return out;
}
const files = pages('dist/ur');

test('the Urdu edition is built', () => assert.ok(files.length >= 15, `${files.length} Urdu pages`));

for (const file of files) {
  test(`${file}: lang="ur" dir="rtl", and no Latin-script word outside the allowlist`, () => {
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<html lang="ur" dir="rtl">/);
    const words = latinWords(checkedText(html)).filter((w) => !ALLOWED.has(w));
    assert.deepEqual(words, [], `untranslated words on ${file}`);
  });
}

test('the 404 page speaks both languages', () => {
  const html = readFileSync('dist/404.html', 'utf8');
  assert.match(html, /Page not found/);
  assert.match(html, /lang="ur" dir="rtl"/);
  assert.match(html, /صفحہ نہیں ملا/);
});
