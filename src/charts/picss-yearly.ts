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
import { bandsAcross } from './scale.ts';
import { highest, lowest, valued } from './points.ts';
import type { YearlyRow } from '../data/schemas.ts';
import { yearlySeries } from '../data/shape.ts';
import type { Point } from '../data/shape.ts';
import { h } from './svg.ts';
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
  formatNumber,
  formats,
  frameOf,
  gapNote,
  layoutAnnotations,
  plotHeightFor,
  plotSpan,
  valueAxis,
  valueAxisNodes,
} from './frame.ts';
import type { Annotation, BarPoint, ChartTable, Drawn, DrawOpts, RowsData, TimeSeriesState } from './frame.ts';
import type { Option } from './state.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export type PicssYearlyView = 'attacks' | 'killed' | 'suicide_attacks';
export interface PicssYearlyState extends TimeSeriesState {
  view?: PicssYearlyView;
}
export type PicssYearlyData = RowsData<YearlyRow>;

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

/** The Urdu words of the chart (English: the constants above, unchanged). */
export const text = texts({
  en: {
    title,
    viewTitles,
    views: views as Record<PicssYearlyView, { name: string; axis: string; axisShort: string }>,
    annotations: Object.fromEntries(annotations.map((a) => [a.id, a.label])) as Record<string, string>,
    deathsNote,
    why: 'the figure in PICSS’s later year-by-year series',
  },
  ur: {
    title: 'پاکستان میں عسکریت پسندوں کے سالانہ حملے، 2015 تا 2025 (پکس)',
    viewTitles: {
      attacks: 'پاکستان میں عسکریت پسندوں کے سالانہ حملے، 2015 تا 2025 (پکس)',
      killed: 'پاکستان میں عسکریت پسندوں کے حملوں میں سالانہ ہلاکتیں، 2015 تا 2025 (پکس)',
      suicide_attacks: 'پاکستان میں سالانہ خودکش حملے، 2015 تا 2025 (پکس)',
    },
    views: {
      attacks: { name: 'عسکریت پسندوں کے حملے', axis: 'عسکریت پسندوں کے حملے فی سال', axisShort: 'عسکریت پسندوں کے حملے فی سال' },
      killed: {
        name: 'عسکریت پسندوں کے حملوں میں ہلاکتیں',
        axis: 'عسکریت پسندوں کے حملوں میں ہلاکتیں (حملہ آوروں سمیت)',
        axisShort: 'حملوں میں ہلاکتیں (حملہ آوروں سمیت)',
      },
      suicide_attacks: { name: 'خودکش حملے', axis: 'خودکش حملے فی سال', axisShort: 'خودکش حملے فی سال' },
    },
    annotations: { 'kabul-falls': 'افغان طالبان کا کابل پر قبضہ', 'ttp-ceasefire-ends': 'ٹی ٹی پی نے جنگ بندی ختم کر دی' },
    deathsNote: 'عسکریت پسندوں کے حملوں میں پکس کی گنی گئی ہلاکتوں میں وہ حملہ آور بھی شامل ہیں جو ان حملوں میں مارے گئے۔',
    why: 'پکس کے بعد کے سال بہ سال سلسلے کا عدد',
  },
});

function pointLabelUr(view: PicssYearlyView, p: Point<number>): string {
  const f = formats('ur');
  const t = text.ur;
  if (p.value === null) return `${p.key}: ${t.views[view].name}، اعداد دستیاب نہیں`;
  const flag = disputed.find((d) => d.view === view && d.year === p.key);
  const others = p.otherValues.length ? `؛ ${flag ? 'پکس کی ایک پہلی اشاعت میں' : 'دیگر رپورٹ شدہ:'} ${p.otherValues.map(f.number).join('، ')}` : '';
  return `${p.key}: ${t.views[view].name} ${f.number(p.value)} (پکس)${others}`;
}

function disputeNoteUr(view: PicssYearlyView, points: Point<number>[]): string[] {
  const f = formats('ur');
  return disputed
    .filter((d) => d.view === view)
    .flatMap((d) => {
      const p = points.find((q) => q.key === d.year);
      if (!p || p.value === null) return [];
      const others = p.otherValues.length ? ` پکس کی ایک پہلی اشاعت میں ${p.otherValues.map(f.number).join(' یا ')} تھا۔` : '';
      return [`${d.symbol} ${d.year}: ${f.number(p.value)} ${text.ur.why} ہے۔${others}`];
    });
}

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

