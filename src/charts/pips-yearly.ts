/**
 * PIPS "terrorist attacks" in Pakistan per year, 2005–2025: the long-run context chart, kept
 * separate from the PICSS charts because the two institutes count attacks differently.
 * Data: `{ rows }` = validated rows of content/data/pips-yearly.csv (YearlyRow[]); only the
 * `attacks` metric is drawn. Years without a figure (2012, 2016) are hatched "no data" columns.
 * The highest year (2009 in the data) is marked as the peak, found from the data, not fixed.
 *
 * State (`PipsYearlyState`): `highlight`: ['2007', '2009'] — years in the range outlined, others dimmed.
 */
import { bandsAcross } from './scale.ts';
import { highest, valued } from './points.ts';
import type { YearlyRow } from '../data/schemas.ts';
import { yearlySeries } from '../data/shape.ts';
import type { Point } from '../data/shape.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  axisTitle,
  barMarks,
  barValueLabels,
  categoryAxisNodes,
  chartRoot,
  clampX,
  describeSeries,
  footnotes,
  formatNumber,
  frameOf,
  gapNote,
  listWords,
  plotHeightFor,
  plotSpan,
  textLines,
  textWidth,
  valueAxis,
  valueAxisNodes,
} from './frame.ts';
import type { BarPoint, ChartTable, Drawn, DrawOpts, RowsData } from './frame.ts';
import { formats } from './frame.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export interface PipsYearlyState {
  highlight?: [string, string];
}
export type PipsYearlyData = RowsData<YearlyRow>;

export const name = 'pips-yearly';
export const title = 'Terrorist attacks in Pakistan per year, 2005–2025 (PIPS)';
export const FROM = 2005;
export const TO = 2025;
export const SERIES = 'attacks';
export const definitionNote =
  'PIPS counts “terrorist attacks” under its own definition, so its totals differ from PICSS counts of militant attacks; the two series are not joined.';

/** Every word the chart draws or says, per language (src/i18n/charts.ts). */
export const text = texts({
  en: {
    title,
    definitionNote,
    point: (p: Point<number>, _n: (v: number) => string) => pointLabel(p),
    axis: 'Terrorist attacks per year (PIPS definition)',
    peak: (year: string, narrow: boolean) => (narrow ? ['Peak', year] : [`Peak year: ${year}`]),
    series: 'Terrorist attacks (PIPS)',
  },
  ur: {
    title: 'پاکستان میں سالانہ دہشت گرد حملے، 2005 تا 2025 (پپس)',
    definitionNote:
      'پپس "دہشت گرد حملے" اپنی تعریف کے مطابق گنتا ہے، اس لیے اس کے مجموعی اعداد پکس کے گنے ہوئے عسکریت پسندوں کے حملوں سے مختلف ہیں؛ دونوں سلسلے جوڑے نہیں گئے۔',
    point: (p: Point<number>, n: (v: number) => string) =>
      p.value === null
        ? `${p.key}: دہشت گرد حملے، اعداد دستیاب نہیں`
        : `${p.key}: ${n(p.value)} دہشت گرد حملے (پپس)${p.otherValues.length ? `؛ پپس کے ایک اور مجموعے میں، جس میں جھڑپیں بھی شامل ہیں، ${p.otherValues.map(n).join('، ')}` : ''}`,
    axis: 'دہشت گرد حملے فی سال (پپس کی تعریف)',
    peak: (year: string, narrow: boolean) => (narrow ? ['سب سے زیادہ', year] : [`سب سے زیادہ: ${year}`]),
    series: 'دہشت گرد حملے (پپس)',
  },
});

const series = (data: PipsYearlyData) => yearlySeries(data.rows, 'attacks', FROM, TO);

function pointLabel(p: Point<number>): string {
  if (p.value === null) return `${p.key}: terrorist attacks, no data`;
  const others = p.otherValues.length ? `; another PIPS total, which includes clashes, gave ${p.otherValues.map(formatNumber).join(', ')}` : '';
  return `${p.key}: ${formatNumber(p.value)} terrorist ${p.value === 1 ? 'attack' : 'attacks'} (PIPS)${others}`;
}

/** The year with the most attacks (the first, if tied). */
export function peak(data: PipsYearlyData): (Point<number> & { value: number }) | null {
  const present = valued(series(data));
  return present.length ? highest(present) : null;
}

