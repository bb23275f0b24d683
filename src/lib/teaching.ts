/**
 * Where a chart appears in the chapters, for the teachers' guide ("open the chart in chapter N").
 * Placements and their anchors come from the chapters' story nodes (src/lib/story-nodes.ts), the
 * same numbering the <Figure> and <Scrolly> on the chapter page get their ids from.
 */
import type { Chapter } from './chapters.ts';
import type { StoryNodes } from './story-nodes.ts';

export interface ChartPlace {
  chart: string;
  slug: string;
  title: string;
  order: number;
  anchor: string;
  kind: 'figure' | 'scrolly';
}

/** Every placement of every chart in one chapter, in page order. */
export function chartPlaces(chapter: Pick<Chapter, 'data'>, story: StoryNodes): ChartPlace[] {
  const { slug, title, order } = chapter.data;
  return story.charts.map((c) => ({ ...c, slug, title, order }));
}

/**
 * The best place to show a chart for a lesson: in the lesson's own chapter if it is there, else
 * in the chapter the chart belongs to, else anywhere. A full figure (with its controls and data
 * table) is preferred to a scrollytelling section.
 */
export function placeForLesson(chart: string, lessonSlug: string, places: ChartPlace[], homeSlug?: string): ChartPlace | undefined {
  const rank = (p: ChartPlace) => (p.slug === lessonSlug ? 0 : p.slug === homeSlug ? 2 : 4) + (p.kind === 'figure' ? 0 : 1);
  return places.filter((p) => p.chart === chart).sort((a, b) => rank(a) - rank(b))[0];
}
