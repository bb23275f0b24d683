/**
 * The Sätteri HAST plugin (astro.config.mjs) that binds citation markers to the words they cite in
 * every MDX file (src/lib/cite-binding.ts). It runs after the MDAST plugins, so the steps that
 * src/lib/story-nodes-plugin.ts rebuilds are bound as well.
 */
import type { HastPluginDefinition, HastNode } from 'satteri';
import { bindCitations, type BindNode } from './cite-binding.ts';

export const citeBindingPlugin = (): HastPluginDefinition => {
  // Each parent once, however many citations it holds (the same parent is the same object in a pass).
  const done = new WeakSet<object>();
  return {
    name: 'cite-binding',
    mdxJsxTextElement: {
      filter: ['Cite'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        if (!parent || done.has(parent)) return;
        done.add(parent);
        const children = bindCitations(parent.children as unknown as BindNode[]);
        if (children) ctx.setField(parent, 'children', children as unknown as HastNode[]);
      },
    },
  };
};
