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
