/**
 * The Bajaur death toll as it was reported: every reported figure from the evening of the
 * bombing (30 July 2023, about 16:00 PKT) to 3 August 2023, placed at the time of the report.
 * Each report's marker shape and class follow its `status` (first, report, range, official,
 * outlier); a step line follows the highest figure reported so far (outliers left out); a dashed
 * reference line marks the final official toll. Reports without a day, dated only to the month,
 * or dated after 3 August sit in a separate column on the right.
 * Data: `{ rows }` = validated rows of content/data/bajaur-toll.csv (TollRow[]), put in time
 * order by `tollTimeline` (src/data/shape.ts).
 *
 * State (`BajaurTollState`, all optional):
 * - `through`: '2023-07-30' | '2023-07-31' | '2023-08-02' | 'all' (default) — reports after the
 *   end of that day are not drawn; 'all' also draws the right-hand column
 * - `highlight`: 'first' | 'official' | 'outliers' — those reports outlined, the rest dimmed
 */
import { scaleLinear } from './scale.ts';
import { linePath } from './path.ts';
import type { TollRow } from '../data/schemas.ts';
import { tollTimeline } from '../data/shape.ts';
import type { TollReport } from '../data/shape.ts';
import { parsePartialDate } from '../data/dates.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  axisTitle,
  categoryAxisNodes,
  chartRoot,
  clampX,
  cls,
  dodge,
  formatDate,
  formatNumber,
  formats,
  frameOf,
  legend,
  listWords,
  markAttrs,
  plotHeightFor,
  plotSpan,
  seriesGroup,
  shapeNode,
  textLines,
  textWidth,
  valueAxis,
  valueAxisNodes,
  wrapText,
} from './frame.ts';
import type { ChartTable, Drawn, DrawOpts, Formats, RowsData, ShapeKind } from './frame.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export type TollStatus = TollRow['status'];
export type TollThrough = '2023-07-30' | '2023-07-31' | '2023-08-02' | 'all';
export interface BajaurTollState {
  through?: TollThrough;
  highlight?: 'first' | 'official' | 'outliers';
}
export type BajaurTollData = RowsData<TollRow>;

export const name = 'bajaur-toll';
export const title = 'The Bajaur death toll as it was reported, 30 July to 3 August 2023';

/** Times are Pakistan Standard Time, stored like src/data/dates.ts does: the PKT clock reading as a UTC timestamp. */
export const START = Date.UTC(2023, 6, 30, 16, 0);
/** End of 3 August 2023. */
export const END = Date.UTC(2023, 7, 4, 0, 0);
const HOUR = 3600_000;

/** How reports are placed in time; shown under the chart. */
export const timeNote =
  'Times are Pakistan time. A report dated only to the day is drawn at midday of that day; on 30 July, when the bomb went off at about 16:00, such reports are drawn at 20:00 instead. Reports with an exact time are drawn at that time. Markers that would overlap are nudged sideways. Reports with no date, only a month, or a date after 3 August are in the right-hand column.';

export const statuses: Record<TollStatus, { label: string; legend: string; shape: ShapeKind; className: string }> = {
  first: { label: 'first report', legend: 'First report', shape: 'diamond', className: 'tt-series-2' },
  report: { label: 'report', legend: 'Report', shape: 'circle', className: 'tt-series-1' },
  range: { label: 'report giving a range', legend: 'Range given', shape: 'triangle', className: 'tt-series-4' },
  official: { label: 'official figure', legend: 'Official figure', shape: 'square', className: 'tt-series-3' },
  outlier: { label: 'outlier', legend: 'Outlier', shape: 'x', className: 'tt-muted' },
};

