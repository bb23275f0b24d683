/**
 * The Sätteri HAST plugin (astro.config.mjs) that writes on each top-level block of an MDX file
 * (a paragraph, list or quotation) how many characters of text it holds, as `data-chars`. A
 * chapter lays out such a block only as the reader nears it; until then the block holds a height
 * estimated from this count (src/styles/prose.css), so that the page is about as tall as it will be.
 */
import type { HastPluginDefinition } from 'satteri';

export const textLengthPlugin = (): HastPluginDefinition => ({
  name: 'text-length',
  element: {
    filter: ['p', 'ul', 'ol', 'blockquote'],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== 'root') return;
      ctx.setProperty(node, 'dataChars', ctx.textContent(node).length);
    },
  },
});
