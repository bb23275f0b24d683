/**
 * The one list of charts. Every chart is declared here once — id, title, takeaway, the data it
 * draws, its notes, the chapter it belongs to and the pure module that draws it — and everything
 * else is generated from this entry: the figure in a chapter, the scrolly sections, the embed
 * page, the CSV/metadata/SVG/PNG downloads, the citation text and the journalists' page.
 */
import type { SiteData } from '../data/index.ts';
import type { SvgNode } from './svg.ts';
import * as picssYearly from './picss-yearly.ts';
import * as pipsYearly from './pips-yearly.ts';
import * as picssMonthly from './picss-monthly.ts';
import * as bajaurToll from './bajaur-toll.ts';
import * as timeline from './timeline.ts';
import * as regions2023 from './regions-2023.ts';
import * as network from './network.ts';
import { formatNumber } from './frame.ts';
import { formatPartialDate } from '../data/dates.ts';

export interface ChartTable { caption: string; columns: string[]; rows: (string | number | null)[][] }

export interface ChartModuleApi<D> {
  draw(data: D, opts: { width: number; state?: never; idPrefix?: string }): { svg: SvgNode; width: number; height: number };
  describe(data: D): string;
  table(data: D): ChartTable;
}

export interface ChartEntry<D = unknown> {
  id: string;
  title: string;
  /** One sentence: what to take away, computed from the data so it cannot drift from it. */
  takeaway(data: D): string;
  /** The organisation whose figures the chart shows, for the source line and citations. */
  org: { name: string; url?: string };
  notes: string[];
  /** Chapter slug the chart belongs to (for the credit link in embeds). */
  chapter: string;
  data(site: SiteData): D;
  /** Source ids of every row drawn. */
  sourceIds(data: D): string[];
  module: ChartModuleApi<D>;
  /** Chart state that an embed URL may set (?view=…, ?year=…): parse or ignore. */
  stateFromQuery?(params: URLSearchParams): Record<string, unknown>;
}

const PICSS = { name: 'Pakistan Institute for Conflict and Security Studies (PICSS)', url: 'https://www.picss.net/' };
const PIPS = { name: 'Pak Institute for Peace Studies (PIPS)', url: 'https://www.pakpips.com/' };
const uniq = (ids: string[]) => [...new Set(ids)];
const rowsSources = (d: { rows: { source: string }[] }) => uniq(d.rows.map((r) => r.source));
const value = (rows: { metric: string; value: number; year?: number; month?: string }[], metric: string, key: number | string) =>
  rows.find((r) => r.metric === metric && (r.year === key || r.month === key))?.value;

