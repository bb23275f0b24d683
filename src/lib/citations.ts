/**
 * Citation numbering for a chapter: sources are numbered in order of first use, where "use" is a
 * <Cite s="…"> or a <Stat of="…"> (whose source comes from the data row). The order is read from
 * the MDX source text, so numbers are stable whatever order components render in.
 */
import type { SiteData } from '../data/index.ts';
import { resolveStat } from '../data/stats.ts';

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

const TAG = /<(Cite|Stat)\b([^>]*)\/?>/g;
const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];

export function citedSourceIds(body: string, data: SiteData): string[] {
  const seen: string[] = [];
  const add = (id: string) => { if (!seen.includes(id)) seen.push(id); };
  for (const m of body.matchAll(TAG)) {
    const [, tag, attrs = ''] = m;
    if (tag === 'Cite') (attr(attrs, 's') ?? '').split(/\s+/).filter(Boolean).forEach(add);
    else if (!/cite=\{false\}/.test(attrs)) {
      const of = attr(attrs, 'of');
      if (of) add(resolveStat(data, of).source);
    }
  }
  return seen;
}

export function citationState(body: string, data: SiteData): CitationState {
  const order = citedSourceIds(body, data);
  return { order, numbers: new Map(order.map((id, i) => [id, i + 1])), next: 0, popped: new Set() };
}

/** An empty state, for pages (such as the glossary) that cite without a chapter body. */
export const emptyCitationState = (): CitationState => ({ numbers: new Map(), order: [], next: 0, popped: new Set() });