export function draw(data: PicssYearlyData, opts: DrawOpts<PicssYearlyState>): Drawn {
  const { width, state, idPrefix, narrow, m, lang, f } = frameOf(opts, name);
  const t = text[lang];
  const view: PicssYearlyView = state.view && state.view in views ? state.view : 'attacks';
  const v = { ...views[view], ...t.views[view] };
  const points = series(data, view);
  const keys = points.map((p) => String(p.key));

  const plotH = plotHeightFor(width);
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  const axis = valueAxis(max * 1.08, plotH);
  const { left, right } = plotSpan(width, m, axis);
  const x = bandsAcross<string>(keys, [left, right], narrow ? 0.15 : 0.25, 0.1);
  const bw = x.bandwidth();
  const xOf = (k: string) => x(k) ?? left;

  const shown = annotations.slice(0, annotationCount(state.annotations, annotations.length));
  const annLayout = layoutAnnotations(
    shown.map((a) => ({ ann: a, x: monthX(a.at, xOf, x.step(), bw), text: `${f.date(a.at)}: ${t.annotations[a.id] ?? a.label}` })),
    { width, narrow, maxLabelWidth: Math.min(170, (right - left) * 0.3) },
  );

  const gapYears = points.filter((p) => p.value === null).map((p) => String(p.key));
  // Who the deaths include is a listed note of the figure (registry), not drawn: the page would show it twice.
  const notes = [...(lang === 'en' ? disputeNote(view, points) : disputeNoteUr(view, points)), gapNote(gapYears, undefined, lang)].filter(
    (n): n is string => !!n,
  );
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
    return {
      key: String(p.key),
      value: p.value,
      label: lang === 'en' ? pointLabel(view, p) : pointLabelUr(view, p),
      className: flag ? 'tt-disputed' : undefined,
    };
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
    { name, width, height, idPrefix, title: t.viewTitles[view], desc: summary(data, view, lang), lang },
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
      lang,
    }),
    barValueLabels(bars, { x: xOf, bandwidth: bw, y, width, keep, highlight: state.highlight, format: f.number }),
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
export function summary(data: PicssYearlyData, view: PicssYearlyView = 'attacks', lang: Lang = 'en'): string {
  const pts = valued(series(data, view));
  const last = pts.at(-1);
  if (!last) return lang === 'ur' ? `${text.ur.views[view].name} کے پکس کے اعداد دستیاب نہیں۔` : `No PICSS figures for ${views[view].name.toLowerCase()}.`;
  const min = lowest(pts);
  const max = highest(pts);
  // The latest year is the highest since FROM: said as a record, not as a range.
  const record = last.key === max.key && min.key < last.key;
  if (lang === 'ur') {
    const f = formats(lang);
    const what = text.ur.views[view].name;
    if (record)
      return `پکس نے ${last.key} میں پاکستان میں ${what} ${f.number(last.value)} گنے، جو ${FROM} کے بعد کسی بھی سال سے زیادہ ہیں، جبکہ ${min.key} میں یہ تعداد ${f.number(min.value)} تھی۔`;
    return `پکس نے ${last.key} میں پاکستان میں ${what} ${f.number(last.value)} گنے؛ ${FROM} سے یہ تعداد ${f.number(min.value)} (${min.key}) سے ${f.number(max.value)} (${max.key}) کے درمیان رہی۔`;
  }
  const u = (n: number) => unit(view, n);
  if (record) {
    return `PICSS counted ${formatNumber(last.value)} ${u(last.value)} in Pakistan in ${last.key}, the most of any year since ${FROM}, up from ${formatNumber(min.value)} in ${min.key}.`;
  }
  return `PICSS counted ${formatNumber(last.value)} ${u(last.value)} in Pakistan in ${last.key}; the range from ${FROM} was ${formatNumber(min.value)} (${min.key}) to ${formatNumber(max.value)} (${max.key}).`;
}

/** Long description for screen readers: all three views in plain words. */
export function describe(data: PicssYearlyData, lang: Lang = 'en'): string {
  if (lang === 'ur') {
    const parts = [
      `پاکستان میں ${FROM} سے ${TO} تک عسکریت پسندوں کے تشدد کا سالانہ بار چارٹ، پاک انسٹی ٹیوٹ فار کانفلکٹ اینڈ سکیورٹی اسٹڈیز (پکس) کے اعداد کے مطابق۔`,
    ];
    for (const view of Object.keys(views) as PicssYearlyView[]) {
      const pts = series(data, view);
      parts.push(
        describeSeries(
          pts.map((p) => ({ key: String(p.key), name: String(p.key), value: p.value })),
          text.ur.views[view].name,
          { lang },
        ),
      );
      parts.push(...disputeNoteUr(view, pts).map((n) => n.replace(/^\S+\s/, 'نوٹ: ')));
    }
    parts.push(text.ur.deathsNote);
    return parts.join(' ');
  }
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
export function table(data: PicssYearlyData, lang: Lang = 'en'): ChartTable {
  const all = (Object.keys(views) as PicssYearlyView[]).map((view) => series(data, view));
  if (lang === 'ur') {
    const t = text.ur;
    const rows = all[0]!.map((p, i) => {
      const notes = (Object.keys(views) as PicssYearlyView[]).flatMap((view, j) => {
        const q = all[j]![i]!;
        const earlier = disputed.some((d) => d.view === view && d.year === q.key);
        return q.otherValues.length ? [`${t.views[view].name}: ${earlier ? 'پہلی اشاعت میں' : 'دیگر رپورٹ شدہ'} ${q.otherValues.join('؛ ')}`] : [];
      });
      const sources = [...new Set(all.map((s) => s[i]!.source).filter((id): id is string => !!id))];
      return [p.key, ...all.map((s) => s[i]!.value), notes.join('۔ ') || null, sources.join(' ') || null];
    });
    return {
      caption: `پاکستان میں عسکریت پسندوں کے حملے، ان میں ہلاکتیں اور خودکش حملے، سال بہ سال، ${FROM} تا ${TO} (پکس؛ خالی خانہ: کوئی عدد نہیں ملا)`,
      columns: ['سال', 'عسکریت پسندوں کے حملے', 'عسکریت پسندوں کے حملوں میں ہلاکتیں', 'خودکش حملے', 'دیگر رپورٹ شدہ اعداد', 'Sources'],
      rows,
    };
  }
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
