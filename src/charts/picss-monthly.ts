/**
 * PICSS militant attacks (or deaths in them) per month, from December 2021 to the last month
 * with a figure: a line with a marker on every month that has one. Months without a figure break
 * the line (`linePath` with `defined`, as d3-shape's `line().defined`) and are covered by a hatched band; nothing is interpolated.
 * Data: `{ rows }` = validated rows of content/data/picss-monthly.csv (MonthlyRow[]).
 *
 * State (`PicssMonthlyState`, all optional):
 * - `metric`: 'attacks' (default) | 'killed'
 * - `highlight`: ['2022-11', '2023-01'] — months in the range shaded, their markers outlined, others dimmed
 * - `annotations`: how many of `annotations` to show, in order (default: all)
 */
import { linePath } from './path.ts';
import { highest, valued } from './points.ts';
import type { MonthlyRow } from '../data/schemas.ts';
import { monthlySeries } from '../data/shape.ts';
import type { Point } from '../data/shape.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  annotationCount,
  axisTitle,
  categoryAxisNodes,
  chartRoot,
  cls,
  describeSeries,
  footnotes,
  formatDate,
  formatNumber,
  frameOf,
  gapNote,
  gapRect,
  highlightClass,
  layoutAnnotations,
  listWords,
  markAttrs,
  plotHeightFor,
  plotSpan,
  round,
  seriesGroup,
  valueAxis,
  valueAxisNodes,
} from './frame.ts';
import type { Annotation, ChartTable, Drawn, DrawOpts, RowsData, TimeSeriesState } from './frame.ts';
import type { Option } from './state.ts';
import { deathsNote, text as yearlyText } from './picss-yearly.ts';
import { formats } from './frame.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export type PicssMonthlyMetric = 'attacks' | 'killed';
export interface PicssMonthlyState extends TimeSeriesState {
  metric?: PicssMonthlyMetric;
}
export type PicssMonthlyData = RowsData<MonthlyRow>;

export const name = 'picss-monthly';
export const title = 'Militant attacks in Pakistan per month since December 2021 (PICSS)';
export const START = '2021-12';

export const metrics: Record<
  PicssMonthlyMetric,
  { name: string; axis: string; axisShort: string; unit: [string, string]; seriesClass: string; title: string }
> = {
  attacks: {
    name: 'Militant attacks',
    axis: 'Militant attacks per month',
    axisShort: 'Militant attacks per month',
    unit: ['militant attack', 'militant attacks'],
    seriesClass: 'tt-series-1',
    title,
  },
  killed: {
    name: 'People killed in militant attacks',
    axis: 'People killed in militant attacks per month (attackers included)',
    axisShort: 'Killed per month (incl. attackers)',
    unit: ['person killed', 'people killed'],
    seriesClass: 'tt-series-2',
    title: 'People killed in militant attacks in Pakistan per month since December 2021 (PICSS)',
  },
};

/** The metrics a reader can choose, in the order the figure offers them. */
export const metricOptions: readonly Option<PicssMonthlyMetric>[] = [
  { value: 'attacks', label: 'Attacks' },
  { value: 'killed', label: 'Deaths' },
];

export const annotations: readonly Annotation[] = [
  { id: 'ttp-ceasefire-ends', at: '2022-11', label: 'The TTP calls off its ceasefire', eventId: 'ev-2022-11-28-40' },
  { id: 'peshawar-mosque', at: '2023-01', label: 'Peshawar police mosque bombing; PICSS’s deadliest month since July 2018', eventId: 'ev-2023-01-30-46' },
  { id: 'bajaur', at: '2023-07', label: 'Bajaur bombing', eventId: 'ev-2023-07-30-58' },
  { id: 'election-2024', at: '2024-02', label: 'General election', eventId: 'ev-2024-02-08-78' },
];

