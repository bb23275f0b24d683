/**
 * PIPS "terrorist attacks" in Pakistan per year, 2005–2025: the long-run context chart, kept
 * separate from the PICSS charts because the two institutes count attacks differently.
 * Data: `{ rows }` = validated rows of content/data/pips-yearly.csv (YearlyRow[]); only the
 * `attacks` metric is drawn. Years without a figure (2012, 2016) are hatched "no data" columns.
 * The highest year (2009 in the data) is marked as the peak, found from the data, not fixed.
 *
 * State (`PipsYearlyState`): `highlight`: ['2007', '2009'] — years in the range outlined, others dimmed.
 */
import { scaleBand } from './scale.ts';
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
  gapNote,
  listWords,
  plotHeightFor,
  textLines,
  textWidth,
  valueAxis,
  valueAxisNodes,
  frameOf,
} from './frame.ts';
import type { BarPoint, ChartTable } from './frame.ts';

export interface PipsYearlyState {
  highlight?: [string, string];
}
export interface PipsYearlyData {
  rows: YearlyRow[];
}

export const name = 'pips-yearly';
export const title = 'Terrorist attacks in Pakistan per year, 2005–2025 (PIPS)';
export const FROM = 2005;
export const TO = 2025;
export const SERIES = 'attacks';
export const definitionNote =
  'PIPS counts “terrorist attacks” under its own definition, so its totals differ from PICSS counts of militant attacks; the two series are not joined.';

type Valued = Point<number> & { value: number };
const series = (data: PipsYearlyData) => yearlySeries(data.rows, 'attacks', FROM, TO);

function pointLabel(p: Point<number>): string {
  if (p.value === null) return `${p.key}: terrorist attacks, no data`;
  const others = p.otherValues.length ? `; another PIPS total, which includes clashes, gave ${p.otherValues.map(formatNumber).join(', ')}` : '';
  return `${p.key}: ${formatNumber(p.value)} terrorist ${p.value === 1 ? 'attack' : 'attacks'} (PIPS)${others}`;
}

/** The year with the most attacks (the first, if tied). */
export function peak(data: PipsYearlyData): Valued | null {
  const present = series(data).filter((p) => p.value !== null) as Valued[];
  return present.reduce<Valued | null>((a, b) => (!a || b.value > a.value ? b : a), null);
}

export function draw(
  data: PipsYearlyData,
  opts: { width: number; state?: PipsYearlyState; idPrefix?: string },
): { svg: SvgNode; width: number; height: number } {
  const { width, state, idPrefix, narrow, m } = frameOf(opts, name);
  const points = series(data);
  const keys = points.map((p) => String(p.key));
  const top = peak(data);

  const plotH = plotHeightFor(width, { narrowRatio: 0.8 });
  const axis = valueAxis((top?.value ?? 0) * 1.15, plotH);
  const left = m.left + axis.labelWidth + 8;
  const right = width - m.right;
  const x = scaleBand<string>()
    .domain(keys)
    .range([left, right])
    .paddingInner(narrow ? 0.12 : 0.22)
    .paddingOuter(0.1);
  const bw = x.bandwidth();
  const xOf = (k: string) => x(k) ?? left;

  const gaps = points.filter((p) => p.value === null).map((p) => String(p.key));
  const foot = footnotes(
    [gapNote(gaps), definitionNote].filter((n): n is string => !!n),
    width,
  );
  const titleY = m.top + 11;
  const axisLabel = axisTitle('Terrorist attacks per year (PIPS definition)', m.left, titleY, width);
  const plotTop = titleY + axisLabel.extra + 22;
  const baseline = plotTop + plotH;
  const footTop = baseline + 24;
  const height = Math.round(footTop + foot.height + 4);
  const y = axis.scale([baseline, plotTop]);

  const bars: BarPoint[] = points.map((p) => ({
    key: String(p.key),
    value: p.value,
    label: pointLabel(p),
    className: top && p.key === top.key ? 'tt-peak' : undefined,
  }));
  const keep = [top, (points.filter((p) => p.value !== null) as Valued[]).at(-1)].filter(Boolean).map((p) => String(p!.key));

  let peakMark: SvgNode | null = null;
  if (top) {
    const cx = xOf(String(top.key)) + bw / 2;
    const labelY = y(top.value) - 22;
    const lines = narrow ? ['Peak', String(top.key)] : [`Peak year: ${top.key}`];
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
    { name, width, height, idPrefix, title, desc: summary(data) },
    axisLabel.node,
    ...valueAxisNodes(axis, y, left, right),
    barMarks(bars, {
      x: xOf,
      bandwidth: bw,
      y,
      plotTop,
      baseline,
      series: SERIES,
      seriesName: 'Terrorist attacks (PIPS)',
      seriesClass: 'tt-series-4',
      idPrefix,
      highlight: state.highlight,
    }),
    barValueLabels(bars, { x: xOf, bandwidth: bw, y, width, keep, highlight: state.highlight }),
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
export function summary(data: PipsYearlyData): string {
  const present = series(data).filter((p) => p.value !== null) as Valued[];
  const top = peak(data);
  const last = present.at(-1);
  if (!top || !last) return 'No PIPS figures for terrorist attacks.';
  return `PIPS counted the most terrorist attacks in Pakistan in ${top.key} (${formatNumber(top.value)}); in ${last.key} it counted ${formatNumber(last.value)}.`;
}

/** Long description for screen readers. */
export function describe(data: PipsYearlyData): string {
  const points = series(data);
  const gaps = points.filter((p) => p.value === null).map((p) => String(p.key));
  const top = peak(data);
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
export function table(data: PipsYearlyData): ChartTable {
  return {
    caption: `Terrorist attacks in Pakistan per year, ${FROM}–${TO} (PIPS; empty cells: no figure found)`,
    columns: ['Year', 'Terrorist attacks (PIPS)', 'Other reported figures', 'Source'],
    rows: series(data).map((p) => [p.key, p.value, p.otherValues.length ? p.otherValues.join('; ') : null, p.source]),
  };
}
