/**
 * The Sätteri plugins every MDX file is compiled with (astro.config.mjs), in their order, in one
 * place so that tests compile with exactly these. MDAST: the story collector
 * (src/lib/story-nodes.ts). HAST, each a pass of its own: first a number and its month or unit
 * are kept together (keepTogether), then each citation marker is bound to the word before it
 * (src/lib/cite-binding.ts), so "9 August [3]" keeps the no-break space after "9"; last, each
 * top-level block is given the length of its text (src/lib/text-length-plugin.ts).
 */
import { citeBindingPlugin } from './cite-binding-plugin.ts';
import { keepTogetherPlugin } from './keep-together-plugin.ts';
import { storyNodesPlugin } from './story-nodes-plugin.ts';
import { textLengthPlugin } from './text-length-plugin.ts';

export const mdastPlugins = [storyNodesPlugin];
export const hastPlugins = [keepTogetherPlugin, citeBindingPlugin, textLengthPlugin];
