/**
 * Timeline of events, 2007–2025: one lane per category (attack, political, military, diplomatic,
 * group), a marker per event whose shape and colour follow its category, year ticks. Events that
 * would overlap in a lane are stacked (the lane grows), so every event stays visible at every width;
 * narrow widths only label fewer years.
 * Data: `{ rows }` = validated rows of content/data/events.csv (EventRow[]).
 *
 * State (`TimelineState`, all optional): `categories` (default all, in lane order), `from`
 * (default 2007) and `to` (default 2025) — whole years, inclusive.
 * Events dated only to a month are placed mid-month; only to a year, at mid-year.
 */
import { scaleLinear } from './scale.ts';
import type { EventRow } from '../data/schemas.ts';
import { eventsBetween } from '../data/shape.ts';
import { parsePartialDate, yearOf } from '../data/dates.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  categoryAxisNodes,
  chartRoot,
  cls,
  dodge,
  formatDate,
  formatNumber,
  LINE,
  listWords,
  markAttrs,
  round,
  seriesGroup,
  shapeNode,
  textWidth,
  frameOf,
} from './frame.ts';
import type { ChartTable, Drawn, DrawOpts, RowsData, ShapeKind } from './frame.ts';
import type { Option } from './state.ts';
import { formats } from './frame.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export type EventCategory = EventRow['category'];
export interface TimelineState {
  categories?: string[];
  from?: number;
  to?: number;
}
export type TimelineData = RowsData<EventRow>;

export const name = 'timeline';
export const title = 'Timeline of events, 2007–2025';
/**
 * Lane order: the categories of events.csv (same list as `eventCategories` in schemas.ts, kept
 * here so the browser bundle does not pull in the schemas and zod; a unit test keeps them equal).
 */
export const lanes: readonly EventCategory[] = ['attack', 'political', 'military', 'diplomatic', 'group'];
/** The kinds of event a reader can show or hide. */
export const categoryOptions: readonly Option<EventCategory>[] = lanes.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }));
export const FROM = 2007;
export const TO = 2025;

export const categories: Record<EventCategory, { lane: string; noun: [string, string]; shape: ShapeKind; className: string }> = {
  attack: { lane: 'Attacks', noun: ['attack', 'attacks'], shape: 'circle', className: 'tt-series-2' },
  political: { lane: 'Political', noun: ['political event', 'political events'], shape: 'square', className: 'tt-series-1' },
  military: { lane: 'Military', noun: ['military event', 'military events'], shape: 'triangle', className: 'tt-series-3' },
  diplomatic: { lane: 'Diplomatic', noun: ['diplomatic event', 'diplomatic events'], shape: 'diamond', className: 'tt-series-4' },
  group: { lane: 'Militant groups', noun: ['militant-group milestone', 'militant-group milestones'], shape: 'star', className: 'tt-muted' },
};

/** Every word the chart draws or says, per language (src/i18n/charts.ts); event titles come with the data. */
export const text = texts({
  en: {
    title,
    rangeTitle: (from: number, to: number) => `Timeline of events, ${from}–${to}`,
    lanes: Object.fromEntries(lanes.map((c) => [c, categories[c].lane])) as Record<EventCategory, string>,
  },
  ur: {
    title: 'واقعات کی ٹائم لائن، 2007 تا 2025',
    rangeTitle: (from: number, to: number) => `واقعات کی ٹائم لائن، ${from} تا ${to}`,
    lanes: { attack: 'حملے', political: 'سیاسی', military: 'فوجی', diplomatic: 'سفارتی', group: 'عسکریت پسند گروہ' },
  },
});
/** The Urdu labels of the reader's category check boxes. */
export const categoryLabelsUr: Record<EventCategory, string> = text.ur.lanes;

/** Position of a partial date in fractional years: mid-year for a year, mid-month for a month. */
export function yearPosition(date: string): number {
  const parsed = parsePartialDate(date);
  if (!parsed) return yearOf(date) + 0.5;
  const d = parsed.date;
  const y = d.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  const len = Date.UTC(y + 1, 0, 1) - start;
  if (parsed.precision === 'year') return y + 0.5;
  if (parsed.precision === 'month') {
    const mStart = Date.UTC(y, d.getUTCMonth(), 1);
    const mEnd = Date.UTC(y, d.getUTCMonth() + 1, 1);
    return y + ((mStart + mEnd) / 2 - start) / len;
  }
  return y + (d.getTime() + 12 * 3600_000 - start) / len;
}

/** "30 July 2023 — <title>": the tooltip text of an event. */
export const eventLabel = (e: EventRow, lang: Lang = 'en') => `${lang === 'en' ? formatDate(e.date) : formats(lang).date(e.date)} — ${e.title}`;

