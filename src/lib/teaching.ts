/**
 * Where a chart appears in the chapters, for the teachers' guide ("open the chart in chapter N").
 * Reads the MDX source: <Figure chart="…"> and <Scrolly chart="…">. The fragment ids follow the
 * numbering in Figure.astro and Scrolly.astro (figures are counted per chart: the first figure of
 * a chart on a page is `figure-<chart>`, the n-th `figure-<chart>-<n>`; scrollies are counted per
 * page, `scrolly-<chart>-<n>`); the
 * link checker (tests/site/links.test.ts) fails if the two ever drift apart.
 */
import type { Chapter } from './chapters.ts';

export interface ChartPlace { slug: string; title: string; order: number; anchor: string; kind: 'figure' | 'scrolly' }

/** Every placement of every chart in one chapter body, in page order. */
export function chartPlaces(chapter: Chapter): (ChartPlace & { chart: string })[] {
  const out: (ChartPlace & { chart: string })[] = [];
  const figures = new Map<string, number>();
  let scrollies = 0;
  for (const m of (chapter.body ?? '').matchAll(/<(Figure|Scrolly)\b[^>]*\bchart="([^"]+)"/g)) {
    const [, tag, chart] = m as unknown as [string, string, string];
    const base = { chart, slug: chapter.data.slug, title: chapter.data.title, order: chapter.data.order };
    if (tag === 'Figure') {
      const n = (figures.get(chart) ?? 0) + 1;
      figures.set(chart, n);
      out.push({ ...base, kind: 'figure', anchor: `figure-${chart}${n > 1 ? `-${n}` : ''}` });
    } else {
      scrollies += 1;
      out.push({ ...base, kind: 'scrolly', anchor: `scrolly-${chart}-${scrollies}` });
    }
  }
  return out;
}

/**
 * The best place to show a chart for a lesson: in the lesson's own chapter if it is there, else
 * in the chapter the chart belongs to, else anywhere. A full figure (with its controls and data
 * table) is preferred to a scrollytelling section.
 */
export function placeForLesson(chart: string, lesson: Chapter, chapters: Chapter[], homeSlug?: string): ChartPlace | undefined {
  const rank = (p: ChartPlace) => (p.slug === lesson.data.slug ? 0 : p.slug === homeSlug ? 2 : 4) + (p.kind === 'figure' ? 0 : 1);
  const places = chapters.flatMap(chartPlaces).filter((p) => p.chart === chart);
  return places.sort((a, b) => rank(a) - rank(b))[0];
}