/** Every word the chart draws or says, per language (src/i18n/charts.ts). */
export const text = texts({
  en: {
    title,
    timeNote,
    status: Object.fromEntries(Object.entries(statuses).map(([k, v]) => [k, { label: v.label, legend: v.legend }])) as Record<
      TollStatus,
      { label: string; legend: string }
    >,
    undated: 'Undated',
    report: (o: { when: string; killed: string; injured: string | null; by: string; status: string; note: string }) =>
      `${o.when}: ${o.killed} killed${o.injured !== null ? `, ${o.injured} injured` : ''}. Reported by ${o.by} (${o.status}${o.note ? `; ${o.note}` : ''})`,
    months: { narrow: ['Jul', 'Aug'], wide: ['July', 'August'] },
    highest: 'Highest so far',
    axis: 'People reported killed',
    official: (n: number) => `Official: ${n}`,
    finalOfficial: (n: number) => `Final official toll: ${n}`,
    column: { narrow: ['Undated', 'or later'], wide: 'Undated or later' },
    reportsSeries: 'Reported tolls in time order',
    undatedSeries: 'Undated or later reports',
  },
  ur: {
    title: 'باجوڑ دھماکے میں ہلاکتوں کی تعداد، جیسے رپورٹ ہوئی: 30 جولائی تا 3 اگست 2023',
    timeNote:
      'اوقات پاکستانی وقت کے مطابق ہیں۔ جس رپورٹ پر صرف دن درج ہے وہ اس دن کی دوپہر پر دکھائی گئی ہے؛ 30 جولائی کو، جب دھماکہ تقریباً 16:00 بجے ہوا، ایسی رپورٹیں 20:00 بجے پر دکھائی گئی ہیں۔ جن رپورٹوں کا وقت معلوم ہے وہ اسی وقت پر ہیں۔ ایک دوسرے پر چڑھنے والے نشان ذرا سرکا دیے گئے ہیں۔ بغیر تاریخ، صرف مہینے والی یا 3 اگست کے بعد کی رپورٹیں دائیں طرف کے کالم میں ہیں۔',
    status: {
      first: { label: 'پہلی رپورٹ', legend: 'پہلی رپورٹ' },
      report: { label: 'رپورٹ', legend: 'رپورٹ' },
      range: { label: 'اندازاً حد بتانے والی رپورٹ', legend: 'حد بتائی گئی' },
      official: { label: 'سرکاری تعداد', legend: 'سرکاری تعداد' },
      outlier: { label: 'غیر معمولی تعداد', legend: 'غیر معمولی' },
    },
    undated: 'تاریخ درج نہیں',
    report: (o: { when: string; killed: string; injured: string | null; by: string; status: string; note: string }) =>
      `${o.when}: ${o.killed} جاں بحق${o.injured !== null ? `، ${o.injured} زخمی` : ''}۔ بتانے والا: ${o.by} (${o.status}${o.note ? `؛ ${o.note}` : ''})`,
    months: { narrow: ['جولائی', 'اگست'], wide: ['جولائی', 'اگست'] },
    highest: 'اب تک کی سب سے زیادہ تعداد',
    axis: 'رپورٹ شدہ ہلاکتیں',
    official: (n: number) => `سرکاری: ${n}`,
    finalOfficial: (n: number) => `حتمی سرکاری تعداد: ${n}`,
    column: { narrow: ['بلا تاریخ', 'یا بعد کی'], wide: 'بلا تاریخ یا بعد کی' },
    reportsSeries: 'رپورٹ شدہ تعداد، وقت کی ترتیب سے',
    undatedSeries: 'بغیر تاریخ یا بعد کی رپورٹیں',
  },
});

export interface PlacedReport extends TollReport {
  /** Drawn time (ms, PKT clock as UTC) in the main plot, or null for the right-hand column. */
  t: number | null;
  /** The calendar day (YYYY-MM-DD) the report belongs to, or null when it has none. */
  day: string | null;
}

/**
 * Where each report goes: its drawn time, or the right-hand column. Sorted as drawn: main-plot
 * reports by drawn time, then the column's in `tollTimeline` order (keyboard and table order).
 */
export function placeReports(rows: TollRow[]): PlacedReport[] {
  const placed = tollTimeline(rows).map((r): PlacedReport => {
    const parsed = r.reported_at ? parsePartialDate(r.reported_at) : null;
    if (!parsed || parsed.precision === 'month' || parsed.precision === 'year') return { ...r, t: null, day: null };
    const day = r.reported_at.slice(0, 10);
    let t = parsed.date.getTime();
    if (parsed.precision === 'day') {
      const midday = t + 12 * HOUR;
      t = midday < START ? START + (t + 24 * HOUR - START) / 2 : midday;
    }
    if (t >= END) return { ...r, t: null, day };
    return { ...r, t: Math.max(t, START), day };
  });
  // Array sort is stable: equal times keep the tollTimeline (then id) order.
  return placed.sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity));
}

/** End (exclusive) of the day named by `through`, or END for 'all'. */
function cutoff(through: TollThrough): number {
  if (through === 'all') return END;
  const d = parsePartialDate(through)!.date.getTime();
  return d + 24 * HOUR;
}

