/**
 * PICSS full-year figures by region, 2023 or 2024: Khyber Pakhtunkhwa (whole in 2023; its settled
 * and merged districts apart in 2024, as PICSS reported them, never summed) against Balochistan,
 * as grouped bars for attacks, people killed and people injured, with the value on every bar and
 * the region named under it (not by colour alone).
 * Data: `{ byYear }` = validated rows of content/data/picss-regions-<year>.csv (RegionRow[]) per
 * year; a year draws the regions it has rows for, in `regionOrder`. A metric without a figure for a
 * region is a hatched gap. The chart id stays `regions-2023` so embeds made before 2024 was added
 * keep working; with no `year` they show 2023 as they always did.
 *
 * State (`Regions2023State`, optional): `year`: '2023' (default) or '2024'; `highlight`: a region
 * id — its bars outlined, the others dimmed.
 */
import { bandsAcross } from './scale.ts';
import type { RegionRow } from '../data/schemas.ts';
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import {
  axisTitle,
  chartRoot,
  clampX,
  cls,
  footnotes,
  frameOf,
  gapRect,
  legend,
  markAttrs,
  plotHeightFor,
  plotSpan,
  seriesGroup,
  textWidth,
  valueAxis,
  valueAxisNodes,
} from './frame.ts';
import type { ChartTable, Drawn, DrawOpts } from './frame.ts';
import { formats } from './frame.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export type Region = 'KP_incl_exFATA' | 'KP_mainland' | 'ex_FATA' | 'Balochistan';
export type RegionMetric = 'attacks' | 'killed' | 'injured';
export type RegionYear = '2023' | '2024';
export interface Regions2023State {
  year?: RegionYear;
  highlight?: Region;
}
export interface Regions2023Data {
  byYear: Record<RegionYear, RegionRow[]>;
}

export const name = 'regions-2023';
export const title = 'Militant attacks and their toll by region, 2023 and 2024: Khyber Pakhtunkhwa and Balochistan (PICSS)';

export const yearOrder: RegionYear[] = ['2023', '2024'];
export const yearOptions = yearOrder.map((value) => ({ value, label: value }));

export const regions: Record<Region, { name: string; label: string; short: string; initial: string; className: string }> = {
  KP_incl_exFATA: { name: 'Khyber Pakhtunkhwa (incl. merged districts)', label: 'Khyber Pakhtunkhwa', short: 'KP', initial: 'K', className: 'tt-series-1' },
  KP_mainland: { name: 'Khyber Pakhtunkhwa, settled districts', label: 'KP settled', short: 'Sett.', initial: 'S', className: 'tt-series-1' },
  ex_FATA: { name: 'Khyber Pakhtunkhwa, merged districts (former FATA)', label: 'KP merged', short: 'Mrg.', initial: 'M', className: 'tt-series-3' },
  Balochistan: { name: 'Balochistan', label: 'Balochistan', short: 'Bal.', initial: 'B', className: 'tt-series-2' },
};
const allRegions = regions;
export const regionOrder: Region[] = ['KP_incl_exFATA', 'KP_mainland', 'ex_FATA', 'Balochistan'];

export const metrics: Record<RegionMetric, { name: string; noun: string }> = {
  attacks: { name: 'Attacks', noun: 'militant attacks' },
  killed: { name: 'Killed', noun: 'people killed' },
  injured: { name: 'Injured', noun: 'people injured' },
};
export const metricOrder: RegionMetric[] = ['attacks', 'killed', 'injured'];

/** What the chart cannot show in each year, stated under it. */
export const missingByYear: Record<RegionYear, string> = {
  '2023': 'Not shown: no full-year 2023 PICSS figures were found for Sindh or Punjab, nor for mainland Khyber Pakhtunkhwa and its merged districts separately.',
  '2024':
    'Not shown: no full-year 2024 PICSS figures were found for Sindh or Punjab, nor for Khyber Pakhtunkhwa as a whole; its two parts are shown apart, not added up.',
};
/** Kept for the registry's notes (the chart's first year). */
export const missing = missingByYear['2023'];
/** The merged districts are the former FATA, joined to Khyber Pakhtunkhwa in 2018. */
export const mergedNote = 'Merged districts: the former tribal areas (FATA), part of Khyber Pakhtunkhwa since 2018.';

