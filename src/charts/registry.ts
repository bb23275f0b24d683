/**
 * The one list of charts. Every chart is declared here once — the pure module that draws it
 * (which names its id and English title), takeaway, the data it draws, its notes, the chapter it
 * belongs to, its state (with the controls a reader sees and the keys an embed address may set) and how the browser enhances it —
 * and everything else is generated from this entry: the figure in a chapter, the scrolly
 * sections, the embed page, the CSV/metadata/SVG/PNG downloads, the citation text, the share
 * cards and the journalists' page.
 *
 * The browser never imports this file (it holds every chart module and the build-time text):
 * it loads a chart's module by its id, the module file being src/charts/<id>.ts
 * (src/scripts/chart-modules.ts), and reads the chart's controls from the figure's markup.
 *
 * Adding a chart: its module, src/charts/<id>.ts, and one `defineChart<Data, State>({ … })` below
 * (docs/AUTHORING.md, "Add a chart").
 */
import type { SiteData } from '../data/index.ts';
import type { ChartTable, DrawOpts, Drawn, RowsData } from './frame.ts';
import * as picssYearly from './picss-yearly.ts';
import * as pipsYearly from './pips-yearly.ts';
import * as picssMonthly from './picss-monthly.ts';
import * as bajaurToll from './bajaur-toll.ts';
import * as timeline from './timeline.ts';
import * as regions2023 from './regions-2023.ts';
import * as network from './network.ts';
import * as locatorMap from './locator-map.ts';
import * as attackMap from './attack-map.ts';
import { mapGeometry } from '../data/map-geometry.ts';
import { formatNumber } from './frame.ts';
import { highest } from './points.ts';
import { formatPartialDate } from '../data/dates.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatDateUr } from '../i18n/charts.ts';
import { formatNumber as formatIn } from '../i18n/format.ts';
import { urduData } from '../i18n/chart-data.ts';
import { authorState, checks, choice, controlsOf, int, oneOf, pair, range, text, type Control, type StateSchema } from './state.ts';

/* ------------------------------------------------------------------ the contract */

export type { Drawn };

/** What every chart module exports (src/charts/<id>.ts). */
export interface ChartModule<D, S> {
  /** The chart's id, the module's file name: its URLs (/embed/<id>/), anchors (#figure-<id>) and SVG class. */
  name: string;
  /** The chart's title in English (the Urdu one is the entry's `ur.title`). */
  title: string;
  /**
   * `height` (optional to honour): fit the drawing into this many px (a scrolly's sticky stage on
   * a phone). `state.previous`: in a scrolly step, the state of the step before (`{}` on the
   * first), so the chart can mark what the step adds (data-mark); never an author's key.
   */
  draw: (data: D, opts: DrawOpts<Partial<S>>) => Drawn;
  describe: (data: D, lang?: Lang) => string;
  /** The data table in a language (headers and cell formatting); the CSV download is the English one. */
  table: (data: D, lang?: Lang) => ChartTable;
}

/** A profile of one node of a graph, opened from the diagram (src/scripts/graph-enhance.ts). */
export interface GraphProfile {
  name: string;
  short: string;
  aliases: string[];
  /** The founding date in the page's language, and a note on it (data, in English). */
  founded: string | null;
  foundedNote: string | null;
  leaders: { name: string; period: string; note: string | null }[];
  summary: string;
  /** A source id (the anchor on the sources page) and the outlet's name, the link's text. */
  source: string;
  sourceName: string;
  ties: { text: string; period: string; status: string; evidence: string; source: string; sourceName: string; inForce: boolean }[];
}

/**
 * What a chart enhanced as a graph adds: a state of year, focus and types, and node profiles.
 * (The live region reads the drawing's own <desc> after each change.)
 */
export interface GraphModule<D> {
  profile: (data: D, id: string, year?: number, lang?: Lang) => GraphProfile | null;
}
export interface GraphState {
  year?: number;
  focus?: string;
  types?: string[];
}

/**
 * How the browser makes the server's drawing interactive: `series` (src/scripts/figure-enhance.ts:
 * tooltips and keyboard over data series, controls redraw) or `graph`
 * (src/scripts/graph-enhance.ts: nodes open profiles, a year slider and type filters redraw).
 */
export type EnhancerKind = 'series' | 'graph';