function resolveState(state: TimelineState | undefined) {
  const from = Math.max(FROM, Math.floor(state?.from ?? FROM));
  const to = Math.min(TO, Math.floor(state?.to ?? TO));
  const wanted = state?.categories?.length ? state.categories : [...lanes];
  return { from: Math.min(from, to), to: Math.max(from, to), lanes: lanes.filter((c) => wanted.includes(c)) };
}

/** The events a state shows, in date order. */
export function visibleEvents(rows: EventRow[], state?: TimelineState): EventRow[] {
  const { from, to, lanes } = resolveState(state);
  return eventsBetween(rows, from, to).filter((e) => lanes.includes(e.category));
}

export function draw(data: TimelineData, opts: DrawOpts<TimelineState>): Drawn {
  const { width, idPrefix, narrow, m, lang } = frameOf(opts, name);
  const t = text[lang];
  const { from, to, lanes } = resolveState(opts.state);
  const events = visibleEvents(data.rows, opts.state);

  const labelW = narrow ? 0 : Math.max(...lanes.map((c) => textWidth(t.lanes[c]))) + 14;
  const left = m.left + labelW + 6;
  const right = width - m.right - 6;
  const x = scaleLinear()
    .domain([from, to + 1])
    .range([left, right]);
  const r = narrow ? 4 : 5;
  const header = narrow ? LINE + 2 : 0;

  // Stack events lane by lane and size each lane to its tallest stack.
  let yCursor = m.top + 4;
  const laneNodes: SvgNode[] = [];
  const groups: SvgNode[] = [];
  for (const cat of lanes) {
    const meta = { ...categories[cat], lane: t.lanes[cat] };
    const evs = events.filter((e) => e.category === cat);
    const offsets = dodge(
      evs.map((e) => ({ x: x(yearPosition(e.date)), y: 0 })),
      r,
      'y',
      1.5,
    );
    const reach = Math.max(0, ...offsets.map((o) => Math.abs(o)));
    const laneH = Math.max(narrow ? 22 : 30, 2 * reach + 2 * r + 12);
    const laneTop = yCursor + header;
    const mid = laneTop + laneH / 2;
    laneNodes.push(
      h(
        'g',
        { class: 'tt-lane', 'data-category': cat },
        h('line', { class: 'tt-lane-rule', x1: narrow ? m.left : left, x2: right, y1: laneTop + laneH, y2: laneTop + laneH, 'aria-hidden': 'true' }),
        narrow
          ? h('text', { class: 'tt-label tt-lane-label tt-halo', x: m.left, y: yCursor + 12 }, meta.lane)
          : h('text', { class: 'tt-label tt-lane-label', x: m.left, y: mid + 4 }, meta.lane),
      ),
    );
    groups.push(
      seriesGroup(
        cat,
        meta.lane,
        evs.length,
        evs.map((e, i) => {
          const cx = x(yearPosition(e.date));
          const cy = mid + offsets[i]!;
          return shapeNode(meta.shape, cx, cy, r, {
            class: cls('tt-mark', 'tt-point', 'tt-event', `tt-event-${cat}`, meta.className),
            'data-id': e.id,
            ...markAttrs(cat, i, eventLabel(e, lang), cx, cy),
          });
        }),
        '',
        lang,
      ),
    );
    yCursor = laneTop + laneH;
  }
  const plotTop = m.top + 4;
  const baseline = yCursor + 4;
  const height = Math.round(baseline + 26);

  const years: number[] = [];
  for (let yr = from; yr <= to; yr++) years.push(yr);
  const step = x(from + 1) - x(from);

  const svg = chartRoot(
    { name, width, height, idPrefix, title: from === FROM && to === TO ? t.title : t.rangeTitle(from, to), desc: summary(data, opts.state, lang), lang },
    h(
      'g',
      { class: 'tt-grid tt-year-rules', 'aria-hidden': 'true' },
      [...years, to + 1].map((yr) => h('line', { x1: round(x(yr)), x2: round(x(yr)), y1: plotTop, y2: baseline })),
    ),
    ...laneNodes,
    ...groups,
    categoryAxisNodes(
      years.map((yr) => ({ x: x(yr + 0.5), label: String(yr) })),
      { y: baseline, x0: left, x1: right, width, step, keepLast: true, tickLength: 0 },
    ),
  );
  return { svg, width, height };
}

