/**
 * PICSS militant attacks in Pakistan per year, 2015–2025, as bars, with two views for deaths and
 * suicide attacks. Data: `{ rows }` = the validated rows of content/data/picss-yearly.csv
 * (YearlyRow[]); the module shapes them with `yearlySeries`, so missing years stay null.
 *
 * State (`PicssYearlyState`, all optional):
 * - `view`: 'attacks' (default) | 'killed' | 'suicide_attacks'
 * - `highlight`: ['2021', '2022'] — years in the range are outlined, the others dimmed
 * - `annotations`: how many of `annotations` to show, in order (default: all)
 *
 * Gaps: deaths have no 2025 figure (PICSS's 2025 release gives only deaths on both sides combined)
 * and suicide attacks none for 2024; both are drawn as hatched "no data" columns. 2019's suicide
 * attack figure is disputed between PICSS releases and carries a marker and a footnote.
 */
import { scaleBand } from './scale.ts';
import type { YearlyRow } from '../data/schemas.ts';
import { yearlySeries } from '../data/shape.ts';
import type { Point } from '../data/shape.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  annotationCount,
  axisTitle,
  barMarks,
  barValueLabels,
  categoryAxisNodes,
  chartRoot,
  cls,
  describeSeries,
  footnotes,
  formatDate,
  formatNumber,
  gapNote,
  layoutAnnotations,
  plotHeightFor,
  valueAxis,
  valueAxisNodes,
  frameOf,
} from './frame.ts';
import type { Annotation, BarPoint, ChartTable } from './frame.ts';
import type { Option } from './state.ts';

export type PicssYearlyView = 'attacks' | 'killed' | 'suicide_attacks';
export interface PicssYearlyState {
  view?: PicssYearlyView;
  highlight?: [string, string];
  annotations?: number;
}
export interface PicssYearlyData {
  rows: YearlyRow[];
}

export const name = 'picss-yearly';
export const title = 'Militant attacks in Pakistan per year, 2015–2025 (PICSS)';
export const FROM = 2015;
/** The <title> of each view. */
export const viewTitles: Record<PicssYearlyView, string> = {
  attacks: title,
  killed: 'People killed in militant attacks in Pakistan per year, 2015–2025 (PICSS)',
  suicide_attacks: 'Suicide attacks in Pakistan per year, 2015–2025 (PICSS)',
};
export const TO = 2025;

export const views: Record<PicssYearlyView, { series: string; name: string; axis: string; axisShort: string; unit: [string, string]; seriesClass: string }> = {
  attacks: {
    series: 'attacks',
    name: 'Militant attacks',
    axis: 'Militant attacks per year',
    axisShort: 'Militant attacks per year',
    unit: ['militant attack', 'militant attacks'],
    seriesClass: 'tt-series-1',
  },
  killed: {
    series: 'killed',
    name: 'People killed in militant attacks',
    axis: 'People killed in militant attacks (attackers included)',
    axisShort: 'Killed in attacks (incl. attackers)',
    unit: ['person killed', 'people killed'],
    seriesClass: 'tt-series-2',
  },
  suicide_attacks: {
    series: 'suicide_attacks',
    name: 'Suicide attacks',
    axis: 'Suicide attacks per year',
    axisShort: 'Suicide attacks per year',
    unit: ['suicide attack', 'suicide attacks'],
    seriesClass: 'tt-series-3',
  },
};

/** The views a reader can choose, in the order the figure offers them. */
export const viewOptions: readonly Option<PicssYearlyView>[] = [
  { value: 'attacks', label: 'Attacks' },
  { value: 'killed', label: 'Deaths' },
  { value: 'suicide_attacks', label: 'Suicide attacks' },
];

export const annotations: readonly Annotation[] = [
  { id: 'kabul-falls', at: '2021-08', label: 'The Afghan Taliban take Kabul', eventId: 'ev-2021-08-15-26' },
  { id: 'ttp-ceasefire-ends', at: '2022-11', label: 'The TTP calls off its ceasefire', eventId: 'ev-2022-11-28-40' },
];

/** Values that PICSS releases disagree on: shown as used, with a marker and a footnote. */
export const disputed: readonly { view: PicssYearlyView; year: number; symbol: string; why: string }[] = [
  { view: 'suicide_attacks', year: 2019, symbol: '*', why: 'the figure in PICSS’s later year-by-year series' },
];

/** Footnote under the deaths view. */
export const deathsNote = 'Deaths counted by PICSS in militant attacks include attackers who died in them.';

