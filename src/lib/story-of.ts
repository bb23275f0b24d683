/**
 * The story nodes of a chapter or page (src/lib/story-nodes.ts), as the MDX compile collected
 * them (src/lib/story-nodes-plugin.ts). render() only loads the compiled module, which the
 * build has already made, so asking for every chapter's nodes (sources page, teachers' guide)
 * parses nothing again.
 */
import { render, type CollectionEntry } from 'astro:content';
import type { StoryNodes } from './story-nodes.ts';

export async function storyOf(entry: CollectionEntry<'chapters' | 'pages' | 'chaptersUr' | 'pagesUr'>): Promise<StoryNodes> {
  const { remarkPluginFrontmatter } = await render(entry);
  const story: StoryNodes | undefined = remarkPluginFrontmatter.story;
  if (!story) throw new Error(`${entry.filePath ?? entry.id}: no story nodes; is storyNodesPlugin in astro.config.mjs?`);
  return story;
}
