// Numbers in the story are rendered from the data, never typed by hand: in every built chapter,
// once the data-backed <data class="stat"> values, citations, figures and tables are removed, no
// digits remain except years, dates and clock times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'dist/chapters';
const chapters = existsSync(dir) ? readdirSync(dir) : [];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** The story's prose with data-backed numbers, citations, popovers, figures and tables removed. */
export function proseWithoutData(html: string): string {
  const story = html.slice(html.indexOf('class="prose story"'), html.indexOf('class="endnotes"'));
  return (
    story
      // A scrolly is a figure (title, takeaway, data, source, notes: all drawn from the data) around
      // the story's own words, its step cards: keep only those.
      .replace(/<section class="scrolly"[\s\S]*?<\/section>/g, (section) =>
        [...section.matchAll(/<div class="step-card">([\s\S]*?)<p class="step-alt/g)].map((m) => m[1]).join(' '),
      )
      .replace(/<figure[\s\S]*?<\/figure>/g, ' ')
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<details[\s\S]*?<\/details>/g, ' ')
      .replace(/<data class="stat"[^>]*>[^<]*<\/data>/g, ' STAT ')
      .replace(/<span class="pop" id="cite-pop-[^"]*"[^>]*><span class="pop-body">[\s\S]*?<\/span><\/span><\/span>/g, ' ')
      .replace(/<a href="#source-[^"]*" class="cite-link"[^>]*>\[\d+\]<\/a>/g, ' ')
      .replace(/<span class="pop"[\s\S]*?<\/span><\/span>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ')
  );
}

export function strayNumbers(text: string): string[] {
  const cleaned = text
    // \s+, not one space: a tag between the words (a citation bound to the month) leaves two.
    .replace(new RegExp(`\\b\\d{1,2}(–\\d{1,2})?\\s+(${MONTHS})\\b`, 'g'), ' ') // 30 July, 30–31 July
    .replace(new RegExp(`\\b(${MONTHS})\\s+\\d{1,2}\\b`, 'g'), ' ')
    .replace(/\b\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/gi, ' ') // 4 pm, 4:10 pm
    .replace(/\b\d{1,2}:\d{2}\b/g, ' ')
    .replace(/\b(19|20)\d{2}(s|–\d{2,4})?\b/g, ' '); // years, 1990s, 2021–22
  return [...cleaned.matchAll(/[^\s]*\d[^\s]*/g)].map((m) => m[0]);
}

test('chapters are built', () => assert.ok(chapters.length >= 7, `found ${chapters.length} chapters`));

for (const slug of chapters) {
  test(`chapter "${slug}" shows no number that is not from the data`, () => {
    const html = readFileSync(join(dir, slug, 'index.html'), 'utf8');
    assert.ok(html.includes('class="stat"'), 'the chapter renders numbers from the data');
    assert.deepEqual(strayNumbers(proseWithoutData(html)), []);
  });
}

test('the check catches a typed number, in prose and in a scrolly step', () => {
  assert.deepEqual(strayNumbers('The toll rose to 63 on 2 August 2023 at 4:10 pm.'), ['63']);
  const bound = '<div class="prose story"><p>on 9 <span class="cite-bind">August <span class="cite-ref">x</span></span>, 12 seats</p><p class="endnotes">';
  assert.deepEqual(strayNumbers(proseWithoutData(bound)), ['12']);
  const scrolly =
    '<div class="prose story"><section class="scrolly"><header><p>takeaway 63</p></header><div class="step-card"><p>It rose to 44.</p><p class="step-alt">x</p></div></section><p class="endnotes">';
  assert.deepEqual(strayNumbers(proseWithoutData(scrolly)), ['44.']);
  assert.deepEqual(strayNumbers('It rose to STAT on 2 August 2023.'), []);
});
