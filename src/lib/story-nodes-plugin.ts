/**
 * A Sätteri mdast plugin (astro.config.mjs: mdx({ processor: satteri({ mdastPlugins }) })) that
 * runs the collector of src/lib/story-nodes.ts on each MDX file while Astro compiles it: no
 * second parse, and no switch back to the slower unified pipeline. It adds the build's props to
 * the components and puts the collected nodes in the module's frontmatter as `story`, which
 * pages read with storyOf(entry) (src/lib/story-of.ts).
 */
import type { MdastPluginDefinition, MdastVisitorContext, MdastNode, MdxJsxAttributeNode } from 'satteri';
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { storyCollector, type JsxElement } from './story-nodes.ts';

/** The element with attributes added, its children kept (Sätteri cannot set `attributes` in place). */
function withAttributes(el: JsxElement, added: MdxJsxAttributeNode[], children: unknown[] = el.children): MdastNode {
  const base = { name: el.name, attributes: [...el.attributes, ...added], data: el.data };
  return el.type === 'mdxJsxFlowElement'
    ? { ...base, type: el.type, children: children as typeof el.children }
    : { ...base, type: el.type, children: children as typeof el.children };
}

// One collector per compile; Sätteri calls the factory once per document.
export const storyNodesPlugin = ({ fileURL }: { fileURL: URL | undefined }): MdastPluginDefinition => {
  const collector = storyCollector(fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : undefined);
  const element = (el: JsxElement) => collector.element(el);
  return {
    name: 'story-nodes',
    options: { position: true },
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    after(_root, ctx: MdastVisitorContext) {
      const { nodes, props } = collector.finish();
      // A <Scrolly> is replaced with its <Step>s rebuilt inside it: a Step replaced on its own
      // would be undone by the replacement of its parent.
      for (const { element: el, attributes, steps } of props) {
        const children = steps
          ? el.children.map((c) => (steps.has(c as JsxElement) ? withAttributes(c as JsxElement, steps.get(c as JsxElement)!) : c))
          : undefined;
        ctx.replaceNode(el, withAttributes(el, attributes, children));
      }
      const astro: SatteriAstroData | undefined = ctx.data.astro;
      if (astro) astro.frontmatter.story = nodes;
    },
  };
};