/** One sentence for <desc>. */
export function summary(data: TimelineData, state?: TimelineState, lang: Lang = 'en'): string {
  const { from, to, lanes } = resolveState(state);
  const events = visibleEvents(data.rows, state);
  const counts = lanes.map((c) => ({ c, n: events.filter((e) => e.category === c).length })).filter((d) => d.n > 0);
  if (lang === 'ur') {
    const f = formats(lang);
    return `${from} سے ${to} تک ${f.number(events.length)} واقعات: ${f.list(counts.map(({ c, n }) => `${text.ur.lanes[c]} ${f.number(n)}`))}۔`;
  }
  const parts = counts.map(({ c, n }) => `${formatNumber(n)} ${n === 1 ? categories[c].noun[0] : categories[c].noun[1]}`);
  return `${formatNumber(events.length)} events from ${from} to ${to}: ${listWords(parts)}.`;
}

/** Long description for screen readers: counts, spread over time, busiest year, deadliest attacks. */
export function describe(data: TimelineData, lang: Lang = 'en'): string {
  const events = visibleEvents(data.rows);
  if (lang === 'ur') {
    const f = formats(lang);
    if (!events.length) return 'دکھانے کے لیے کوئی واقعہ نہیں۔';
    const deadliest = events
      .filter((e) => e.category === 'attack' && e.killed !== null)
      .sort((a, b) => b.killed! - a.killed! || a.date.localeCompare(b.date))
      .slice(0, 5);
    return [
      `${f.number(lanes.length)} قطاروں (${f.list(lanes.map((c) => text.ur.lanes[c]))}) میں ٹائم لائن، ہر واقعے کا ایک نشان۔`,
      summary(data, undefined, lang),
      `پہلا واقعہ: ${eventLabel(events[0]!, lang)}؛ آخری: ${eventLabel(events.at(-1)!, lang)}۔`,
      `${f.number(events.filter((e) => e.date >= '2021-08').length)} واقعات اگست 2021 یا اس کے بعد کے ہیں۔`,
      deadliest.length ? `سب سے ہلاکت خیز حملے: ${deadliest.map((e) => `${e.title} (${f.date(e.date)}، ${f.number(e.killed!)} جاں بحق)`).join('؛ ')}۔` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (!events.length) return 'No events to show.';
  const byYear = new Map<number, number>();
  for (const e of events) byYear.set(yearOf(e.date), (byYear.get(yearOf(e.date)) ?? 0) + 1);
  const busiest = [...byYear.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  const empty: number[] = [];
  for (let y = FROM; y <= TO; y++) if (!byYear.has(y)) empty.push(y);
  const sinceKabul = events.filter((e) => e.date >= '2021-08').length;
  const deadliest = events
    .filter((e) => e.category === 'attack' && e.killed !== null)
    .sort((a, b) => b.killed! - a.killed! || a.date.localeCompare(b.date))
    .slice(0, 5);
  return [
    `Timeline in ${lanes.length} lanes (${listWords(lanes.map((c) => categories[c].lane.toLowerCase()))}), one marker per event.`,
    summary(data),
    `The first event is ${eventLabel(events[0]!)}; the last is ${eventLabel(events.at(-1)!)}.`,
    `${formatNumber(sinceKabul)} of the ${formatNumber(events.length)} events date from August 2021 or later; the busiest year is ${busiest[0]}, with ${formatNumber(busiest[1])}.`,
    empty.length ? `No events are listed for ${listWords(empty.map(String))}.` : '',
    deadliest.length
      ? `Deadliest attacks listed: ${deadliest.map((e) => `${e.title} (${formatDate(e.date)}, ${formatNumber(e.killed!)} killed)`).join('; ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Every event from 2007 to 2025, in date order. */
export function table(data: TimelineData, lang: Lang = 'en'): ChartTable {
  if (lang === 'ur') {
    const f = formats(lang);
    return {
      caption: `${FROM} سے ${TO} تک کے واقعات، تاریخ کی ترتیب سے (ہلاکتیں: جہاں تعداد درج ہے)`,
      columns: ['تاریخ', 'قسم', 'واقعہ', 'مقام', 'جاں بحق', 'Source'],
      rows: visibleEvents(data.rows).map((e) => [
        f.date(e.date),
        text.ur.lanes[e.category],
        e.title,
        [e.place, e.country].filter(Boolean).join('، ') || null,
        e.killed,
        e.source,
      ]),
    };
  }
  return {
    caption: `Events from ${FROM} to ${TO}, in date order (killed: where a toll is recorded)`,
    columns: ['Date', 'Category', 'Event', 'Place', 'Killed', 'Source'],
    rows: visibleEvents(data.rows).map((e) => [e.date, e.category, e.title, [e.place, e.country].filter(Boolean).join(', ') || null, e.killed, e.source]),
  };
}