interface EntryBase<D, S> {
  /** One sentence: what to take away, computed from the data so it cannot drift from it. */
  takeaway: (data: D) => string;
  /** The organisation whose figures the chart shows, for the source line and citations. */
  org: { name: string; url?: string };
  /** Each note in both languages side by side, so that none is added or changed in one only. */
  notes: { en: string; ur: string }[];
  /** Chapter slug the chart belongs to (for the credit link in embeds). */
  chapter: string;
  data: (site: SiteData) => D;
  /** Source ids of every row drawn. */
  sourceIds: (data: D) => string[];
  /** Every key of the chart's state, with its control if the reader may set it (src/charts/state.ts). */
  state: StateSchema<S>;
  /**
   * Share cards (src/lib/share-card.ts): by default a chart may stand on its chapter's card;
   * `false` keeps it off; `'site'` makes it the card of the site and of pages without a chart.
   */
  card?: 'site' | false;
  /**
   * The entry's other reader-facing words in Urdu: title, takeaway and organisation (the notes'
   * are beside their English, the controls' in `state`, the drawing's in the module). Required,
   * so a chart without its Urdu text fails the type check.
   */
  ur: { title: string; takeaway: (data: D) => string; org: { name: string } };
}

/** A registry entry: a module drawing data D in state S, enhanced in the browser as its kind says. */
export type ChartEntry<D, S> = EntryBase<D, S> &
  ({ enhancer?: 'series'; module: ChartModule<D, S> } | { enhancer: 'graph'; module: ChartModule<D, S> & GraphModule<D> });

/** A chart bound to the site's data: what pages, components and downloads use. */
export interface BoundChart {
  id: string;
  /** The language everything below speaks. */
  lang: Lang;
  /** Title, organisation, notes and controls in that language. */
  title: string;
  org: { name: string; url?: string };
  notes: string[];
  controls: Control[];
  /** The chart's data, as the browser receives it (/chart-data/<id>.json or inline). */
  data: unknown;
  takeaway(): string;
  describe(): string;
  table(): ChartTable;
  sourceIds(): string[];
  /**
   * Draw in an author's state (checked: an unknown key or value is a build error naming `where`).
   * `previous`: a scrolly step's previous step state (checked the same way); `height`: fit the
   * drawing into this many px (see ChartModule).
   */
  draw(opts: {
    width: number;
    height?: number;
    state?: Record<string, unknown>;
    previous?: Record<string, unknown> | null;
    idPrefix?: string;
    where?: string;
  }): Drawn;
}

/** A registry entry with its data and state types erased, for the generic parts. */
export interface Chart {
  id: string;
  title: string;
  org: { name: string; url?: string };
  notes: string[];
  chapter: string;
  enhancer: EnhancerKind;
  card: 'site' | 'chapter' | false;
  /** The controls a reader sees, in order; those with `query` may be set by an embed address. */
  controls: Control[];
  /** The reader-facing words of the entry in a language (English: the fields above). */
  text(lang: Lang): ChartText;
  /** The chart bound to the site's data, speaking `lang` (default English). */
  bind(site: SiteData, lang?: Lang): BoundChart;
}

/** An entry's reader-facing words in one language. */
export interface ChartText {
  title: string;
  org: { name: string; url?: string };
  notes: string[];
  controls: Control[];
}

/** Check an entry against its module's data and state types, and erase them for the generic parts. */
export function defineChart<D, S>(entry: ChartEntry<D, S>): Chart {
  const { module } = entry;
  // The id and the English title are the module's own, named once.
  const { name: id, title } = module;
  const notes = (lang: Lang) => entry.notes.map((note) => note[lang]);
  const text = (lang: Lang): ChartText =>
    lang === 'en'
      ? { title, org: entry.org, notes: notes(lang), controls: controlsOf(entry.state) }
      : { title: entry.ur.title, org: { ...entry.org, name: entry.ur.org.name }, notes: notes(lang), controls: controlsOf(entry.state, lang) };
  return {
    id,
    title,
    org: entry.org,
    notes: notes('en'),
    chapter: entry.chapter,
    enhancer: entry.enhancer ?? 'series',
    card: entry.card ?? 'chapter',
    controls: controlsOf(entry.state),
    text,
    bind(site, lang = 'en') {
      // Urdu data: the same rows with their drawn names in Urdu (src/i18n/chart-data.ts).
      const data = lang === 'en' ? entry.data(site) : urduData(entry.data(site));
      // Draw in English only from the English data: an Urdu drawing takes the localised copy.
      const english = lang === 'en' ? undefined : entry.data(site);
      return {
        id,
        lang,
        ...text(lang),
        data,
        takeaway: () => (lang === 'en' ? entry.takeaway(data) : entry.ur.takeaway(english!)),
        describe: () => (lang === 'en' ? module.describe(data) : module.describe(data, lang)),
        table: () => (lang === 'en' ? module.table(data) : module.table(data, lang)),
        sourceIds: () => entry.sourceIds(data),
        draw: ({ width, height, state = {}, previous, idPrefix, where = `chart "${id}"` }) => {
          const checked = authorState(entry.state, state, where);
          const withPrevious =
            previous === undefined ? checked : { ...checked, previous: previous && authorState(entry.state, previous, `${where} (previous step)`) };
          return lang === 'en'
            ? module.draw(data, { width, height, idPrefix, state: withPrevious })
            : module.draw(data, { width, height, idPrefix, state: withPrevious, lang });
        },
      };
    },
  };
}

