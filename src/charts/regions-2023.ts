/**
 * PICSS full-year 2023 figures by region: Khyber Pakhtunkhwa (including the merged, formerly
 * tribal districts) against Balochistan, as grouped bars for attacks, people killed and people
 * injured, with the value on every bar and the region named under it (not by colour alone).
 * Data: `{ rows }` = validated rows of content/data/picss-regions-2023.csv (RegionRow[]); only the
 * two regions in `regions` are drawn. A metric without a figure for a region is a hatched gap.
 *
 * State (`Regions2023State`, optional): `highlight`: a region id — its bars outlined, the other dimmed.
 */
import { scaleBand } from './scale.ts';
import type { RegionRow } from '../data/schemas.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  axisTitle, chartRoot, clampX, cls, footnotes, formatNumber, gapRect, isNarrow, legend, listWords, margins, markAttrs,
  plotHeightFor, seriesGroup, textWidth, valueAxis, valueAxisNodes, frameOf,
} from './frame.ts';
import type { ChartTable } from './frame.ts';

export type Region = 'KP_incl_exFATA' | 'Balochistan';
export type RegionMetric = 'attacks' | 'killed' | 'injured';
export interface Regions2023State { highlight?: Region }
export interface Regions2023Data { rows: RegionRow[] }

export const name = 'regions-2023';
export const title = 'Militant attacks and their toll in 2023: Khyber Pakhtunkhwa and Balochistan (PICSS)';

export const regions: Record<Region, { name: string; label: string; short: string; className: string }> = {
  KP_incl_exFATA: { name: 'Khyber Pakhtunkhwa (incl. merged districts)', label: 'Khyber Pakhtunkhwa', short: 'KP', className: 'tt-series-1' },
  Balochistan: { name: 'Balochistan', label: 'Balochistan', short: 'Bal.', className: 'tt-series-2' },
};
export const regionOrder: Region[] = ['KP_incl_exFATA', 'Balochistan'];

export const metrics: Record<RegionMetric, { name: string; noun: string }> = {
  attacks: { name: 'Attacks', noun: 'militant attacks' },
  killed: { name: 'Killed', noun: 'people killed' },
  injured: { name: 'Injured', noun: 'people injured' },
};
export const metricOrder: RegionMetric[] = ['attacks', 'killed', 'injured'];

/** What the chart cannot show, stated under it. */
export const missing = 'Not shown: no full-year 2023 PICSS figures were found for Sindh or Punjab, nor for mainland Khyber Pakhtunkhwa and its merged districts separately.';
/** The merged districts are the former FATA, joined to Khyber Pakhtunkhwa in 2018. */
export const mergedNote = 'Merged districts: the former tribal areas (FATA), part of Khyber Pakhtunkhwa since 2018. Deaths include attackers.';

function value(rows: RegionRow[], region: Region, metric: RegionMetric): number | null {
  return rows.find((r) => r.region === region && r.metric === metric)?.value ?? null;
}

function label(region: Region, metric: RegionMetric, v: number | null): string {
  return v === null
    ? `${regions[region].name}, 2023: ${metrics[metric].noun}, no data`
    : `${regions[region].name}, 2023: ${formatNumber(v)} ${metrics[metric].noun} (PICSS)`;
}

