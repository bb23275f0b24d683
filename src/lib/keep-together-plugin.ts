/**
 * The Sätteri HAST plugin (astro.config.mjs) that keeps a number and its month or unit on one
 * line in every MDX file's text ("30 July", "4 pm": keepTogether in src/lib/typography.ts). It is
 * a pass of its own, before the citation binding, which rebuilds the children it binds.
 */
import type { HastPluginDefinition } from 'satteri';
import { keepTogether } from './typography.ts';

export const keepTogetherPlugin = (): HastPluginDefinition => ({
  name: 'keep-together',
  text(node, ctx) {
    const value = keepTogether(node.value);
    if (value !== node.value) ctx.setField(node, 'value', value);
  },
});