const series = (data: PicssYearlyData, view: PicssYearlyView) => yearlySeries(data.rows, view, FROM, TO);
const unit = (view: PicssYearlyView, n: number) => (n === 1 ? views[view].unit[0] : views[view].unit[1]);

function pointLabel(view: PicssYearlyView, p: Point<number>): string {
  if (p.value === null) return `${p.key}: ${views[view].name.toLowerCase()}, no data`;
  const flag = disputed.find((d) => d.view === view && d.year === p.key);
  const others = p.otherValues.length ? `; ${flag ? 'an earlier PICSS release gave' : 'also reported:'} ${p.otherValues.map(formatNumber).join(', ')}` : '';
  return `${p.key}: ${formatNumber(p.value)} ${unit(view, p.value)} (PICSS)${others}`;
}

function disputeNote(view: PicssYearlyView, points: Point<number>[]): string[] {
  return disputed
    .filter((d) => d.view === view)
    .flatMap((d) => {
      const p = points.find((q) => q.key === d.year);
      if (!p || p.value === null) return [];
      const others = p.otherValues.length ? ` An earlier PICSS release gave ${p.otherValues.map(formatNumber).join(' or ')}.` : '';
      return [`${d.symbol} ${d.year}: ${formatNumber(p.value)} is ${d.why}.${others}`];
    });
}

/** Position of a month ("2021-08") on the year bands: through the year in proportion. */
function monthX(at: string, x: (key: string) => number, step: number, bandwidth: number): number {
  const [y, m] = at.split('-').map(Number) as [number, number];
  const start = x(String(y)) + bandwidth / 2 - step / 2;
  return start + (step * ((m || 7) - 0.5)) / 12;
}

export function draw(
  data: PicssYearlyData,
  opts: { width: number; state?: PicssYearlyState; idPrefix?: string },
): { svg: SvgNode; width: number; height: number } {
  const { width, state, idPrefix, narrow, m } = frameOf(opts, name);
  const view: PicssYearlyView = state.view && state.view in views ? state.view : 'attacks';
  const v = views[view];
  const points = series(data, view);
  const keys = points.map((p) => String(p.key));

  const plotH = plotHeightFor(width);
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  const axis = valueAxis(max * 1.08, plotH);
  const left = m.left + axis.labelWidth + 8;
  const right = width - m.right;
  const x = scaleBand<string>()
    .domain(keys)
    .range([left, right])
    .paddingInner(narrow ? 0.15 : 0.25)
    .paddingOuter(0.1);
  const bw = x.bandwidth();
  const xOf = (k: string) => x(k) ?? left;

  const shown = annotations.slice(0, annotationCount(state.annotations, annotations.length));
  const annLayout = layoutAnnotations(
    shown.map((a) => ({ ann: a, x: monthX(a.at, xOf, x.step(), bw), text: `${formatDate(a.at)}: ${a.label}` })),
    { width, narrow, maxLabelWidth: Math.min(170, (right - left) * 0.3) },
  );

  const gapYears = points.filter((p) => p.value === null).map((p) => String(p.key));
  const notes = [...disputeNote(view, points), ...(view === 'killed' ? [deathsNote] : []), gapNote(gapYears)].filter((n): n is string => !!n);
  const foot = footnotes(notes, width);

  const titleY = m.top + 11;
  const axisLabel = axisTitle(narrow ? v.axisShort : v.axis, m.left, titleY, width);
  const bandTop = titleY + axisLabel.extra + 8;
  const plotTop = bandTop + annLayout.bandHeight + 14; // room for value labels above the tallest bar
  const baseline = plotTop + plotH;
  const listTop = baseline + 26;
  const footTop = listTop + annLayout.listHeight;
  const height = Math.round(footTop + foot.height + 4);
  const y = axis.scale([baseline, plotTop]);

  const bars: BarPoint[] = points.map((p) => {
    const flag = disputed.find((d) => d.view === view && d.year === p.key);
    return { key: String(p.key), value: p.value, label: pointLabel(view, p), className: flag ? 'tt-disputed' : undefined };
  });
  const present = points.filter((p) => p.value !== null);
  const maxPoint = present.reduce<Point<number> | null>((a, b) => (!a || (b.value ?? 0) > (a.value ?? 0) ? b : a), null);
  const keep = [maxPoint, present.at(-1)].filter(Boolean).map((p) => String(p!.key));

  const flags = disputed
    .filter((d) => d.view === view)
    .flatMap((d) => {
      const p = points.find((q) => q.key === d.year);
      if (!p || p.value === null) return [];
      const cx = xOf(String(d.year)) + bw / 2;
      const cy = y(p.value) - 27;
      return [
        h(
          'g',
          { class: 'tt-flag-group', 'data-year': d.year, 'aria-hidden': 'true' },
          h('circle', { class: 'tt-flag', cx, cy, r: 7 }),
          h('text', { class: 'tt-label tt-flag-symbol', x: cx, y: cy + 5, 'text-anchor': 'middle' }, d.symbol),
        ),
      ];
    });

  const svg = chartRoot(
    { name, width, height, idPrefix, title: viewTitles[view], desc: summary(data, view) },
    axisLabel.node,
    ...valueAxisNodes(axis, y, left, right),
    h('g', { class: cls('tt-annotations', narrow && 'tt-annotations-narrow') }, annLayout.render({ bandTop, plotBottom: baseline, listTop })),
    barMarks(bars, {
      x: xOf,
      bandwidth: bw,
      y,
      plotTop,
      baseline,
      series: v.series,
      seriesName: v.name,
      seriesClass: v.seriesClass,
      idPrefix,
      highlight: state.highlight,
    }),
    barValueLabels(bars, { x: xOf, bandwidth: bw, y, width, keep, highlight: state.highlight }),
    h('g', { class: 'tt-flags' }, flags),
    categoryAxisNodes(
      keys.map((k) => ({ x: xOf(k) + bw / 2, label: k })),
      { y: baseline, x0: left, x1: right, width, step: x.step(), keepLast: true },
    ),
    foot.render(footTop),
  );
  return { svg, width, height };
}