/** Reports drawn in a state: main-plot ones up to the cutoff; the column only for 'all'. */
export function visibleReports(rows: TollRow[], through: TollThrough = 'all'): PlacedReport[] {
  const limit = cutoff(through);
  return placeReports(rows).filter((r) => (r.t === null ? through === 'all' : r.t < limit));
}

/** The final official figure: the latest report with status 'official' (null if none). */
export function officialToll(rows: TollRow[]): number | null {
  const official = placeReports(rows).filter((r) => r.status === 'official');
  const dated = official.filter((r) => r.time);
  const last = (dated.length ? dated : official).at(-1);
  return last ? last.killed : null;
}

/** Highest figure so far among non-outlier reports, as [time, value] steps, up to `until`. */
export function runningHigh(reports: PlacedReport[]): { t: number; value: number }[] {
  const steps: { t: number; value: number }[] = [];
  let high = -Infinity;
  for (const r of reports.filter((q) => q.t !== null && q.status !== 'outlier').sort((a, b) => a.t! - b.t!)) {
    if (r.killed > high) {
      high = r.killed;
      steps.push({ t: r.t!, value: high });
    }
  }
  return steps;
}

function when(r: TollReport, f: Formats = formats()): string {
  return r.reported_at ? f.date(r.reported_at) : text[f.lang].undated;
}

function reportLabel(r: TollReport, f: Formats = formats()): string {
  const t = text[f.lang];
  return t.report({
    when: when(r, f),
    killed: f.number(r.killed),
    injured: r.injured !== null ? f.number(r.injured) : null,
    by: r.reported_by,
    status: t.status[r.status]?.label ?? r.status,
    note: r.note,
  });
}

const dayLabel = (iso: string, narrow: boolean, lang: Lang = 'en') => {
  const d = parsePartialDate(iso)!.date;
  const months = text[lang].months[narrow ? 'narrow' : 'wide'];
  const month = d.getUTCMonth() === 6 ? months[0] : months[1];
  // Urdu month names are long for a phone's axis: there the first day is a bare "30" (the title gives the month).
  if (lang !== 'en' && narrow && d.getUTCDate() === 30) return '30';
  const dayNo = d.getUTCDate();
  return narrow && dayNo !== 30 && dayNo !== 1 ? String(dayNo) : `${dayNo} ${month}`;
};

/**
 * `height`: fit the drawing into this many px (a scrolly's sticky stage on a phone): the plot
 * shrinks. The time note is one of the figure's listed notes (registry), not drawn: the page
 * would show it twice, and image downloads add the listed notes under the drawing.
 * `state.previous` (a scrolly step's, given by <Step>): the step before; reports it did not show
 * are marked new.
 */