/* ------------------------------------------------------------------ the charts */

const PICSS = { name: 'Pakistan Institute for Conflict and Security Studies (PICSS)', url: 'https://www.picss.net/' };
const PIPS = { name: 'Pak Institute for Peace Studies (PIPS)', url: 'https://www.pakpips.com/' };
const uniq = (ids: string[]) => [...new Set(ids)];
/** The outlet of each source the rows cite, by source id: what a reader sees instead of the id. */
const outletNames = (s: SiteData, rows: { source: string }[]) => Object.fromEntries(rows.map((r) => [r.source, s.sources.get(r.source)?.outlet ?? r.source]));
/** A chart of one dataset's rows: its data and the source ids of every row. */
const fromRows = <R extends { source: string }>(rows: (s: SiteData) => R[]) => ({
  data: (s: SiteData): RowsData<R> => ({ rows: rows(s) }),
  sourceIds: (d: RowsData<R>) => uniq(d.rows.map((r) => r.source)),
});
/** The state every time series takes from a scrolly step: a highlighted range and how many annotations show. */
const timeSeries = { highlight: pair(), annotations: int() };
const n = (v: number) => formatIn(v, 'ur');
const PICSS_UR = { name: 'پاک انسٹی ٹیوٹ فار کانفلکٹ اینڈ سکیورٹی اسٹڈیز (پکس)' };
const PIPS_UR = { name: 'پاک انسٹی ٹیوٹ فار پیس اسٹڈیز (پپس)' };
const BOUNDARY_NOTE_UR = 'سرحدیں نیچرل ارتھ کے مطابق، متنازع سرحدوں سمیت؛ ضروری نہیں کہ یہ مستند ہوں۔';
const value = (rows: { metric: string; value: number; year?: number; month?: string }[], metric: string, key: number | string) =>
  rows.find((r) => r.metric === metric && (r.year === key || r.month === key))?.value;

// The figures a takeaway states, found once for both its languages.
const attackRows = <R extends { metric: string }>(rows: R[]) => rows.filter((r) => r.metric === 'attacks');
const mostAttacks = (rows: { metric: string; value: number }[]) => Math.max(...attackRows(rows).map((r) => r.value));
/** The month with the most attacks (the first, if tied). */
const peakAttacks = <R extends { metric: string; value: number }>(rows: R[]) => highest(attackRows(rows));
const tollOf = (d: bajaurToll.BajaurTollData, status: 'first' | 'official') => d.rows.find((r) => r.status === status)?.killed ?? 0;
const regionAttacks = (d: regions2023.Regions2023Data, year: regions2023.RegionYear, region: regions2023.Region) =>
  d.byYear[year].find((r) => r.region === region && r.metric === 'attacks')?.value ?? 0;
/** The attacks on the map, and those of them in Khyber Pakhtunkhwa or Afghanistan. */
const durandShare = (d: attackMap.AttackMapData) => {
  const list = attackMap.mappedAttacks(d);
  return { mapped: list.length, nearDurand: list.filter((m) => m.place.province === 'Khyber Pakhtunkhwa' || m.place.country === 'Afghanistan').length };
};

