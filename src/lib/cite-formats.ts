/**
 * "Cite this chapter": the same reference in APA (7th ed.), MLA (9th ed.), Chicago (17th ed.,
 * bibliography) and BibTeX. Pure functions, unit-tested in tests/unit/cite-formats.test.ts.
 * The author is the publication itself; the access date is the build date (readers are told to
 * change it to the day they read the page).
 */
export interface CiteInput {
  title: string;
  /** Absolute URL of the chapter. */
  url: string;
  /** Last updated. */
  updated: Date;
  /** Access date (the build date). */
  accessed: Date;
  /** Used in the BibTeX key. */
  slug: string;
  author: string;
  siteName: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const parts = (d: Date) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() });
/** "November 22, 2026" */
const us = (date: Date) => {
  const { y, m, d } = parts(date);
  return `${MONTHS[m]} ${d}, ${y}`;
};
/** "22 November 2026" (house style) */
export const ukDate = (date: Date) => {
  const { y, m, d } = parts(date);
  return `${d} ${MONTHS[m]} ${y}`;
};
const mla = (date: Date) => {
  const { y, m, d } = parts(date);
  return `${d} ${MLA_MONTHS[m]} ${y}`;
};
const iso = (date: Date) => date.toISOString().slice(0, 10);

// Articles, coordinating conjunctions and prepositions stay lower case in MLA/Chicago title case.
const MINOR = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via about above across after against along among around before behind below beneath beside between beyond down during from inside into near onto out over past since than through toward towards under until upon with within without'.split(
    ' ',
  ),
);

/** Title case for MLA and Chicago: "Ballots under fire" -> "Ballots under Fire"; acronyms kept. */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && MINOR.has(lower)) return lower;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** APA, MLA and Chicago as HTML (titles in <i>, text escaped); BibTeX as plain text. */
export function citeFormats(input: CiteInput) {
  const c = { ...input, title: esc(input.title), url: esc(input.url), author: esc(input.author), siteName: esc(input.siteName) };
  const tc = titleCase(c.title);
  const { y, m, d } = parts(c.updated);
  const bareUrl = c.url.replace(/^https?:\/\//, '');
  // APA drops the site name when it is also the author.
  const apa = `${c.author}. (${y}, ${MONTHS[m]} ${d}). <i>${c.title}</i>. ${c.siteName === c.author ? '' : `${c.siteName}. `}Retrieved ${us(c.accessed)}, from ${c.url}`;
  const mlaRef = `${c.author}. “${tc}.” <i>${c.siteName}</i>, ${mla(c.updated)}, ${bareUrl}. Accessed ${mla(c.accessed)}.`;
  const chicago = `${c.author}. “${tc}.” ${c.siteName}. Last modified ${us(c.updated)}. Accessed ${us(c.accessed)}. ${c.url}.`;
  const key = `${c.siteName.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${c.slug}-${y}`;
  const bibtex = [
    `@online{${key},`,
    `  author       = {{${input.author}}},`,
    `  title        = {{${input.title}}},`,
    `  organization = {${input.siteName}},`,
    `  year         = {${y}},`,
    `  month        = ${BIB_MONTHS[m]},`,
    `  date         = {${iso(c.updated)}},`,
    `  url          = {${input.url}},`,
    `  urldate      = {${iso(c.accessed)}},`,
    `  note         = {Last updated ${ukDate(c.updated)}; accessed ${ukDate(c.accessed)}}`,
    `}`,
  ].join('\n');
  return { apa, mla: mlaRef, chicago, bibtex };
}