/** Every word the chart draws or says, per language (src/i18n/charts.ts). */
export const text = texts({
  en: {
    title,
    regions: regions as Record<Region, { name: string; label: string; short: string; initial: string }>,
    metrics: metrics as Record<RegionMetric, { name: string; noun: string }>,
    missing2023: missingByYear['2023'],
    missing2024: missingByYear['2024'],
    mergedNote,
    fullYear: (year: string) => `Full year ${year}`,
    about:
      'Grouped bar chart of PICSS full-year figures for regions of Pakistan, with attacks, people killed and people injured side by side; a control switches between 2023 and 2024.',
    figure: (n: string, noun: string) => `${n} ${noun}`,
    noFigure: (noun: string) => `no figure for ${noun}`,
    stop: '.',
    attacksIn: (n: string, region: string) => `${n} in ${region}`,
    counted: (year: string, list: string) => `In ${year} PICSS counted ${list} (militant attacks).`,
    noCounts: (year: string) => `PICSS figures for ${year} by region.`,
    table: {
      caption: 'Militant attacks, people killed and people injured by region, 2023 and 2024 (PICSS, full year)',
      columns: ['Year', 'Region', 'Attacks', 'Killed', 'Injured', 'Sources'],
    },
    label: (region: string, year: string, noun: string, v: string | null) =>
      v === null ? `${region}, ${year}: ${noun}, no data` : `${region}, ${year}: ${v} ${noun} (PICSS)`,
  },
  ur: {
    title: 'علاقہ وار عسکریت پسندوں کے حملے اور ان کا جانی نقصان، 2023 اور 2024: خیبر پختونخوا اور بلوچستان (پکس)',
    regions: {
      KP_incl_exFATA: { name: 'خیبر پختونخوا (ضم شدہ اضلاع سمیت)', label: 'خیبر پختونخوا', short: 'کے پی', initial: 'ک' },
      KP_mainland: { name: 'خیبر پختونخوا، بندوبستی اضلاع', label: 'کے پی بندوبستی', short: 'بندوبستی', initial: 'ب' },
      ex_FATA: { name: 'خیبر پختونخوا، ضم شدہ اضلاع (سابق فاٹا)', label: 'کے پی ضم شدہ', short: 'ضم شدہ', initial: 'ض' },
      Balochistan: { name: 'بلوچستان', label: 'بلوچستان', short: 'بلوچستان', initial: 'ل' },
    },
    metrics: {
      attacks: { name: 'حملے', noun: 'عسکریت پسندوں کے حملے' },
      killed: { name: 'جاں بحق', noun: 'جاں بحق افراد' },
      injured: { name: 'زخمی', noun: 'زخمی افراد' },
    },
    missing2023: 'شامل نہیں: سندھ یا پنجاب کے لیے، اور نہ ہی خیبر پختونخوا کے بندوبستی اور ضم شدہ اضلاع کے لیے الگ الگ، 2023 کے پورے سال کے پکس کے اعداد ملے۔',
    missing2024:
      'شامل نہیں: سندھ یا پنجاب کے لیے، اور نہ ہی پورے خیبر پختونخوا کے لیے، 2024 کے پورے سال کے پکس کے اعداد ملے؛ اس کے دونوں حصے الگ دکھائے گئے ہیں، جمع نہیں کیے گئے۔',
    mergedNote: 'ضم شدہ اضلاع: سابق قبائلی علاقے (فاٹا)، جو 2018 سے خیبر پختونخوا کا حصہ ہیں۔',
    fullYear: (year: string) => `پورا سال ${year}`,
    about: 'پاکستان کے علاقوں کے لیے پکس کے پورے سال کے اعداد کا گروپ بار چارٹ، حملے، جاں بحق اور زخمی ساتھ ساتھ؛ ایک کنٹرول 2023 اور 2024 کے درمیان بدلتا ہے۔',
    figure: (n: string, noun: string) => `${noun} ${n}`,
    noFigure: (noun: string) => `${noun} کا عدد نہیں`,
    stop: '۔',
    attacksIn: (n: string, region: string) => `${region} میں ${n}`,
    counted: (year: string, list: string) => `${year} میں پکس نے عسکریت پسندوں کے حملے ${list} گنے۔`,
    noCounts: (year: string) => `${year} کے لیے علاقہ وار پکس کے اعداد۔`,
    table: {
      caption: 'علاقہ وار عسکریت پسندوں کے حملے، جاں بحق اور زخمی افراد، 2023 اور 2024 (پکس، پورا سال)',
      columns: ['سال', 'علاقہ', 'حملے', 'جاں بحق', 'زخمی', 'Sources'],
    },
    label: (region: string, year: string, noun: string, v: string | null) =>
      v === null ? `${region}، ${year}: ${noun}، اعداد دستیاب نہیں` : `${region}، ${year}: ${noun} ${v} (پکس)`,
  },
});

