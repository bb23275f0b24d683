// "Cite this chapter": APA, MLA, Chicago and BibTeX from one chapter's details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citeFormats, titleCase, ukDate } from '../../src/lib/cite-formats.ts';

const input = {
  title: 'Ballots under fire',
  slug: 'ballots-under-fire',
  url: 'https://example.org/twin-threats/chapters/ballots-under-fire/',
  updated: new Date('2026-11-22T00:00:00Z'),
  accessed: new Date('2027-01-05T12:00:00Z'),
  author: 'Twin Threats',
  siteName: 'Twin Threats',
};
const text = (html: string) => html.replace(/<[^>]+>/g, '');

test('title case keeps short words lower case and acronyms as written', () => {
  assert.equal(titleCase('Ballots under fire'), 'Ballots under Fire');
  assert.equal(titleCase("The TTP's return"), "The TTP's Return");
  assert.equal(titleCase("ISKP's war on the Taliban's friends"), "ISKP's War on the Taliban's Friends");
  assert.equal(titleCase("Pakistan's dilemma, and what came after"), "Pakistan's Dilemma, and What Came After");
});

test('APA: author, date, title in italics, retrieval date and URL', () => {
  const { apa } = citeFormats(input);
  assert.match(apa, /<i>Ballots under fire<\/i>/);
  assert.equal(
    text(apa),
    'Twin Threats. (2026, November 22). Ballots under fire. Retrieved January 5, 2027, from https://example.org/twin-threats/chapters/ballots-under-fire/',
  );
});

test('MLA: title case in quotes, container in italics, URL without the scheme, access date', () => {
  assert.equal(
    text(citeFormats(input).mla),
    'Twin Threats. “Ballots under Fire.” Twin Threats, 22 Nov. 2026, example.org/twin-threats/chapters/ballots-under-fire/. Accessed 5 Jan. 2027.',
  );
});

test('Chicago: last modified and accessed dates, then the URL', () => {
  assert.equal(
    citeFormats(input).chicago,
    'Twin Threats. “Ballots under Fire.” Twin Threats. Last modified November 22, 2026. Accessed January 5, 2027. https://example.org/twin-threats/chapters/ballots-under-fire/.',
  );
});

test('BibTeX: a biblatex @online entry with url, date and urldate', () => {
  const { bibtex } = citeFormats(input);
  assert.match(bibtex, /^@online\{twinthreats-ballots-under-fire-2026,\n/);
  assert.match(bibtex, /author += \{\{Twin Threats\}\},/);
  assert.match(bibtex, /title += \{\{Ballots under fire\}\},/);
  assert.match(bibtex, /date += \{2026-11-22\},/);
  assert.match(bibtex, /urldate += \{2027-01-05\},/);
  assert.match(bibtex, /url += \{https:\/\/example\.org\/twin-threats\/chapters\/ballots-under-fire\/\},/);
  assert.match(bibtex, /month += nov,/);
  assert.match(bibtex, /\n\}$/);
});

test('HTML in a title is escaped in the HTML formats', () => {
  const f = citeFormats({ ...input, title: 'A & B <C>' });
  assert.match(f.apa, /<i>A &amp; B &lt;C&gt;<\/i>/);
  assert.match(f.bibtex, /title += \{\{A & B <C>\}\}/);
});

test('house-style date', () => assert.equal(ukDate(input.updated), '22 November 2026'));