export function draw(data: BajaurTollData, opts: DrawOpts<BajaurTollState>): Drawn {
  const { width, state, idPrefix, narrow, m, lang, f } = frameOf(opts, name);
  const t = text[lang];
  const through: TollThrough = state.through ?? 'all';
  const all = placeReports(data.rows);
  const shown = visibleReports(data.rows, through);
  const official = officialToll(data.rows);

  const present = [...new Set(all.map((r) => r.status))];
  const order = Object.keys(statuses) as TollStatus[];
  const leg = legend(
    [
      ...order
        .filter((s) => present.includes(s))
        .map((s) => ({ key: s, label: t.status[s].legend, swatch: shapeNode(statuses[s].shape, 6, 6, 5, { class: cls('tt-mark', statuses[s].className) }) })),
      { key: 'high', label: t.highest, swatch: h('path', { class: 'tt-line tt-series-1', d: 'M0,10H5V3H12' }) },
    ],
    { x: m.left, y: m.top, width },
  );

  const fit = opts.height && opts.height > 0 ? opts.height : 0;
  let plotH = plotHeightFor(width, { narrowRatio: 0.95, wideRatio: 0.4, max: 400 });
  const max = Math.max(official ?? 0, ...all.map((r) => r.killed));
  let axis = valueAxis(max * 1.05, plotH);
  const { left, right } = plotSpan(width, m, axis);
  const columnW = narrow ? 48 : 90;
  const hasColumn = all.some((r) => r.t === null);
  const plotRight = hasColumn ? right - columnW - 8 : right;
  const x = scaleLinear().domain([START, END]).range([left, plotRight]);

  const titleY = m.top + leg.height + 14;
  const axisLabel = axisTitle(t.axis, m.left, titleY, plotRight);
  const plotTop = titleY + axisLabel.extra + 14 + (hasColumn ? 16 : 0);
  if (fit) {
    plotH = Math.max(120, Math.round(fit - plotTop - 26 - 4));
    axis = valueAxis(max * 1.05, plotH);
  }
  const baseline = plotTop + plotH;
  // Room under the plot for the day labels.
  const height = Math.round(baseline + 26 + 4);
  const y = axis.scale([baseline, plotTop]);
  // Marks a scrolly step highlights or adds (data-mark): tests check they stay in view.
  const previous = state.previous;
  const before = previous ? new Set(visibleReports(data.rows, previous.through ?? 'all').map((q) => q.id)) : null;
  // Nothing highlighted and nothing new (the same day seen again): the step is about every report shown.
  const adds = before ? shown.some((q) => !before.has(q.id)) : false;
  const stepMark = (rep: TollReport) => (state.highlight ? hl(rep) === 'tt-highlight' : before ? !adds || !before.has(rep.id) : false);

  const r = narrow ? 4.5 : 5.5;
  const hl = (rep: TollReport) => {
    if (!state.highlight) return '';
    const on = state.highlight === 'first' ? rep.status === 'first' : state.highlight === 'official' ? rep.status === 'official' : rep.status === 'outlier';
    return on ? 'tt-highlight' : 'tt-dim';
  };

  const mainReports = shown.filter((q) => q.t !== null);
  const mainOffsets = dodge(
    mainReports.map((q) => ({ x: x(q.t!), y: y(q.killed) })),
    r,
    'x',
  );
  const columnReports = shown.filter((q) => q.t === null).sort((a, b) => a.killed - b.killed || a.id.localeCompare(b.id));
  const columnX = plotRight + 8 + columnW / 2;
  const columnOffsets = dodge(
    columnReports.map((q) => ({ x: columnX, y: y(q.killed) })),
    r,
    'x',
  );

  const point = (rep: PlacedReport, px: number, py: number, series: string, i: number) =>
    shapeNode(statuses[rep.status]?.shape ?? 'circle', px, py, r, {
      class: cls('tt-mark', 'tt-point', 'tt-toll-point', `tt-toll-${rep.status}`, statuses[rep.status]?.className, hl(rep)),
      'data-key': rep.id,
      'data-id': rep.id,
      'data-status': rep.status,
      'data-mark': stepMark(rep) ? 'step' : undefined,
      ...markAttrs(series, i, reportLabel(rep, f), px, py),
    });

  const mainMarks = mainReports.map((rep, i) => point(rep, Math.min(plotRight, Math.max(left, x(rep.t!) + mainOffsets[i]!)), y(rep.killed), 'reports', i));
  const columnMarks = columnReports.map((rep, i) =>
    point(rep, Math.min(right - r, Math.max(plotRight + 8 + r, columnX + columnOffsets[i]!)), y(rep.killed), 'undated', i),
  );

  // Step line of the highest non-outlier figure so far, continued to the end of the visible period.
  const steps = runningHigh(shown);
  const limit = Math.min(cutoff(through), END);
  const stepPath = steps.length
    ? linePath([...steps, { t: limit, value: steps.at(-1)!.value }], { curve: 'step-after', x: (d) => x(d.t), y: (d) => y(d.value) })
    : '';

  const days = ['2023-07-30', '2023-07-31', '2023-08-01', '2023-08-02', '2023-08-03'];
  const dayTicks = days.map((d) => {
    const start = Math.max(START, parsePartialDate(d)!.date.getTime());
    return { x: x((start + Math.min(END, parsePartialDate(d)!.date.getTime() + 24 * HOUR)) / 2), label: dayLabel(d, narrow, lang) };
  });
  const midnights = days.slice(1).map((d) => x(parsePartialDate(d)!.date.getTime()));

  let reference: SvgNode | null = null;
  if (official !== null) {
    const label = narrow ? t.official(official) : t.finalOfficial(official);
    const w = textWidth(label);
    const ly = y(official);
    reference = h(
      'g',
      { class: cls('tt-reference-group', state.highlight === 'official' && 'tt-highlight-text'), 'data-key': 'official' },
      h('line', { class: 'tt-reference', x1: left, x2: plotRight, y1: ly, y2: ly, 'aria-hidden': 'true' }),
      h(
        'text',
        { class: cls('tt-label', 'tt-halo', state.highlight === 'official' && 'tt-highlight'), x: clampX(left + 4, w, 'start', width), y: ly - 6 },
        label,
      ),
    );
  }

  const columnHeader = hasColumn
    ? h(
        'g',
        { class: 'tt-column-header', 'aria-hidden': 'true' },
        h('line', { class: 'tt-divider', x1: plotRight + 4, x2: plotRight + 4, y1: plotTop - 28, y2: baseline }),
        textLines(narrow ? t.column.narrow : wrapText(t.column.wide, columnW), columnX, plotTop - 18, { class: 'tt-label', 'text-anchor': 'middle' }, 13),
      )
    : null;

  const svg = chartRoot(
    { name, width, height, idPrefix, title: t.title, desc: summary(data, lang), lang },
    leg.node,
    axisLabel.node,
    ...valueAxisNodes(axis, y, left, plotRight),
    h(
      'g',
      { class: 'tt-grid tt-day-rules', 'aria-hidden': 'true' },
      midnights.map((mx) => h('line', { x1: mx, x2: mx, y1: plotTop, y2: baseline })),
    ),
    reference,
    stepPath ? h('path', { class: 'tt-line tt-series-1 tt-toll-step', d: stepPath, 'aria-hidden': 'true', 'data-key': 'running-high' }) : null,
    seriesGroup('reports', t.reportsSeries, mainMarks.length, mainMarks, '', lang),
    columnHeader,
    columnMarks.length ? seriesGroup('undated', t.undatedSeries, columnMarks.length, columnMarks, '', lang) : null,
    categoryAxisNodes(dayTicks, { y: baseline, x0: left, x1: plotRight, width, step: 0, tickLength: 0 }),
  );
  return { svg, width, height };
}