/** The year a state asks for (2023 when it names none or one without data). */
export function yearOf(data: Regions2023Data, state?: Regions2023State): RegionYear {
  const year = state?.year ?? '2023';
  return data.byYear[year]?.length ? year : '2023';
}

/** The regions a year's rows have figures for, in drawing order. */
export function regionsOf(rows: RegionRow[]): Region[] {
  return regionOrder.filter((r) => rows.some((row) => row.region === r));
}

function value(rows: RegionRow[], region: Region, metric: RegionMetric): number | null {
  return rows.find((r) => r.region === region && r.metric === metric)?.value ?? null;
}

function label(region: Region, metric: RegionMetric, v: number | null, year: RegionYear, lang: Lang = 'en'): string {
  const t = text[lang];
  return t.label(t.regions[region].name, year, t.metrics[metric].noun, v === null ? null : formats(lang).number(v));
}

export function draw(data: Regions2023Data, opts: DrawOpts<Regions2023State>): Drawn {
  const { width, state, idPrefix, narrow, m, lang, f } = frameOf(opts, name);
  const t = text[lang];
  const regions = t.regions;
  const year = yearOf(data, state);
  const rows = data.byYear[year];
  const shown = regionsOf(rows);

  const plotH = plotHeightFor(width, { narrowRatio: 0.8, wideRatio: 0.38, max: 360 });
  // One value scale for both years, so switching year compares like with like.
  const max = Math.max(
    0,
    ...yearOrder
      .flatMap((y) => data.byYear[y] ?? [])
      .filter((r) => r.region in regions)
      .map((r) => r.value),
  );
  const axis = valueAxis(max * 1.08, plotH);
  const { left, right } = plotSpan(width, m, axis);
  const x0 = bandsAcross<RegionMetric>(metricOrder, [left, right], narrow ? 0.18 : 0.3, 0.08);
  const x1 = bandsAcross<Region>(shown, [0, x0.bandwidth()], 0.08, 0);
  const bw = x1.bandwidth();
  // Region names under the bars: the label when every one fits, else the short forms, else the
  // initials (both explained in the legend).
  const fits = (pick: (r: Region) => string) => shown.every((q) => textWidth(pick(q)) <= bw + 4);
  const under = (r: Region) => (fits((q) => regions[q].label) ? regions[r].label : fits((q) => regions[q].short) ? regions[r].short : regions[r].initial);
  const abbreviated = under(shown[0] ?? 'Balochistan') !== regions[shown[0] ?? 'Balochistan'].label;
  const leg = legend(
    shown.map((r) => ({
      key: r,
      label: abbreviated ? `${under(r)}: ${regions[r].name}` : regions[r].name,
      swatch: h('rect', { class: cls('tt-mark', allRegions[r].className), x: 0, y: 0, width: 12, height: 12 }),
    })),
    { x: m.left, y: m.top, width },
  );

  const titleY = m.top + leg.height + 14;
  const axisLabel = axisTitle(t.fullYear(year), m.left, titleY, width);
  const plotTop = titleY + axisLabel.extra + 24;
  const baseline = plotTop + plotH;
  // What "merged districts" means; what is missing each year is a listed note of the figure
  // (registry), which image downloads add under the drawing.
  const foot = footnotes([t.mergedNote], width);
  const footTop = baseline + 40;
  const height = Math.round(footTop + foot.height + 4);
  const y = axis.scale([baseline, plotTop]);

  const hl = (r: Region) => (state.highlight ? (state.highlight === r ? 'tt-highlight' : 'tt-dim') : '');

  const groups = shown.map((region) => {
    const marks: SvgNode[] = [];
    const labels: SvgNode[] = [];
    metricOrder.forEach((metric, i) => {
      const v = value(rows, region, metric);
      const bx = (x0(metric) ?? left) + (x1(region) ?? 0);
      const cx = bx + bw / 2;
      if (v === null) {
        const top = baseline - Math.max(24, plotH * 0.3);
        marks.push(gapRect({ x: bx, y: top, width: bw, height: baseline - top, idPrefix, series: region, i, label: label(region, metric, v, year, lang) }));
        return;
      }
      marks.push(
        h('rect', {
          class: cls('tt-mark', 'tt-bar', allRegions[region].className, hl(region)),
          x: bx,
          y: y(v),
          width: bw,
          height: baseline - y(v),
          ...markAttrs(region, i, label(region, metric, v, year, lang), cx, y(v)),
        }),
      );
      const text = f.number(v);
      labels.push(
        h(
          'text',
          {
            class: cls('tt-value-label', 'tt-halo', hl(region) === 'tt-highlight' && 'tt-highlight'),
            x: clampX(cx, textWidth(text), 'middle', width),
            y: y(v) - 5,
            'text-anchor': 'middle',
            'aria-hidden': 'true',
          },
          text,
        ),
      );
      const name = under(region);
      labels.push(
        h(
          'text',
          {
            class: 'tt-label tt-region-label',
            x: clampX(cx, textWidth(name), 'middle', width),
            y: baseline + 15,
            'text-anchor': 'middle',
            'aria-hidden': 'true',
          },
          name,
        ),
      );
    });
    return { node: seriesGroup(region, regions[region].name, metricOrder.length, marks, '', lang), labels };
  });

  const svg = chartRoot(
    { name, width, height, idPrefix, title: t.title, desc: summary(data, year, lang), lang },
    leg.node,
    axisLabel.node,
    ...valueAxisNodes(axis, y, left, right),
    ...groups.map((g) => g.node),
    h(
      'g',
      { class: 'tt-value-labels' },
      groups.flatMap((g) => g.labels),
    ),
    h(
      'g',
      { class: 'tt-axis tt-axis-x', 'aria-hidden': 'true' },
      h('line', { x1: left, x2: right, y1: baseline, y2: baseline }),
      metricOrder.map((metric) =>
        h('text', { class: 'tt-axis-title', x: (x0(metric) ?? left) + x0.bandwidth() / 2, y: baseline + 32, 'text-anchor': 'middle' }, t.metrics[metric].name),
      ),
    ),
    foot.render(footTop),
  );
  return { svg, width, height };
}