/** Every word the chart draws or says, per language (src/i18n/charts.ts). */
export const text = texts({
  en: {
    title,
    metrics: metrics as Record<PicssMonthlyMetric, { name: string; axis: string; axisShort: string; title: string }>,
    annotations: Object.fromEntries(annotations.map((a) => [a.id, a.label])) as Record<string, string>,
    bands: 'bands',
    deathsNote,
  },
  ur: {
    title: 'پاکستان میں عسکریت پسندوں کے ماہانہ حملے، دسمبر 2021 سے (پکس)',
    metrics: {
      attacks: {
        name: 'عسکریت پسندوں کے حملے',
        axis: 'عسکریت پسندوں کے حملے فی ماہ',
        axisShort: 'عسکریت پسندوں کے حملے فی ماہ',
        title: 'پاکستان میں عسکریت پسندوں کے ماہانہ حملے، دسمبر 2021 سے (پکس)',
      },
      killed: {
        name: 'عسکریت پسندوں کے حملوں میں ہلاکتیں',
        axis: 'عسکریت پسندوں کے حملوں میں ماہانہ ہلاکتیں (حملہ آوروں سمیت)',
        axisShort: 'ماہانہ ہلاکتیں (حملہ آوروں سمیت)',
        title: 'پاکستان میں عسکریت پسندوں کے حملوں میں ماہانہ ہلاکتیں، دسمبر 2021 سے (پکس)',
      },
    },
    annotations: {
      'ttp-ceasefire-ends': 'ٹی ٹی پی نے جنگ بندی ختم کر دی',
      'peshawar-mosque': 'پشاور پولیس لائنز مسجد دھماکہ؛ جولائی 2018 کے بعد پکس کا سب سے ہلاکت خیز مہینہ',
      bajaur: 'باجوڑ دھماکہ',
      'election-2024': 'عام انتخابات',
    },
    bands: 'پٹیاں',
    deathsNote: yearlyText.ur.deathsNote,
  },
});

function pointLabelUr(metric: PicssMonthlyMetric, p: Point<string>): string {
  const f = formats('ur');
  const what = text.ur.metrics[metric].name;
  if (p.value === null) return `${f.date(p.key)}: ${what}، اعداد دستیاب نہیں`;
  const others = p.otherValues.length ? `؛ دیگر رپورٹ شدہ: ${p.otherValues.map(f.number).join('، ')}` : '';
  return `${f.date(p.key)}: ${what} ${f.number(p.value)} (پکس)${others}`;
}

/** Last month with any figure in the rows (the table's end), or with a figure for one metric. */
function lastMonth(rows: MonthlyRow[], metric?: PicssMonthlyMetric): string {
  const months = rows.filter((r) => (metric ? r.metric === metric : r.metric !== 'injured') && r.month >= START).map((r) => r.month);
  // biome-ignore lint/complexity/useMathMinMax: months are 'YYYY-MM' strings, compared as text
  return months.reduce((a, b) => (b > a ? b : a), START);
}

/** The series drawn for a metric: every month from December 2021 to its last figure, gaps as null. */
export function monthSeries(data: PicssMonthlyData, metric: PicssMonthlyMetric): Point<string>[] {
  return monthlySeries(data.rows, metric, START, lastMonth(data.rows, metric));
}

const unit = (metric: PicssMonthlyMetric, n: number) => (n === 1 ? metrics[metric].unit[0] : metrics[metric].unit[1]);

function pointLabel(metric: PicssMonthlyMetric, p: Point<string>): string {
  if (p.value === null) return `${formatDate(p.key)}: ${metrics[metric].name.toLowerCase()}, no data`;
  const others = p.otherValues.length ? `; also reported: ${p.otherValues.map(formatNumber).join(', ')}` : '';
  return `${formatDate(p.key)}: ${formatNumber(p.value)} ${unit(metric, p.value)} (PICSS)${others}`;
}

/**
 * `height`: fit the drawing into this many px (a scrolly's sticky stage on a phone): the plot
 * shrinks and the notes, printed with the figure's notes, are left out of the drawing.
 * `state.previous` (a scrolly step's, given by <Step>): the step before; what this step adds or
 * highlights carries data-mark (a new metric: the whole line; new annotations; highlighted
 * months; else the line).
 */