/** One sentence for <desc>. */
export function summary(data: BajaurTollData, lang: Lang = 'en'): string {
  const placed = placeReports(data.rows).filter((r) => r.t !== null);
  const first = placed.find((r) => r.status === 'first') ?? placed[0];
  const official = officialToll(data.rows);
  if (lang === 'ur') {
    const f = formats(lang);
    if (!first) return 'باجوڑ دھماکے میں ہلاکتوں کی کوئی تاریخ وار رپورٹ موجود نہیں۔';
    const end = official !== null ? `حتمی سرکاری تعداد ${f.number(official)}` : f.number(Math.max(...placed.map((r) => r.killed)));
    return `باجوڑ دھماکے میں رپورٹ شدہ ہلاکتوں کی تعداد ${f.date(first.reported_at.slice(0, 10))} کی پہلی رپورٹوں میں ${f.number(first.killed)} سے بڑھ کر ${end} تک پہنچی۔`;
  }
  if (!first) return 'No dated reports of the Bajaur death toll.';
  const end = official !== null ? `the final official figure of ${formatNumber(official)}` : `${formatNumber(Math.max(...placed.map((r) => r.killed)))}`;
  return `Reported death tolls for the Bajaur bombing rose from ${formatNumber(first.killed)} in the first reports on ${formatDate(first.reported_at.slice(0, 10))} to ${end}.`;
}

/** What the long description says, found once for both languages. */
interface TollFacts {
  placed: PlacedReport[];
  /** Each drawn day's reports, outliers aside: how many, and the lowest and highest toll. */
  days: { day: string; count: number; lo: number; hi: number }[];
  official: number | null;
  outliers: PlacedReport[];
  /** Reports without a day or after 3 August: the separate column. */
  column: PlacedReport[];
}

function tollFacts(data: BajaurTollData): TollFacts {
  const placed = placeReports(data.rows);
  const days = [...new Set(placed.filter((r) => r.t !== null).map((r) => r.day!))].flatMap((day) => {
    const killed = placed.filter((r) => r.t !== null && r.day === day && r.status !== 'outlier').map((r) => r.killed);
    return killed.length ? [{ day, count: killed.length, lo: Math.min(...killed), hi: Math.max(...killed) }] : [];
  });
  return {
    placed,
    days,
    official: officialToll(data.rows),
    outliers: placed.filter((r) => r.status === 'outlier'),
    column: placed.filter((r) => r.t === null),
  };
}

