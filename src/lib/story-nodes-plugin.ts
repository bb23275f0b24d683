/**
 * A Sätteri mdast plugin (astro.config.mjs: mdx({ processor: satteri({ mdastPlugins }) })) that
 * runs src/lib/story-nodes.ts on each MDX file while Astro compiles it: no second parse, and no
 * switch back to the slower unified pipeline. It adds the build's props to the components and
 * puts the collected nodes in the module's frontmatter as `story`, which pages read with
 * storyOf(entry) (src/lib/story-of.ts).
 */
import type { MdastPluginDefinition } from 'satteri';
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { collectStory } from './story-nodes.ts';

export const storyNodesPlugin: MdastPluginDefinition = {
  name: 'story-nodes',
  options: { position: true },
  before(root, ctx) {
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : undefined;
    const { nodes, props } = collectStory(root, file);
    for (const { element, attributes } of props) {
      // Sätteri cannot set `attributes` in place: replace the element, keeping its children.
      const added = { name: element.name, attributes: [...element.attributes, ...attributes], data: element.data };
      ctx.replaceNode(element, element.type === 'mdxJsxFlowElement'
        ? { ...added, type: element.type, children: element.children }
        : { ...added, type: element.type, children: element.children });
    }
    const astro: SatteriAstroData | undefined = ctx.data.astro;
    if (astro) astro.frontmatter.story = nodes;
  },
};