export function draw(data: PipsYearlyData, opts: DrawOpts<PipsYearlyState>): Drawn {
  const { width, state, idPrefix, narrow, m, lang, f } = frameOf(opts, name);
  const t = text[lang];
  const points = series(data);
  const keys = points.map((p) => String(p.key));
  const top = peak(data);

  const plotH = plotHeightFor(width, { narrowRatio: 0.8 });
  const axis = valueAxis((top?.value ?? 0) * 1.15, plotH);
  const { left, right } = plotSpan(width, m, axis);
  const x = bandsAcross<string>(keys, [left, right], narrow ? 0.12 : 0.22, 0.1);
  const bw = x.bandwidth();
  const xOf = (k: string) => x(k) ?? left;

  const gaps = points.filter((p) => p.value === null).map((p) => String(p.key));
  const foot = footnotes(
    // How PIPS counts is a listed note of the figure (registry), not drawn: the page would show it twice.
    [gapNote(gaps, undefined, lang)].filter((n): n is string => !!n),
    width,
  );
  const titleY = m.top + 11;
  const axisLabel = axisTitle(t.axis, m.left, titleY, width);
  const plotTop = titleY + axisLabel.extra + 22;
  const baseline = plotTop + plotH;
  const footTop = baseline + 24;
  const height = Math.round(footTop + foot.height + 4);
  const y = axis.scale([baseline, plotTop]);

  const bars: BarPoint[] = points.map((p) => ({
    key: String(p.key),
    value: p.value,
    label: t.point(p, f.number),
    className: top && p.key === top.key ? 'tt-peak' : undefined,
  }));
  const keep = [top, valued(points).at(-1)].filter(Boolean).map((p) => String(p!.key));

  let peakMark: SvgNode | null = null;
  if (top) {
    const cx = xOf(String(top.key)) + bw / 2;
    const labelY = y(top.value) - 22;
    const lines = t.peak(String(top.key), narrow);
    const w = Math.max(...lines.map((l) => textWidth(l)));
    const tx = clampX(cx + 6, w, 'start', width);
    peakMark = h(
      'g',
      { class: 'tt-peak-mark', 'data-year': top.key, 'aria-hidden': 'true' },
      h('line', { class: 'tt-annotation-line', x1: cx, x2: cx, y1: labelY - (lines.length - 1) * 15 - 10, y2: y(top.value) - 18 }),
      textLines(lines, tx, labelY - (lines.length - 1) * 15, { class: 'tt-annotation-label tt-halo' }),
    );
  }

  const svg = chartRoot(
    { name, width, height, idPrefix, title: t.title, desc: summary(data, lang), lang },
    axisLabel.node,
    ...valueAxisNodes(axis, y, left, right),
    barMarks(bars, {
      x: xOf,
      bandwidth: bw,
      y,
      plotTop,
      baseline,
      series: SERIES,
      seriesName: t.series,
      seriesClass: 'tt-series-4',
      idPrefix,
      highlight: state.highlight,
      lang,
    }),
    barValueLabels(bars, { x: xOf, bandwidth: bw, y, width, keep, highlight: state.highlight, format: f.number }),
    peakMark,
    categoryAxisNodes(
      keys.map((k) => ({ x: xOf(k) + bw / 2, label: k })),
      { y: baseline, x0: left, x1: right, width, step: x.step(), keepLast: true },
    ),
    foot.render(footTop),
  );
  return { svg, width, height };
}

/** One sentence for <desc>. */
export function summary(data: PipsYearlyData, lang: Lang = 'en'): string {
  const top = peak(data);
  const last = valued(series(data)).at(-1);
  if (lang === 'ur') {
    const f = formats(lang);
    if (!top || !last) return 'دہشت گرد حملوں کے پپس کے اعداد دستیاب نہیں۔';
    return `پپس نے پاکستان میں سب سے زیادہ دہشت گرد حملے ${top.key} میں گنے (${f.number(top.value)})؛ ${last.key} میں اس نے ${f.number(last.value)} گنے۔`;
  }
  if (!top || !last) return 'No PIPS figures for terrorist attacks.';
  return `PIPS counted the most terrorist attacks in Pakistan in ${top.key} (${formatNumber(top.value)}); in ${last.key} it counted ${formatNumber(last.value)}.`;
}

/** Long description for screen readers. */
export function describe(data: PipsYearlyData, lang: Lang = 'en'): string {
  const points = series(data);
  const gaps = points.filter((p) => p.value === null).map((p) => String(p.key));
  const top = peak(data);
  if (lang === 'ur') {
    const f = formats(lang);
    return [
      `پاکستان میں ${FROM} سے ${TO} تک دہشت گرد حملوں کا سالانہ بار چارٹ، پاک انسٹی ٹیوٹ فار پیس اسٹڈیز (پپس) کے اعداد کے مطابق۔`,
      top ? `یہ تعداد ${top.key} میں ${f.number(top.value)} کے ساتھ سب سے زیادہ تھی۔` : '',
      describeSeries(
        points.map((p) => ({ key: String(p.key), name: String(p.key), value: p.value })),
        'دہشت گرد حملے',
        { lang },
      ),
      gaps.length ? `${f.list(gaps)} خالی دکھائے گئے ہیں: پپس کا کوئی سالانہ عدد نہیں ملا۔` : '',
      text.ur.definitionNote,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [
    `Bar chart of terrorist attacks in Pakistan per year from ${FROM} to ${TO}, as counted by the Pak Institute for Peace Studies (PIPS).`,
    top ? `The count peaked in ${top.key} at ${formatNumber(top.value)}.` : '',
    describeSeries(
      points.map((p) => ({ key: String(p.key), name: String(p.key), value: p.value })),
      'terrorist attacks',
    ),
    gaps.length ? `${listWords(gaps)} ${gaps.length === 1 ? 'is' : 'are'} shown as gaps: no PIPS annual figure was found.` : '',
    definitionNote,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The rows behind the chart: one per year, null where no figure was found. */
export function table(data: PipsYearlyData, lang: Lang = 'en'): ChartTable {
  if (lang === 'ur')
    return {
      caption: `پاکستان میں سالانہ دہشت گرد حملے، ${FROM} تا ${TO} (پپس؛ خالی خانہ: کوئی عدد نہیں ملا)`,
      columns: ['سال', 'دہشت گرد حملے (پپس)', 'دیگر رپورٹ شدہ اعداد', 'Source'],
      rows: series(data).map((p) => [p.key, p.value, p.otherValues.length ? p.otherValues.join('؛ ') : null, p.source]),
    };
  return {
    caption: `Terrorist attacks in Pakistan per year, ${FROM}–${TO} (PIPS; empty cells: no figure found)`,
    columns: ['Year', 'Terrorist attacks (PIPS)', 'Other reported figures', 'Source'],
    rows: series(data).map((p) => [p.key, p.value, p.otherValues.length ? p.otherValues.join('; ') : null, p.source]),
  };
}
