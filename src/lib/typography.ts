/**
 * Typographic quotes for text written in plain ASCII in frontmatter (titles, deks, key points):
 * an apostrophe inside or at the end of a word becomes ’, quotation marks become “ ” and ‘ ’.
 * Markdown bodies get this from the Markdown processor; frontmatter strings do not.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(\w)'(\w)/g, '$1’$2') // it's, TTP's, Jamaat-ul-Ahrar's
    .replace(/(^|[\s([—–-])"/g, '$1“') // opening double quote
    .replace(/"/g, '”') // the rest close
    .replace(/(^|[\s([—–-])'/g, '$1‘') // opening single quote
    .replace(/'/g, '’'); // closing single quote, trailing apostrophe (groups')
}

// A day and its month, a number and its unit or time of day: one line each ("30 July",
// "4 pm", "75 km", "30 جولائی"). Followed by a letter they are other words ("4 amid", "May" in
// "1 Mayor"), which stay as they are.
const MONTHS_EN = 'January February March April May June July August September October November December';
const MONTHS_UR = 'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر';
const UNITS = [...MONTHS_EN.split(' '), ...MONTHS_UR.split(' '), 'km', 'کلومیٹر', 'am', 'pm', 'a\\.m\\.', 'p\\.m\\.'];
const SPACE_BEFORE_UNIT = new RegExp(`(\\d) (?=(?:${UNITS.join('|')})(?![\\p{L}\\p{M}]))`, 'gu');

/** `text` with a no-break space between a number and the month or unit after it. */
export const keepTogether = (text: string): string => text.replace(SPACE_BEFORE_UNIT, '$1\u00a0');