const entries: ChartEntry<any>[] = [
  {
    id: 'picss-yearly',
    title: picssYearly.title,
    takeaway: (d: picssYearly.PicssYearlyData) => {
      const low = value(d.rows, 'attacks', 2019);
      const last = value(d.rows, 'attacks', 2025);
      return `Militant attacks fell to ${formatNumber(low ?? 0)} in 2019, then climbed every year after the Afghan Taliban took Kabul, reaching ${formatNumber(last ?? 0)} in 2025.`;
    },
    org: PICSS,
    notes: [
      'PICSS counts “militant attacks”: violence initiated by militants against the state and civilians. Security operations are counted separately and are not included.',
      picssYearly.deathsNote,
      'No PICSS figure for deaths in militant attacks alone was found for 2025, and none for suicide attacks in 2024: those years are shown as gaps.',
      'PICSS revises earlier figures in later releases; the chart uses the latest published value and lists other reported values in the table.',
    ],
    chapter: 'the-ttps-return',
    data: (s) => ({ rows: s.picssYearly }),
    sourceIds: rowsSources,
    module: picssYearly as unknown as ChartModuleApi<picssYearly.PicssYearlyData>,
    stateFromQuery: (p) => {
      const view = p.get('view');
      return view && view in picssYearly.views ? { view } : {};
    },
  },
  {
    id: 'pips-yearly',
    title: pipsYearly.title,
    takeaway: (d: { rows: { metric: string; value: number; year?: number }[] }) => {
      const peak = Math.max(...d.rows.filter((r) => r.metric === 'attacks').map((r) => r.value));
      const last = value(d.rows, 'attacks', 2025);
      return `PIPS recorded its highest count, ${formatNumber(peak)} terrorist attacks, in 2009; by 2025 the count was back up to ${formatNumber(last ?? 0)}.`;
    },
    org: PIPS,
    notes: [
      'PIPS counts “terrorist attacks” by militant, nationalist or insurgent and sectarian groups; clashes and military operations are counted separately.',
      'PIPS and PICSS define an attack differently, so their totals differ (in 2023, PIPS counted far fewer attacks than PICSS). The two series are never joined.',
      'No PIPS annual figure was found for 2012 or 2016: those years are gaps, not zero.',
    ],
    chapter: 'the-ttps-return',
    data: (s) => ({ rows: s.pipsYearly }),
    sourceIds: rowsSources,
    module: pipsYearly as unknown as ChartModuleApi<unknown>,
  },
  {
    id: 'picss-monthly',
    title: picssMonthly.title,
    takeaway: (d: { rows: { metric: string; value: number; month?: string }[] }) => {
      const peak = d.rows.filter((r) => r.metric === 'attacks').reduce((a, b) => (b.value > a.value ? b : a));
      return `Monthly militant attacks rose from ${formatNumber(value(d.rows, 'attacks', '2021-12') ?? 0)} in December 2021, and kept rising after the TTP ended its ceasefire in November 2022, to ${formatNumber(peak.value)} in ${formatPartialDate(peak.month!)}.`;
    },
    org: PICSS,
    notes: [
      'Deaths include militants killed in their own attacks.',
      'Months for which no PICSS monthly report was found are shown as gaps; they are not estimated from annual totals.',
    ],
    chapter: 'the-ttps-return',
    data: (s) => ({ rows: s.picssMonthly }),
    sourceIds: rowsSources,
    module: picssMonthly as unknown as ChartModuleApi<unknown>,
    stateFromQuery: (p) => {
      const metric = p.get('metric');
      return metric === 'attacks' || metric === 'killed' ? { metric } : {};
    },
  },
  {
    id: 'bajaur-toll',
    title: bajaurToll.title,
    takeaway: (d: { rows: { killed: number; status: string }[] }) => {
      const first = d.rows.find((r) => r.status === 'first')?.killed;
      const official = d.rows.find((r) => r.status === 'official')?.killed;
      return `The reported death toll rose from ${formatNumber(first ?? 0)} on the afternoon of 30 July 2023 to the official figure of ${formatNumber(official ?? 0)} on 2 August, as bodies taken home and deaths in other hospitals were added.`;
    },
    org: { name: 'News reports compiled by Twin Threats' },
    notes: [
      'Each point is one published report: police, hospital, rescue, party or ministry figures as carried by the outlet named in the table.',
      'Figures flagged as outliers were unofficial, unattributed or contradicted within the same article; they are shown but not joined to the line.',
      'Injured figures mix total injured with patients still in hospital and are not charted.',
    ],
    chapter: 'the-attack',
    data: (s) => ({ rows: s.toll }),
    sourceIds: rowsSources,
    module: bajaurToll as unknown as ChartModuleApi<unknown>,
  },
  {
    id: 'timeline',
    title: timeline.title,
    takeaway: (d: { rows: unknown[] }) => `${formatNumber(d.rows.length)} events from the TTP’s founding in 2007 to late 2025: attacks, political turns, military action, diplomacy and changes among the groups.`,
    org: { name: 'News reports and think-tank publications compiled by Twin Threats' },
    notes: ['Each event links to the report it rests on. Events whose only source is a wiki or a mirror are marked as weakly sourced.', 'Tolls of individual attacks are the figures given by the source; several were revised.'],
    chapter: 'the-takeover-next-door',
    data: (s) => ({ rows: s.events }),
    sourceIds: rowsSources,
    module: timeline as unknown as ChartModuleApi<unknown>,
  },
  {
    id: 'regions-2023',
    title: regions2023.title,
    takeaway: (d: { rows: { region: string; metric: string; value: number }[] }) => {
      const kp = d.rows.find((r) => r.region === 'KP_incl_exFATA' && r.metric === 'attacks')?.value ?? 0;
      const bl = d.rows.find((r) => r.region === 'Balochistan' && r.metric === 'attacks')?.value ?? 0;
      return `Khyber Pakhtunkhwa, which includes Bajaur, saw ${formatNumber(kp)} militant attacks in 2023, against ${formatNumber(bl)} in Balochistan.`;
    },
    org: PICSS,
    notes: [regions2023.missing, 'Deaths include militants killed in their own attacks.'],
    chapter: 'pakistans-dilemma',
    data: (s) => ({ rows: s.regions2023 }),
    sourceIds: rowsSources,
    module: regions2023 as unknown as ChartModuleApi<unknown>,
  },
  {
    id: 'network',
    title: 'Who is tied to whom: the groups in the story, 2007–2025',
    takeaway: () => 'The TTP, ISKP and the Afghan Taliban are bound by splits, shelter and open war; choose a year to see which ties were in force.',
    org: { name: 'Ties compiled by Twin Threats from news reports, think tanks and UN monitors' },
    notes: [
      'Ties were collected outward from the groups in this story, not by a census of all militant groups; a missing line is not evidence that no tie exists.',
      'Contested ties (disputed, uncertain or resting on a weak source) are drawn thinner with a “?” and the dispute is stated in the table.',
      'Ties with no recorded start are long-standing ones that predate 2007; they appear in every year.',
      'A “≈” before a date in the table, and a fainter line with a “≈” in the drawing, mark a start or end that no source gives: the tie is placed at the nearest date the sources support (such as a group’s founding or the date of the report that describes it), so the years it is shown in are approximate.',
      network.arrowNote,
    ],
    chapter: 'whos-who',
    data: (s) => ({ actors: s.actors, relations: s.relations }),
    sourceIds: (d: { actors: { source: string }[]; relations: { source: string }[] }) => uniq([...d.relations.map((r) => r.source), ...d.actors.map((a) => a.source)]),
    module: network as unknown as ChartModuleApi<unknown>,
    stateFromQuery: (p) => {
      const year = Number(p.get('year'));
      return Number.isInteger(year) && year >= network.YEARS.min && year <= network.YEARS.max ? { year } : {};
    },
  },
];

export const charts: readonly ChartEntry[] = entries;

export function getChart(id: string): ChartEntry {
  const entry = charts.find((c) => c.id === id);
  if (!entry) throw new Error(`unknown chart id "${id}" (see src/charts/registry.ts)`);
  return entry;
}