export function draw(data: PicssMonthlyData, opts: DrawOpts<PicssMonthlyState>): Drawn {
  const { width, state, idPrefix, narrow, m, lang, f } = frameOf(opts, name);
  const t = text[lang];
  const metric: PicssMonthlyMetric = state.metric && state.metric in metrics ? state.metric : 'attacks';
  const meta = { ...metrics[metric], ...t.metrics[metric] };
  const label = (p: Point<string>) => (lang === 'en' ? pointLabel(metric, p) : pointLabelUr(metric, p));
  const points = monthSeries(data, metric);
  const series = metric;

  const fit = opts.height && opts.height > 0 ? opts.height : 0;
  let plotH = plotHeightFor(width, { narrowRatio: 0.8 });
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  let axis = valueAxis(max * 1.05, plotH);
  const { left, right } = plotSpan(width, m, axis);
  const step = (right - left) / Math.max(1, points.length);
  const index = new Map(points.map((p, i) => [p.key, i]));
  const cx = (i: number) => left + (i + 0.5) * step;
  const cxMonth = (month: string) => cx(index.get(month) ?? (month < START ? -0.5 : points.length - 0.5));

  const shown = annotations.slice(0, annotationCount(state.annotations, annotations.length)).filter((a) => index.has(a.at));
  const annLayout = layoutAnnotations(
    shown.map((a) => ({ ann: a, x: cxMonth(a.at), text: `${f.monthShort(a.at)}: ${t.annotations[a.id] ?? a.label}` })),
    { width, narrow, maxLabelWidth: Math.min(180, (right - left) * 0.28) },
  );

  const gapMonths = points.filter((p) => p.value === null).map((p) => f.monthShort(p.key));
  // Who the deaths include is a listed note of the figure (registry), not drawn: the page would show it twice.
  const notes = [gapNote(gapMonths, t.bands, lang)].filter((n): n is string => !!n);
  const foot = footnotes(fit ? [] : notes, width);

  const titleY = m.top + 11;
  const axisLabel = axisTitle(narrow ? meta.axisShort : meta.axis, m.left, titleY, width);
  const bandTop = titleY + axisLabel.extra + 8;
  const plotTop = bandTop + annLayout.bandHeight + 6;
  if (fit) {
    plotH = Math.max(120, Math.round(fit - plotTop - 26 - annLayout.listHeight - foot.height - 4));
    axis = valueAxis(max * 1.05, plotH);
  }
  const baseline = plotTop + plotH;
  const listTop = baseline + 26;
  const footTop = listTop + annLayout.listHeight;
  const height = Math.round(footTop + foot.height + 4);
  const y = axis.scale([baseline, plotTop]);

  // What this scrolly step highlights or adds: highlighted months, months of new annotations, or
  // (a new metric, or nothing else new) the whole line.
  const previous = state.previous;
  const prevCount = previous ? annotationCount(previous.annotations, annotations.length) : 0;
  const newAt = new Set(shown.slice(prevCount).map((a) => a.at));
  const lit = new Set(points.filter((p) => highlightClass(p.key, state.highlight) === 'tt-highlight').map((p) => p.key));
  const wholeLine = (!!previous && (previous.metric ?? 'attacks') !== metric) || (!!previous && !lit.size && !newAt.size);
  const stepMark = (key: string) => !!previous && (wholeLine || lit.has(key) || newAt.has(key));

  const r = narrow ? 3 : 4;
  const path = linePath(points, { defined: (p) => p.value !== null, x: (_, i) => cx(i), y: (p) => y(p.value ?? 0) });

  const marks = points.map((p, i) => {
    if (p.value === null) {
      return gapRect({
        x: cx(i) - step / 2,
        y: plotTop,
        width: step,
        height: baseline - plotTop,
        idPrefix,
        series,
        i,
        label: label(p),
        extraClass: cls(highlightClass(p.key, state.highlight) === 'tt-dim' && 'tt-dim'),
        key: `month-${p.key}`,
      });
    }
    return h('circle', {
      class: cls('tt-mark', 'tt-point', meta.seriesClass, highlightClass(p.key, state.highlight)),
      cx: cx(i),
      cy: y(p.value),
      r,
      'data-key': `month-${p.key}`,
      'data-mark': stepMark(p.key) ? 'step' : undefined,
      ...markAttrs(series, i, label(p), cx(i), y(p.value)),
    });
  });

  let band: SvgNode | null = null;
  if (state.highlight) {
    const [a, b] = state.highlight[0] <= state.highlight[1] ? state.highlight : [state.highlight[1], state.highlight[0]];
    const inRange = points.map((p, i) => [p.key, i] as const).filter(([k]) => k >= a && k <= b);
    if (inRange.length) {
      const x0 = cx(inRange[0]![1]) - step / 2;
      const x1 = cx(inRange.at(-1)![1]) + step / 2;
      band = h('rect', {
        class: 'tt-highlight-band',
        'data-key': 'band',
        x: round(x0),
        y: plotTop,
        width: round(x1 - x0),
        height: baseline - plotTop,
        'aria-hidden': 'true',
      });
    }
  }

  const januaries = points.map((p, i) => ({ p, i })).filter(({ p, i }) => p.key.endsWith('-01') || i === 0);
  const ticks = januaries
    .map(({ p, i }) => ({ x: cx(i), label: i === 0 && !p.key.endsWith('-01') ? (narrow ? '' : f.monthShort(p.key)) : p.key.slice(0, 4) }))
    .filter((t) => t.label);

  const svg = chartRoot(
    { name, width, height, idPrefix, title: meta.title, desc: summary(data, metric, lang), lang },
    axisLabel.node,
    band,
    ...valueAxisNodes(axis, y, left, right),
    h('g', { class: cls('tt-annotations', narrow && 'tt-annotations-narrow') }, annLayout.render({ bandTop, plotBottom: baseline, listTop })),
    h('path', { class: cls('tt-line', meta.seriesClass), d: path, 'aria-hidden': 'true', 'data-key': 'line' }),
    seriesGroup(series, meta.name, points.length, marks, '', lang),
    categoryAxisNodes(ticks, { y: baseline, x0: left, x1: right, width, step: step * 12 }),
    foot.render(footTop),
  );
  return { svg, width, height };
}