export function draw(data: Regions2023Data, opts: { width: number; state?: Regions2023State; idPrefix?: string }): { svg: SvgNode; width: number; height: number } {
  const { width, state, idPrefix, narrow, m } = frameOf(opts, name);

  const plotH = plotHeightFor(width, { narrowRatio: 0.8, wideRatio: 0.38, max: 360 });
  const max = Math.max(0, ...data.rows.filter((r) => r.region in regions).map((r) => r.value));
  const axis = valueAxis(max * 1.08, plotH);
  const left = m.left + axis.labelWidth + 8;
  const right = width - m.right;
  const x0 = scaleBand<RegionMetric>().domain(metricOrder).range([left, right]).paddingInner(narrow ? 0.18 : 0.3).paddingOuter(0.08);
  const x1 = scaleBand<Region>().domain(regionOrder).range([0, x0.bandwidth()]).paddingInner(0.08);
  const bw = x1.bandwidth();
  // Region names under the bars when both fit, else the short forms (explained in the legend).
  const useShort = !regionOrder.every((q) => textWidth(regions[q].label) <= bw + 4);
  const leg = legend(regionOrder.map((r) => ({ key: r, label: useShort ? `${regions[r].short}: ${regions[r].name}` : regions[r].name, swatch: h('rect', { class: cls('tt-mark', regions[r].className), x: 0, y: 0, width: 12, height: 12 }) })), { x: m.left, y: m.top, width });

  const titleY = m.top + leg.height + 14;
  const axisLabel = axisTitle('Full year 2023', m.left, titleY, width);
  const plotTop = titleY + axisLabel.extra + 24;
  const baseline = plotTop + plotH;
  const foot = footnotes([mergedNote, missing], width);
  const footTop = baseline + 40;
  const height = Math.round(footTop + foot.height + 4);
  const y = axis.scale([baseline, plotTop]);

  const hl = (r: Region) => (state.highlight ? (state.highlight === r ? 'tt-highlight' : 'tt-dim') : '');

  const groups = regionOrder.map((region) => {
    const marks: SvgNode[] = [];
    const labels: SvgNode[] = [];
    metricOrder.forEach((metric, i) => {
      const v = value(data.rows, region, metric);
      const bx = (x0(metric) ?? left) + (x1(region) ?? 0);
      const cx = bx + bw / 2;
      if (v === null) {
        const top = baseline - Math.max(24, plotH * 0.3);
        marks.push(gapRect({ x: bx, y: top, width: bw, height: baseline - top, idPrefix, series: region, i, label: label(region, metric, v) }));
        return;
      }
      marks.push(h('rect', {
        class: cls('tt-mark', 'tt-bar', regions[region].className, hl(region)),
        x: bx, y: y(v), width: bw, height: baseline - y(v),
        ...markAttrs(region, i, label(region, metric, v), cx, y(v)),
      }));
      const text = formatNumber(v);
      labels.push(h('text', { class: cls('tt-value-label', 'tt-halo', hl(region) === 'tt-highlight' && 'tt-highlight'), x: clampX(cx, textWidth(text), 'middle', width), y: y(v) - 5, 'text-anchor': 'middle', 'aria-hidden': 'true' }, text));
      const under = useShort ? regions[region].short : regions[region].label;
      labels.push(h('text', { class: 'tt-label tt-region-label', x: clampX(cx, textWidth(under), 'middle', width), y: baseline + 15, 'text-anchor': 'middle', 'aria-hidden': 'true' }, under));
    });
    return { node: seriesGroup(region, regions[region].name, metricOrder.length, marks), labels };
  });

  const svg = chartRoot({ name, width, height, idPrefix, title, desc: summary(data) },
    leg.node,
    axisLabel.node,
    ...valueAxisNodes(axis, y, left, right),
    ...groups.map((g) => g.node),
    h('g', { class: 'tt-value-labels' }, groups.flatMap((g) => g.labels)),
    h('g', { class: 'tt-axis tt-axis-x', 'aria-hidden': 'true' },
      h('line', { x1: left, x2: right, y1: baseline, y2: baseline }),
      metricOrder.map((metric) => h('text', { class: 'tt-axis-title', x: (x0(metric) ?? left) + x0.bandwidth() / 2, y: baseline + 32, 'text-anchor': 'middle' }, metrics[metric].name))),
    foot.render(footTop),
  );
  return { svg, width, height };
}

/** One sentence for <desc>. */
export function summary(data: Regions2023Data): string {
  const kp = value(data.rows, 'KP_incl_exFATA', 'attacks');
  const bal = value(data.rows, 'Balochistan', 'attacks');
  const kk = value(data.rows, 'KP_incl_exFATA', 'killed');
  const bk = value(data.rows, 'Balochistan', 'killed');
  if (kp === null || bal === null) return 'PICSS figures for 2023 by region.';
  const deaths = kk !== null && bk !== null ? `; ${formatNumber(kk)} and ${formatNumber(bk)} people were killed in them` : '';
  return `In 2023 PICSS counted ${formatNumber(kp)} militant attacks in Khyber Pakhtunkhwa and ${formatNumber(bal)} in Balochistan${deaths}.`;
}

/** Long description for screen readers. */
export function describe(data: Regions2023Data): string {
  const lines = regionOrder.map((r) => {
    const vals = metricOrder.map((mt) => {
      const v = value(data.rows, r, mt);
      return v === null ? `no figure for ${metrics[mt].noun}` : `${formatNumber(v)} ${metrics[mt].noun}`;
    });
    return `${regions[r].name}: ${listWords(vals)}.`;
  });
  const kp = value(data.rows, 'KP_incl_exFATA', 'attacks');
  const bal = value(data.rows, 'Balochistan', 'attacks');
  const ratio = kp !== null && bal !== null && bal > 0 ? ` Khyber Pakhtunkhwa had about ${formatNumber(Math.round((kp / bal) * 10) / 10)} times as many attacks as Balochistan.` : '';
  return [`Grouped bar chart of PICSS full-year 2023 figures for two regions of Pakistan, with attacks, people killed and people injured side by side.`, ...lines, ratio.trim(), mergedNote, missing].filter(Boolean).join(' ');
}

/** The rows behind the chart: one per region, one column per metric. */
export function table(data: Regions2023Data): ChartTable {
  return {
    caption: 'Militant attacks, people killed and people injured in 2023 by region (PICSS, full year)',
    columns: ['Region', 'Attacks', 'Killed', 'Injured', 'Sources'],
    rows: regionOrder.map((r) => [regions[r].name, ...metricOrder.map((mt) => value(data.rows, r, mt)), [...new Set(data.rows.filter((row) => row.region === r).map((row) => row.source))].join(' ') || null]),
  };
}
