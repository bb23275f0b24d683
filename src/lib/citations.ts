/**
 * Citation numbering for a page: sources are numbered in order of first use, where "use" is a
 * <Cite s="…"> or a <Stat of="…"> (whose source comes from the data row). The order comes from
 * the page's story nodes (src/lib/story-nodes.ts, collected from the MDX syntax tree), so
 * numbers are stable whatever order components render in.
 */
import type { SiteData } from '../data/index.ts';
import { resolveStat } from '../data/stats.ts';
import type { StoryNodes } from './story-nodes.ts';

export interface CitationState {
  /** source id -> citation number (1-based) */
  numbers: Map<string, number>;
  /** ids in number order */
  order: string[];
  /** counter for unique popover ids */
  next: number;
  /** sources whose popover is already on the page: later citations of them open the same one */
  popped: Set<string>;
}

export function citedSourceIds(story: StoryNodes, data: SiteData): string[] {
  const ids = story.citations.flatMap((c) => ('cite' in c ? c.cite : [resolveStat(data, c.stat).source]));
  return [...new Set(ids)];
}

export function citationState(story: StoryNodes, data: SiteData): CitationState {
  const order = citedSourceIds(story, data);
  return { order, numbers: new Map(order.map((id, i) => [id, i + 1])), next: 0, popped: new Set() };
}

/** An empty state, for pages (such as the glossary) that cite without a chapter body. */
export const emptyCitationState = (): CitationState => ({ numbers: new Map(), order: [], next: 0, popped: new Set() });