/** One sentence for <desc>, from the data of the view. */
export function summary(data: PicssYearlyData, view: PicssYearlyView = 'attacks'): string {
  const pts = series(data, view).filter((p) => p.value !== null) as (Point<number> & { value: number })[];
  if (!pts.length) return `No PICSS figures for ${views[view].name.toLowerCase()}.`;
  const last = pts.at(-1)!;
  const min = pts.reduce((a, b) => (b.value < a.value ? b : a));
  const max = pts.reduce((a, b) => (b.value > a.value ? b : a));
  const u = (n: number) => unit(view, n);
  if (last.key === max.key && min.key < last.key) {
    return `PICSS counted ${formatNumber(last.value)} ${u(last.value)} in Pakistan in ${last.key}, the most of any year since ${FROM}, up from ${formatNumber(min.value)} in ${min.key}.`;
  }
  return `PICSS counted ${formatNumber(last.value)} ${u(last.value)} in Pakistan in ${last.key}; the range from ${FROM} was ${formatNumber(min.value)} (${min.key}) to ${formatNumber(max.value)} (${max.key}).`;
}

/** Long description for screen readers: all three views in plain words. */
export function describe(data: PicssYearlyData): string {
  const parts = [
    `Bar chart of militant violence in Pakistan per year from ${FROM} to ${TO}, as counted by the Pakistan Institute for Conflict and Security Studies (PICSS).`,
  ];
  for (const view of Object.keys(views) as PicssYearlyView[]) {
    const pts = series(data, view);
    parts.push(
      describeSeries(
        pts.map((p) => ({ key: String(p.key), name: String(p.key), value: p.value })),
        views[view].name.toLowerCase(),
      ),
    );
    parts.push(...disputeNote(view, pts).map((n) => n.replace(/^\S+\s/, 'Note: ')));
  }
  parts.push(deathsNote);
  return parts.join(' ');
}

/** The rows behind the chart: one per year, null where PICSS gives no figure. */
export function table(data: PicssYearlyData): ChartTable {
  const all = (Object.keys(views) as PicssYearlyView[]).map((view) => series(data, view));
  const rows = all[0]!.map((p, i) => {
    const notes = (Object.keys(views) as PicssYearlyView[]).flatMap((view, j) => {
      const q = all[j]![i]!;
      return q.otherValues.length
        ? [
            `${views[view].name}: ${disputed.some((d) => d.view === view && d.year === q.key) ? 'an earlier release gave' : 'also reported'} ${q.otherValues.join('; ')}`,
          ]
        : [];
    });
    const sources = [...new Set(all.map((s) => s[i]!.source).filter((id): id is string => !!id))];
    return [p.key, ...all.map((s) => s[i]!.value), notes.join('. ') || null, sources.join(' ') || null];
  });
  return {
    caption: `Militant attacks, people killed in them and suicide attacks in Pakistan per year, ${FROM}–${TO} (PICSS; empty cells: no figure found)`,
    columns: ['Year', 'Militant attacks', 'Killed in militant attacks', 'Suicide attacks', 'Other reported figures', 'Sources'],
    rows,
  };
}