/** One sentence for <desc>. */
export function summary(data: PicssMonthlyData, metric: PicssMonthlyMetric = 'attacks', lang: Lang = 'en'): string {
  const present = valued(monthSeries(data, metric));
  const first = present[0];
  const last = present.at(-1);
  if (!first || !last)
    return lang === 'ur'
      ? `${text.ur.metrics[metric].name} کے پکس کے ماہانہ اعداد دستیاب نہیں۔`
      : `No PICSS monthly figures for ${metrics[metric].name.toLowerCase()}.`;
  const max = highest(present);
  if (lang === 'ur') {
    const f = formats(lang);
    const what = text.ur.metrics[metric].name;
    return `پکس نے ${f.date(first.key)} میں ${what} ${f.number(first.value)} اور ${f.date(last.key)} میں ${f.number(last.value)} گنے؛ سب سے زیادہ ماہانہ تعداد ${f.date(max.key)} میں ${f.number(max.value)} تھی۔`;
  }
  return `PICSS counted ${formatNumber(first.value)} ${unit(metric, first.value)} in ${formatDate(first.key)} and ${formatNumber(last.value)} in ${formatDate(last.key)}, with a monthly high of ${formatNumber(max.value)} in ${formatDate(max.key)}.`;
}

/** Long description for screen readers: both metrics, gaps and the annotated months. */
export function describe(data: PicssMonthlyData, lang: Lang = 'en'): string {
  if (lang === 'ur') {
    const f = formats(lang);
    const parts = [
      `پاکستان میں عسکریت پسندوں کے حملوں اور ان میں ہلاکتوں کا ماہانہ لائن چارٹ، ${f.date(START)} سے، پاک انسٹی ٹیوٹ فار کانفلکٹ اینڈ سکیورٹی اسٹڈیز (پکس) کے اعداد کے مطابق۔ جن مہینوں کا عدد نہیں، وہ لکیر میں خالی ہیں۔`,
    ];
    for (const metric of Object.keys(metrics) as PicssMonthlyMetric[]) {
      const pts = monthSeries(data, metric);
      parts.push(
        describeSeries(
          pts.map((p) => ({ key: p.key, name: f.date(p.key), value: p.value })),
          `${text.ur.metrics[metric].name} فی ماہ`,
          { listAll: false, lang },
        ),
      );
    }
    const att = new Map(monthSeries(data, 'attacks').map((p) => [p.key, p.value]));
    const kil = new Map(monthSeries(data, 'killed').map((p) => [p.key, p.value]));
    const n = (v: number | null | undefined, u: string) => (v === null || v === undefined ? `${u} کا عدد نہیں` : `${u} ${f.number(v)}`);
    const marked = annotations.map((a) => `${f.date(a.at)} (${text.ur.annotations[a.id]}): ${n(att.get(a.at), 'حملے')}، ${n(kil.get(a.at), 'ہلاکتیں')}`);
    parts.push(`نشان زد مہینے: ${marked.join('؛ ')}۔`);
    parts.push(text.ur.deathsNote);
    return parts.join(' ');
  }
  const parts = [
    `Line chart of militant attacks in Pakistan and the people killed in them, month by month from ${formatDate(START)}, as counted by the Pakistan Institute for Conflict and Security Studies (PICSS). Months without a figure are gaps in the line.`,
  ];
  for (const metric of Object.keys(metrics) as PicssMonthlyMetric[]) {
    const pts = monthSeries(data, metric);
    parts.push(
      describeSeries(
        pts.map((p) => ({ key: p.key, name: formatDate(p.key), value: p.value })),
        `${metrics[metric].name.toLowerCase()} per month`,
        { listAll: false },
      ),
    );
  }
  const att = new Map(monthSeries(data, 'attacks').map((p) => [p.key, p.value]));
  const kil = new Map(monthSeries(data, 'killed').map((p) => [p.key, p.value]));
  const marked = annotations.map((a) => {
    const n = (v: number | null | undefined, u: string) => (v === null || v === undefined ? `no ${u} figure` : `${formatNumber(v)} ${u}`);
    return `${formatDate(a.at)} (${a.label}): ${n(att.get(a.at), 'attacks')}, ${n(kil.get(a.at), 'killed')}`;
  });
  parts.push(`Marked months: ${marked.join('; ')}.`);
  parts.push(deathsNote);
  return parts.join(' ');
}

