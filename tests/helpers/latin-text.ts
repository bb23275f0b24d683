/**
 * The reader-visible Latin-script words of a built page, outside what may be Latin on an Urdu
 * page: any element marked lang="en" (outlets, titles, citations in their published form, the
 * language switch's "English"), code (<code>, <pre>, <textarea>: embed code, BibTeX, URLs), script
 * and style. Chart output is checked like the rest: SVG text, titles and descriptions, figures,
 * scrollies, data tables and embeds. A small tag walker: the built HTML is well formed
 * (tests/site/html.test.ts).
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP_TAGS = new Set(['script', 'style', 'code', 'pre', 'textarea', 'template', 'head']);

const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)));

/** The text of the page outside the allowed elements. */
export function checkedText(html: string): string {
  const stack: boolean[] = []; // true: this element (or an ancestor) is excluded
  const out: string[] = [];
  const re = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, close, rawTag, attrs = '', selfClose, text] = m;
    if (text !== undefined) {
      if (!stack.at(-1)) out.push(decode(text));
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (close) {
      if (!VOID.has(tag)) stack.pop();
      continue;
    }
    if (VOID.has(tag) || selfClose) continue;
    const excluded = Boolean(stack.at(-1)) || SKIP_TAGS.has(tag) || /\slang="en/.test(attrs);
    stack.push(excluded);
  }
  return out.join(' ');
}

/** Latin-script words (two letters or more) in a text. */
export const latinWords = (text: string) => text.match(/[A-Za-z][A-Za-z’'.-]*[A-Za-z]/g) ?? [];