/** Long description for screen readers: the toll day by day, the official figure, outliers and undated reports. */
export function describe(data: BajaurTollData, lang: Lang = 'en'): string {
  const facts = tollFacts(data);
  if (lang === 'ur') return describeUr(facts);
  const { placed, days, official, outliers, column } = facts;
  const parts = [
    `Chart of ${placed.length} reports of the number of people killed in the Bajaur bombing of 30 July 2023, placed at the time each was reported, from the evening of the attack to 3 August.`,
  ];
  for (const { day, count, lo, hi } of days) {
    parts.push(
      `${formatDate(day)}: ${count} ${count === 1 ? 'report' : 'reports'}, ${lo === hi ? `${formatNumber(lo)} killed` : `from ${formatNumber(lo)} to ${formatNumber(hi)} killed`}.`,
    );
  }
  if (official !== null) parts.push(`The final official toll was ${formatNumber(official)}, shown as a dashed reference line.`);
  if (outliers.length)
    parts.push(
      `Outliers, left out of the line of the highest figure so far: ${listWords(outliers.map((r) => `${formatNumber(r.killed)} (${when(r)}, ${r.reported_by})`))}.`,
    );
  if (column.length)
    parts.push(
      `Reports without a day, or after 3 August, shown in a separate column: ${listWords(column.map((r) => `${formatNumber(r.killed)} (${when(r)})`))}.`,
    );
  parts.push(timeNote);
  return parts.join(' ');
}

function describeUr({ placed, days, official, outliers, column }: TollFacts): string {
  const f = formats('ur');
  const t = text.ur;
  const parts = [
    `یہ چارٹ 30 جولائی 2023 کے باجوڑ دھماکے میں جاں بحق افراد کی تعداد کی ${f.number(placed.length)} رپورٹیں دکھاتا ہے، ہر رپورٹ اپنے وقت پر، حملے کی شام سے 3 اگست تک۔`,
  ];
  for (const { day, count, lo, hi } of days) {
    parts.push(`${f.date(day)}: ${f.number(count)} رپورٹیں، ${lo === hi ? `${f.number(lo)} جاں بحق` : `${f.number(lo)} سے ${f.number(hi)} تک جاں بحق`}۔`);
  }
  if (official !== null) parts.push(`حتمی سرکاری تعداد ${f.number(official)} تھی، جو نقطہ دار حوالہ لکیر سے دکھائی گئی ہے۔`);
  if (outliers.length)
    parts.push(
      `غیر معمولی تعداد، جو اب تک کی سب سے زیادہ تعداد کی لکیر میں شامل نہیں: ${f.list(outliers.map((r) => `${f.number(r.killed)} (${when(r, f)}، ${r.reported_by})`))}۔`,
    );
  if (column.length) parts.push(`بغیر دن کی یا 3 اگست کے بعد کی رپورٹیں، الگ کالم میں: ${f.list(column.map((r) => `${f.number(r.killed)} (${when(r, f)})`))}۔`);
  parts.push(t.timeNote);
  return parts.join(' ');
}

/** Every report of the dataset once, in the chart's order: by drawn time, then the column (undated last). */
export function table(data: BajaurTollData, lang: Lang = 'en'): ChartTable {
  if (lang === 'ur') {
    const f = formats(lang);
    return {
      caption:
        'باجوڑ دھماکے میں ہلاکتوں کی رپورٹ شدہ تعداد، رپورٹ ہونے کی ترتیب سے (اوقات پاکستانی وقت کے مطابق؛ بغیر دن کی یا 3 اگست کے بعد کی رپورٹیں آخر میں)',
      columns: ['رپورٹ', 'رپورٹ کا وقت', 'جاں بحق', 'زخمی', 'رپورٹ کرنے والا', 'حیثیت', 'نوٹ', 'Source'],
      rows: placeReports(data.rows).map((r) => [
        r.id,
        r.reported_at ? f.date(r.reported_at) : null,
        r.killed,
        r.injured,
        r.reported_by,
        text.ur.status[r.status]?.label ?? r.status,
        r.note || null,
        r.source,
      ]),
    };
  }
  return {
    caption:
      'Reported death tolls of the Bajaur bombing, in the order they were reported (times in Pakistan time; reports without a day or after 3 August last)',
    columns: ['Report', 'Reported at', 'Killed', 'Injured', 'Reported by', 'Status', 'Note', 'Source'],
    rows: placeReports(data.rows).map((r) => [r.id, r.reported_at || null, r.killed, r.injured, r.reported_by, r.status, r.note || null, r.source]),
  };
}