/** The regions of a year's rows that have a count of attacks, in drawing order, with the count. */
function attackCounts(rows: RegionRow[]): { region: Region; attacks: number }[] {
  return regionsOf(rows).flatMap((region) => {
    const attacks = value(rows, region, 'attacks');
    return attacks === null ? [] : [{ region, attacks }];
  });
}

/** One sentence for <desc>, in the words of `lang`. */
export function summary(data: Regions2023Data, year: RegionYear = '2023', lang: Lang = 'en'): string {
  const f = formats(lang);
  const t = text[lang];
  const counts = attackCounts(data.byYear[year] ?? []);
  if (!counts.length) return t.noCounts(year);
  return t.counted(year, f.list(counts.map((c) => t.attacksIn(f.number(c.attacks), t.regions[c.region].name))));
}

/** Long description for screen readers: both years, in the words of `lang`. */
export function describe(data: Regions2023Data, lang: Lang = 'en'): string {
  const f = formats(lang);
  const t = text[lang];
  const years = yearOrder
    .filter((y) => data.byYear[y]?.length)
    .map((year) => {
      const rows = data.byYear[year];
      const lines = regionsOf(rows).map((r) => {
        const vals = metricOrder.map((mt) => {
          const v = value(rows, r, mt);
          return v === null ? t.noFigure(t.metrics[mt].noun) : t.figure(f.number(v), t.metrics[mt].noun);
        });
        return `${t.regions[r].name}: ${f.list(vals)}${t.stop}`;
      });
      return [`${year}${t.stop}`, ...lines, year === '2024' ? t.missing2024 : t.missing2023].join(' ');
    });
  return [t.about, ...years, t.mergedNote].join(' ');
}

/** The rows behind the chart: one per year and region, one column per metric. */
export function table(data: Regions2023Data, lang: Lang = 'en'): ChartTable {
  return {
    ...text[lang].table,
    rows: yearOrder.flatMap((year) => {
      const rows = data.byYear[year] ?? [];
      return regionsOf(rows).map((r) => [
        year,
        text[lang].regions[r].name,
        ...metricOrder.map((mt) => value(rows, r, mt)),
        [...new Set(rows.filter((row) => row.region === r).map((row) => row.source))].join(' ') || null,
      ]);
    }),
  };
}