/** The rows behind the chart: every month from December 2021 to the last figure, null for gaps. */
export function table(data: PicssMonthlyData, lang: Lang = 'en'): ChartTable {
  const end = lastMonth(data.rows);
  const att = monthlySeries(data.rows, 'attacks', START, end);
  const kil = monthlySeries(data.rows, 'killed', START, end);
  if (lang === 'ur') {
    const f = formats(lang);
    return {
      caption: `پاکستان میں عسکریت پسندوں کے ماہانہ حملے اور ان میں ہلاکتیں، ${f.date(START)} تا ${f.date(end)} (پکس؛ خالی خانہ: کوئی عدد نہیں ملا)`,
      columns: ['مہینہ', 'عسکریت پسندوں کے حملے', 'عسکریت پسندوں کے حملوں میں ہلاکتیں', 'دیگر رپورٹ شدہ اعداد', 'Sources'],
      rows: att.map((p, i) => {
        const k = kil[i]!;
        const other = [
          p.otherValues.length ? `حملے: ${p.otherValues.join('؛ ')}` : '',
          k.otherValues.length ? `ہلاکتیں: ${k.otherValues.join('؛ ')}` : '',
        ].filter(Boolean);
        const sources = [...new Set([p.source, k.source].filter((id): id is string => !!id))];
        return [f.date(p.key), p.value, k.value, other.length ? f.list(other) : null, sources.join(' ') || null];
      }),
    };
  }
  return {
    caption: `Militant attacks in Pakistan and people killed in them per month, ${formatDate(START)} to ${formatDate(end)} (PICSS; empty cells: no figure found)`,
    columns: ['Month', 'Militant attacks', 'Killed in militant attacks', 'Other reported figures', 'Sources'],
    rows: att.map((p, i) => {
      const k = kil[i]!;
      const other = [
        p.otherValues.length ? `attacks: ${p.otherValues.join('; ')}` : '',
        k.otherValues.length ? `killed: ${k.otherValues.join('; ')}` : '',
      ].filter(Boolean);
      const sources = [...new Set([p.source, k.source].filter((id): id is string => !!id))];
      return [p.key, p.value, k.value, other.length ? listWords(other) : null, sources.join(' ') || null];
    }),
  };
}