export const charts: readonly Chart[] = [
  defineChart<picssYearly.PicssYearlyData, picssYearly.PicssYearlyState>({
    module: picssYearly,
    org: PICSS,
    chapter: 'the-ttps-return',
    takeaway: (d) => {
      const low = value(d.rows, 'attacks', 2019);
      const last = value(d.rows, 'attacks', 2025);
      return `Militant attacks fell to ${formatNumber(low ?? 0)} in 2019, then climbed every year after the Afghan Taliban took Kabul, reaching ${formatNumber(last ?? 0)} in 2025.`;
    },
    notes: [
      {
        en: 'PICSS counts “militant attacks”: violence initiated by militants against the state and civilians. Security operations are counted separately and are not included.',
        ur: 'پکس "عسکریت پسندوں کے حملے" گنتا ہے: ریاست اور شہریوں کے خلاف عسکریت پسندوں کی شروع کی گئی پرتشدد کارروائیاں۔ سکیورٹی آپریشنز الگ گنے جاتے ہیں اور ان میں شامل نہیں۔',
      },
      { en: picssYearly.deathsNote, ur: picssYearly.text.ur.deathsNote },
      {
        en: 'No PICSS figure for deaths in militant attacks alone was found for 2025, and none for suicide attacks in 2024: those years are shown as gaps.',
        ur: '2025 کے لیے صرف عسکریت پسندوں کے حملوں میں ہلاکتوں کا پکس کا کوئی عدد نہیں ملا، اور 2024 کے لیے خودکش حملوں کا کوئی عدد نہیں ملا: یہ سال خالی دکھائے گئے ہیں۔',
      },
      {
        en: 'PICSS revises earlier figures in later releases; the chart uses the latest published value and lists other reported values in the table.',
        ur: 'پکس بعد کی اشاعتوں میں پہلے کے اعداد پر نظرثانی کرتا ہے؛ چارٹ تازہ ترین شائع شدہ عدد استعمال کرتا ہے اور دیگر رپورٹ شدہ اعداد جدول میں درج ہیں۔',
      },
    ],
    ...fromRows((s) => s.picssYearly),
    state: {
      view: choice({
        label: 'Show',
        options: picssYearly.viewOptions,
        fallback: 'attacks',
        query: true,
        ur: { label: 'دکھائیں', options: { attacks: 'حملے', killed: 'ہلاکتیں', suicide_attacks: 'خودکش حملے' } },
      }),
      ...timeSeries,
    },
    card: 'site',
    ur: {
      title: picssYearly.text.ur.title,
      org: PICSS_UR,
      takeaway: (d) =>
        `عسکریت پسندوں کے حملے 2019 میں کم ہو کر ${n(value(d.rows, 'attacks', 2019) ?? 0)} رہ گئے، پھر افغان طالبان کے کابل پر قبضے کے بعد ہر سال بڑھتے گئے اور 2025 میں ${n(value(d.rows, 'attacks', 2025) ?? 0)} تک پہنچ گئے۔`,
    },
  }),
  defineChart<pipsYearly.PipsYearlyData, pipsYearly.PipsYearlyState>({
    module: pipsYearly,
    org: PIPS,
    chapter: 'the-ttps-return',
    takeaway: (d) =>
      `PIPS recorded its highest count, ${formatNumber(mostAttacks(d.rows))} terrorist attacks, in 2009; by 2025 the count was back up to ${formatNumber(value(d.rows, 'attacks', 2025) ?? 0)}.`,
    notes: [
      {
        en: 'PIPS counts “terrorist attacks” by militant, nationalist or insurgent and sectarian groups; clashes and military operations are counted separately.',
        ur: 'پپس عسکریت پسند، قوم پرست یا شورش پسند اور فرقہ وارانہ گروہوں کے "دہشت گرد حملے" گنتا ہے؛ جھڑپیں اور فوجی آپریشنز الگ گنے جاتے ہیں۔',
      },
      {
        en: 'PIPS and PICSS define an attack differently, so their totals differ (in 2023, PIPS counted far fewer attacks than PICSS). The two series are never joined.',
        ur: 'پپس اور پکس حملے کی تعریف مختلف کرتے ہیں، اس لیے ان کے مجموعی اعداد مختلف ہیں (2023 میں پپس نے پکس سے کہیں کم حملے گنے)۔ دونوں سلسلے کبھی جوڑے نہیں جاتے۔',
      },
      {
        en: 'No PIPS annual figure was found for 2012 or 2016: those years are gaps, not zero.',
        ur: '2012 اور 2016 کے لیے پپس کا کوئی سالانہ عدد نہیں ملا: یہ سال خالی ہیں، صفر نہیں۔',
      },
    ],
    ...fromRows((s) => s.pipsYearly),
    state: { highlight: pair() },
    ur: {
      title: pipsYearly.text.ur.title,
      org: PIPS_UR,
      takeaway: (d) =>
        `پپس نے دہشت گرد حملوں کی سب سے زیادہ تعداد، ${n(mostAttacks(d.rows))}، 2009 میں ریکارڈ کی؛ 2025 تک یہ تعداد دوبارہ بڑھ کر ${n(value(d.rows, 'attacks', 2025) ?? 0)} ہو گئی۔`,
    },
  }),
  defineChart<picssMonthly.PicssMonthlyData, picssMonthly.PicssMonthlyState>({
    module: picssMonthly,
    org: PICSS,
    chapter: 'the-ttps-return',
    takeaway: (d) => {
      const peak = peakAttacks(d.rows);
      return `Monthly militant attacks rose from ${formatNumber(value(d.rows, 'attacks', '2021-12') ?? 0)} in December 2021, and kept rising after the TTP ended its ceasefire in November 2022, to ${formatNumber(peak.value)} in ${formatPartialDate(peak.month)}.`;
    },
    notes: [
      { en: 'Deaths include militants killed in their own attacks.', ur: 'ہلاکتوں میں وہ عسکریت پسند بھی شامل ہیں جو اپنے ہی حملوں میں مارے گئے۔' },
      {
        en: 'Months for which no PICSS monthly report was found are shown as gaps; they are not estimated from annual totals.',
        ur: 'جن مہینوں کی پکس کی ماہانہ رپورٹ نہیں ملی وہ خالی دکھائے گئے ہیں؛ ان کا اندازہ سالانہ اعداد سے نہیں لگایا گیا۔',
      },
    ],
    ...fromRows((s) => s.picssMonthly),
    state: {
      metric: choice({
        label: 'Show',
        options: picssMonthly.metricOptions,
        fallback: 'attacks',
        query: true,
        ur: { label: 'دکھائیں', options: { attacks: 'حملے', killed: 'ہلاکتیں' } },
      }),
      ...timeSeries,
    },
    ur: {
      title: picssMonthly.text.ur.title,
      org: PICSS_UR,
      takeaway: (d) => {
        const peak = peakAttacks(d.rows);
        return `عسکریت پسندوں کے ماہانہ حملے دسمبر 2021 میں ${n(value(d.rows, 'attacks', '2021-12') ?? 0)} سے بڑھنے لگے، اور نومبر 2022 میں ٹی ٹی پی کی جنگ بندی ختم ہونے کے بعد بڑھتے ہی گئے، یہاں تک کہ ${formatDateUr(peak.month)} میں ${n(peak.value)} ہو گئے۔`;
      },
    },
  }),
  defineChart<bajaurToll.BajaurTollData, bajaurToll.BajaurTollState>({
    module: bajaurToll,
    org: { name: 'News reports compiled by Twin Threats' },
    chapter: 'the-attack',
    takeaway: (d) =>
      `The reported death toll rose from ${formatNumber(tollOf(d, 'first'))} on the afternoon of 30 July 2023 to the official figure of ${formatNumber(tollOf(d, 'official'))} on 2 August, as bodies taken home and deaths in other hospitals were added.`,
    notes: [
      {
        en: 'Each point is one published report: police, hospital, rescue, party or ministry figures as carried by the outlet named in the table.',
        ur: 'ہر نشان ایک شائع شدہ رپورٹ ہے: پولیس، ہسپتال، ریسکیو، جماعت یا وزارت کے اعداد، جیسے جدول میں درج ادارے نے انہیں شائع کیا۔',
      },
      {
        en: 'Figures flagged as outliers were unofficial, unattributed or contradicted within the same article; they are shown but not joined to the line.',
        ur: 'غیر معمولی قرار دیے گئے اعداد غیر سرکاری، بے حوالہ یا اسی خبر کے اندر متضاد تھے؛ وہ دکھائے گئے ہیں مگر لکیر سے نہیں جوڑے گئے۔',
      },
      {
        en: 'Injured figures mix total injured with patients still in hospital and are not charted.',
        ur: 'زخمیوں کے اعداد میں کل زخمی اور ہسپتال میں موجود مریض دونوں ملے جلے ہیں، اس لیے ان کا چارٹ نہیں بنایا گیا۔',
      },
      { en: bajaurToll.timeNote, ur: bajaurToll.text.ur.timeNote },
    ],
    ...fromRows((s) => s.toll),
    state: { through: oneOf(['2023-07-30', '2023-07-31', '2023-08-02', 'all']), highlight: oneOf(['first', 'official', 'outliers']) },
    ur: {
      title: bajaurToll.text.ur.title,
      org: { name: 'خبروں کی رپورٹیں، ٹوئن تھریٹس کی مرتب کردہ' },
      takeaway: (d) =>
        `رپورٹ شدہ ہلاکتوں کی تعداد 30 جولائی 2023 کی سہ پہر ${n(tollOf(d, 'first'))} سے بڑھ کر 2 اگست کو سرکاری تعداد ${n(tollOf(d, 'official'))} تک پہنچی، کیونکہ گھر لے جائی گئی لاشیں اور دوسرے ہسپتالوں میں ہونے والی اموات بھی شامل کی گئیں۔`,
    },
  }),
  defineChart<timeline.TimelineData, timeline.TimelineState>({
    module: timeline,
    org: { name: 'News reports and think-tank publications compiled by Twin Threats' },
    chapter: 'the-takeover-next-door',
    takeaway: (d) =>
      `${formatNumber(d.rows.length)} events from the TTP’s founding in 2007 to late 2025: attacks, political turns, military action, diplomacy and changes among the groups.`,
    notes: [
      {
        en: 'Each event links to the report it rests on. Events whose only source is a wiki or a mirror are marked as weakly sourced.',
        ur: 'ہر واقعہ اس رپورٹ سے جڑا ہے جس پر وہ مبنی ہے۔ جن واقعات کا واحد ماخذ کوئی وکی یا نقل شدہ صفحہ ہے، انہیں کمزور ماخذ والا قرار دیا گیا ہے۔',
      },
      {
        en: 'Tolls of individual attacks are the figures given by the source; several were revised.',
        ur: 'انفرادی حملوں میں ہلاکتوں کی تعداد وہی ہے جو ماخذ نے دی؛ کئی پر بعد میں نظرثانی ہوئی۔',
      },
    ],
    ...fromRows((s) => s.events),
    state: {
      categories: checks({ label: 'Kinds of event', options: timeline.categoryOptions, ur: { label: 'واقعات کی اقسام', options: timeline.categoryLabelsUr } }),
      from: int(),
      to: int(),
    },
    // Four chapters place it: it would be every one of their cards.
    card: false,
    ur: {
      title: timeline.text.ur.title,
      org: { name: 'خبروں کی رپورٹیں اور تھنک ٹینکس کی اشاعتیں، ٹوئن تھریٹس کی مرتب کردہ' },
      takeaway: (d) =>
        `2007 میں ٹی ٹی پی کے قیام سے 2025 کے آخر تک ${n(d.rows.length)} واقعات: حملے، سیاسی موڑ، فوجی کارروائیاں، سفارت کاری اور گروہوں میں تبدیلیاں۔`,
    },
  }),
  defineChart<regions2023.Regions2023Data, regions2023.Regions2023State>({
    module: regions2023,
    org: PICSS,
    chapter: 'pakistans-dilemma',
    takeaway: (d) => {
      const v = (year: regions2023.RegionYear, region: regions2023.Region) => formatNumber(regionAttacks(d, year, region));
      return `Khyber Pakhtunkhwa, which includes Bajaur, saw ${v('2023', 'KP_incl_exFATA')} militant attacks in 2023, against ${v('2023', 'Balochistan')} in Balochistan; for 2024 PICSS counted ${v('2024', 'KP_mainland')} in its settled districts and ${v('2024', 'ex_FATA')} in its merged districts, against ${v('2024', 'Balochistan')} in Balochistan.`;
    },
    notes: [
      { en: regions2023.missingByYear['2023'], ur: regions2023.text.ur.missing2023 },
      { en: regions2023.missingByYear['2024'], ur: regions2023.text.ur.missing2024 },
      { en: 'Deaths include militants killed in their own attacks.', ur: 'ہلاکتوں میں وہ عسکریت پسند بھی شامل ہیں جو اپنے ہی حملوں میں مارے گئے۔' },
      {
        en: 'The 2024 figures come from one news report of PICSS’s annual review (Dunya News), the only copy of them this project found.',
        ur: '2024 کے اعداد پکس کے سالانہ جائزے کی ایک خبر (دنیا نیوز) سے لیے گئے ہیں، جو اس منصوبے کو ملنے والی ان کی واحد نقل ہے۔',
      },
    ],
    data: (s) => ({ byYear: { '2023': s.regions2023, '2024': s.regions2024 } }),
    sourceIds: (d) => uniq([...d.byYear['2023'], ...d.byYear['2024']].map((r) => r.source)),
    state: {
      year: choice({
        label: 'Year',
        options: regions2023.yearOptions,
        fallback: '2023',
        query: true,
        ur: { label: 'سال', options: { '2023': '2023', '2024': '2024' } },
      }),
      highlight: oneOf(regions2023.regionOrder),
    },
    ur: {
      title: regions2023.text.ur.title,
      org: PICSS_UR,
      takeaway: (d) => {
        const v = (year: regions2023.RegionYear, region: regions2023.Region) => n(regionAttacks(d, year, region));
        return `باجوڑ سمیت خیبر پختونخوا میں 2023 میں عسکریت پسندوں کے ${v('2023', 'KP_incl_exFATA')} حملے ہوئے، جبکہ بلوچستان میں ${v('2023', 'Balochistan')}؛ 2024 کے لیے پکس نے اس کے بندوبستی اضلاع میں ${v('2024', 'KP_mainland')} اور ضم شدہ اضلاع میں ${v('2024', 'ex_FATA')} حملے گنے، جبکہ بلوچستان میں ${v('2024', 'Balochistan')}۔`;
      },
    },
  }),
  defineChart<network.NetworkData, network.NetworkState>({
    module: network,
    org: { name: 'Ties compiled by Twin Threats from news reports, think tanks and UN monitors' },
    chapter: 'whos-who',
    takeaway: () => 'The TTP, ISKP and the Afghan Taliban are bound by splits, shelter and open war; choose a year to see which ties were in force.',
    notes: [
      {
        en: 'Ties were collected outward from the groups in this story, not by a census of all militant groups; a missing line is not evidence that no tie exists.',
        ur: 'تعلقات اس کہانی کے گروہوں سے باہر کی طرف جمع کیے گئے ہیں، تمام عسکریت پسند گروہوں کی مردم شماری سے نہیں؛ کسی لکیر کا نہ ہونا اس بات کا ثبوت نہیں کہ کوئی تعلق موجود نہیں۔',
      },
      {
        en: 'Contested ties (disputed, uncertain or resting on a weak source) are drawn thinner with a “?” and the dispute is stated in the table.',
        ur: 'متنازع تعلقات (جن پر اختلاف ہے، جو غیر یقینی ہیں یا کمزور ماخذ پر مبنی ہیں) پتلی لکیر اور "؟" سے دکھائے گئے ہیں اور جدول میں اختلاف بیان کیا گیا ہے۔',
      },
      {
        en: 'Ties with no recorded start are long-standing ones that predate 2007; they appear in every year.',
        ur: 'جن تعلقات کا آغاز درج نہیں وہ پرانے ہیں اور 2007 سے پہلے کے ہیں؛ وہ ہر سال میں دکھائی دیتے ہیں۔',
      },
      {
        en: 'A “≈” before a date in the table, and a fainter line with a “≈” in the drawing, mark a start or end that no source gives: the tie is placed at the nearest date the sources support (such as a group’s founding or the date of the report that describes it), so the years it is shown in are approximate.',
        ur: 'جدول میں کسی تاریخ سے پہلے "≈"، اور نقشے میں "≈" والی ہلکی لکیر، ایسے آغاز یا اختتام کو ظاہر کرتی ہے جو کسی ماخذ میں درج نہیں: تعلق کو اس قریب ترین تاریخ پر رکھا گیا ہے جس کی ماخذ تائید کرتے ہیں (جیسے کسی گروہ کا قیام یا اسے بیان کرنے والی رپورٹ کی تاریخ)، اس لیے جن برسوں میں یہ دکھایا گیا ہے وہ تخمینی ہیں۔',
      },
      { en: network.arrowNote, ur: network.text.ur.arrowNote },
    ],
    data: (s) => ({
      actors: s.actors,
      relations: s.relations,
      sourceNames: outletNames(s, [...s.relations, ...s.actors]),
    }),
    sourceIds: (d) => uniq([...d.relations.map((r) => r.source), ...d.actors.map((a) => a.source)]),
    enhancer: 'graph',
    state: {
      year: range({
        label: 'Ties in force in',
        ...network.YEARS,
        fallback: network.DEFAULT_YEAR,
        query: true,
        examples: [2014, 2021],
        ur: { label: 'اس سال کے تعلقات' },
      }),
      types: checks({ label: 'Kinds of tie', options: network.tieOptions, ur: { label: 'تعلقات کی اقسام', options: network.tieLabelsUr } }),
      focus: text(),
    },
    ur: {
      title: 'کون کس سے جڑا ہے: کہانی کے گروہ، 2007 تا 2025',
      org: { name: 'تعلقات ٹوئن تھریٹس نے خبروں کی رپورٹوں، تھنک ٹینکس اور اقوام متحدہ کے مانیٹرز سے مرتب کیے' },
      takeaway: () =>
        'ٹی ٹی پی، آئی ایس کے پی اور افغان طالبان دھڑے بندی، پناہ اور کھلی جنگ کے رشتوں میں بندھے ہیں؛ کوئی سال چنیں اور دیکھیں کہ اس وقت کون سے تعلقات قائم تھے۔',
    },
  }),
  defineChart<locatorMap.LocatorData, locatorMap.LocatorState>({
    module: locatorMap,
    org: { name: 'Natural Earth (borders); places compiled by Twin Threats from gazetteer and encyclopedia pages' },
    chapter: 'the-attack',
    takeaway: (d) =>
      `Khar, where the convention was bombed, lies in Pakistan's far north-west, close to the Afghan border and about ${formatNumber(locatorMap.kharPeshawarKm(d.places) ?? 0)} km in a straight line from Peshawar.`,
    notes: [
      {
        // What the two sources support, as the glossary says it since the citation audit
        // (content/data/citation-audit.csv, audit-230/231): neither gives the line's origin or the dispute over it.
        en: 'The border between Pakistan and Afghanistan is usually called the Durand Line. Clashes between the two countries’ forces along it have closed crossings such as Torkham (Pakistan Today, 6 September 2023; Geo News, 7 September 2023).',
        ur: 'پاکستان اور افغانستان کے درمیان سرحد کو عام طور پر ڈیورنڈ لائن کہا جاتا ہے۔ اس پر دونوں ممالک کی فورسز کے درمیان جھڑپوں کے باعث طورخم جیسی گزرگاہیں بند ہوتی رہی ہیں (پاکستان ٹوڈے، 6 ستمبر 2023؛ جیو نیوز، 7 ستمبر 2023)۔',
      },
      { en: 'Boundaries as drawn by Natural Earth, disputed ones included; they are not necessarily authoritative.', ur: BOUNDARY_NOTE_UR },
      {
        en: 'Every coordinate comes from the page named in the table. Khar is placed at Bajaur district’s reference point, which the source puts at the district’s centre, where Khar lies.',
        ur: 'ہر محل وقوع جدول میں درج صفحے سے لیا گیا ہے۔ خار کو ضلع باجوڑ کے حوالہ نقطے پر رکھا گیا ہے، جسے ماخذ ضلع کا مرکز بتاتا ہے، جہاں خار واقع ہے۔',
      },
    ],
    // The geometry's levels are shared files the browser fetches once for both maps
    // (src/data/shared-assets.ts); the server draws from the objects themselves.
    data: (s) => ({ places: s.places, geo: mapGeometry() }),
    sourceIds: (d) => uniq([...d.places.map((p) => p.source), 'pakistantoday-26224', 'geo-52dc3']),
    state: {
      view: choice({
        label: 'View',
        options: locatorMap.viewOptions,
        fallback: 'region',
        query: true,
        ur: { label: 'منظر', options: locatorMap.viewLabelsUr },
      }),
    },
    ur: {
      title: locatorMap.text.ur.title,
      org: { name: 'نیچرل ارتھ (سرحدیں)؛ مقامات ٹوئن تھریٹس نے گزیٹیئر اور انسائیکلوپیڈیا کے صفحات سے مرتب کیے' },
      takeaway: (d) =>
        `خار، جہاں کنونشن پر بم حملہ ہوا، پاکستان کے انتہائی شمال مغرب میں افغان سرحد کے قریب اور پشاور سے سیدھی لکیر میں تقریباً ${n(locatorMap.kharPeshawarKm(d.places) ?? 0)} کلومیٹر کے فاصلے پر واقع ہے۔`,
    },
  }),
  defineChart<attackMap.AttackMapData, attackMap.AttackMapState>({
    module: attackMap,
    org: { name: 'Attacks compiled by Twin Threats from news reports; borders from Natural Earth' },
    chapter: 'iskps-war',
    takeaway: (d) => {
      const { mapped, nearDurand } = durandShare(d);
      return `Of the ${formatNumber(mapped)} attacks in this story that can be placed on a map, ${formatNumber(nearDurand)} happened in Khyber Pakhtunkhwa or Afghanistan, on either side of the Durand Line.`;
    },
    notes: [
      { en: attackMap.curatedNote, ur: attackMap.text.ur.curatedNote },
      {
        en: 'Where a report places an attack only in a district or tehsil, the mark sits at that area’s reference point (see “Mapped at”). Attacks whose place has no sourced coordinate are left off the map and listed in the timeline.',
        ur: 'جہاں کوئی رپورٹ حملے کو صرف کسی ضلع یا تحصیل میں بتاتی ہے، وہاں نشان اس علاقے کے حوالہ نقطے پر ہے (جدول میں "نقشے پر مقام" دیکھیں)۔ جن حملوں کے مقام کا کوئی باحوالہ محل وقوع نہیں، وہ نقشے سے باہر ہیں اور ٹائم لائن میں درج ہیں۔',
      },
      { en: 'Boundaries as drawn by Natural Earth, disputed ones included; they are not necessarily authoritative.', ur: BOUNDARY_NOTE_UR },
    ],
    data: (s) => {
      const events = s.events.filter((e) => e.category === 'attack' && e.place_id && e.map_group);
      const used = new Set(events.map((e) => e.place_id));
      const { source, region } = mapGeometry();
      return {
        events,
        places: s.places.filter((p) => used.has(p.id)),
        sourceNames: outletNames(s, events),
        geo: { source, region },
      };
    },
    sourceIds: (d) => uniq([...d.events.map((e) => e.source), ...d.places.map((p) => p.source)]),
    state: {
      year: choice({ label: 'Year', options: attackMap.yearOptions, fallback: 'all', query: true, ur: { label: 'سال', options: attackMap.yearLabelsUr } }),
      group: oneOf(attackMap.groupOrder),
    },
    ur: {
      title: attackMap.text.ur.title,
      org: { name: 'حملے ٹوئن تھریٹس نے خبروں کی رپورٹوں سے مرتب کیے؛ سرحدیں نیچرل ارتھ سے' },
      takeaway: (d) => {
        const { mapped, nearDurand } = durandShare(d);
        return `اس کہانی کے جن ${n(mapped)} حملوں کو نقشے پر رکھا جا سکتا ہے، ان میں سے ${n(nearDurand)} خیبر پختونخوا یا افغانستان میں، ڈیورنڈ لائن کے دونوں طرف ہوئے۔`;
      },
    },
  }),
];

export function getChart(id: string): Chart {
  const entry = charts.find((c) => c.id === id);
  if (!entry) throw new Error(`unknown chart id "${id}" (see src/charts/registry.ts)`);
  return entry;
}

/** The chart that stands for the whole story: the home page's and the site's share card. */
export function siteChart(): Chart {
  const entry = charts.find((c) => c.card === 'site');
  if (!entry) throw new Error('no chart has card: "site" (src/charts/registry.ts)');
  return entry;
}
