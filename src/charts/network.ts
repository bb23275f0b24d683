/**
 * Group-relations diagram: every actor (militant group, party, state) as a node, and the typed,
 * dated ties in force in one year as lines between them. Pure geometry, no DOM: the build, the
 * browser script (src/scripts/graph-enhance.ts) and the exports all call `draw()`.
 *
 * Reading the drawing without colour: the line style carries the kind of tie (`tieGroups`),
 * arrowheads show direction on wide drawings (who splits from, supports or attacks whom; on phones
 * ties simply end at the node's edge, so arrowheads never pile up on busy nodes), a thinner, fainter
 * line marks contested ties (explained in the legend), a "≈" and a fainter line mark ties whose
 * start or end date no source gives (`approxClass`), and node size counts the ties drawn for that
 * actor. Phone-first: labels stay at 12 px, and `height` fits the whole diagram into a box (a
 * scrolly's sticky stage) instead of scaling it down.
 */
import type { Actor, RelationRow } from '../data/schemas.ts';
import { tiesInForce } from '../data/shape.ts';
import { formatPartialDate } from '../data/dates.ts';
import { h, type SvgNode } from './svg.ts';
import { FONT, LINE, chartRoot, cls, isArabicScript, isNarrow, markAttrs, overlaps, plural, textReach, textWidth } from './frame.ts';
import type { DrawOpts, Drawn } from './frame.ts';
import type { GraphProfile } from './registry.ts';
import type { Option } from './state.ts';
import { formats } from './frame.ts';
import { texts, type Lang } from '../i18n/charts.ts';

export const name = 'network';
export const title = 'Who is tied to whom: the groups in the story, 2007–2025';

export type TieGroupId = 'splinter' | 'ally' | 'supports' | 'conflict' | 'talks';

export interface TieGroup {
  id: TieGroupId;
  /** Legend and filter label. */
  label: string;
  /** Raw relation types (relations.csv `type`) shown in this group. */
  types: readonly string[];
  line: 'solid' | 'dashed' | 'dotted' | 'double' | 'dash-dot';
  /** stroke-dasharray for the line style (null: unbroken). */
  dash: string | null;
  /** Directed groups get an arrowhead at the `to` end ... */
  arrow: boolean;
  /** ... except for these symmetric types. */
  undirected: readonly string[];
  className: string;
  /** Shared palette class that colours the group (src/charts/palette.ts); meaning never rests on it alone. */
  colorClass: string;
}

/** The legend: at most six groups; every raw type belongs to exactly one. */
export const tieGroups: readonly TieGroup[] = [
  {
    id: 'splinter',
    label: 'Splinter or affiliate',
    types: ['splinter_of', 'affiliate_of'],
    line: 'dash-dot',
    dash: '9 3 2 3',
    arrow: true,
    undirected: [],
    className: 'tt-tie-splinter',
    colorClass: 'tt-series-4',
  },
  {
    id: 'ally',
    label: 'Allies',
    types: ['ally_of'],
    line: 'double',
    dash: null,
    arrow: false,
    undirected: [],
    className: 'tt-tie-ally',
    colorClass: 'tt-series-3',
  },
  // "supports/shelters" is the research files' spelling of "supports".
  {
    id: 'supports',
    label: 'Supports or shelters',
    types: ['supports', 'supports/shelters'],
    line: 'dashed',
    dash: '6 4',
    arrow: true,
    undirected: [],
    className: 'tt-tie-supports',
    colorClass: 'tt-series-1',
  },
  {
    id: 'conflict',
    label: 'Rivalry and fighting',
    types: ['rival_of', 'fights', 'targets'],
    line: 'solid',
    dash: null,
    arrow: true,
    undirected: ['rival_of'],
    className: 'tt-tie-conflict',
    colorClass: 'tt-series-2',
  },
  {
    id: 'talks',
    label: 'Talks and ceasefire',
    types: ['negotiates_with', 'ceasefire_with'],
    line: 'dotted',
    dash: '0.1 4.5',
    arrow: false,
    undirected: [],
    className: 'tt-tie-talks',
    colorClass: 'tt-muted',
  },
];

/**
 * A node's spoken name: its full name, led by the short label drawn beside it when the full name
 * does not begin with that label ("JUI-F, Jamiat Ulema-e-Islam (Fazl)"). A control's name must
 * contain the words a reader sees on it (WCAG 2.5.3, Label in Name): someone using speech input
 * says "JUI-F" to press it.
 */
export function nameWithShort(name: string, short: string, separator: string): string {
  return name.toLowerCase().startsWith(short.toLowerCase()) ? name : `${short}${separator}${name}`;
}

/** The kinds of tie a reader can show or hide. */
export const tieOptions: readonly Option<TieGroupId>[] = tieGroups.map((g) => ({ value: g.id, label: g.label }));

/** For the figure's key: what an arrow means. */
export const arrowNote =
  'On wide screens, arrows point from the group that splits off, affiliates, supports or attacks towards the other; the table and each group’s profile say who does what.';

/** Every word the chart draws or says, per language (src/i18n/charts.ts); group names come with the data. */
export const text = texts({
  en: {
    arrowNote,
    groups: Object.fromEntries(tieGroups.map((g) => [g.id, g.label])) as Record<TieGroupId, string>,
    contested: 'Contested: thin, faint',
    approx: (sign: string) => `Date approximate (${sign})`,
    ties: (n: number) => plural(n, 'tie'),
    type: (type: string) => TYPE_WORDS[normalType(type)] ?? type.replace(/_/g, ' '),
    tie: (from: string, type: string, to: string) => `${from} ${TYPE_WORDS[normalType(type)] ?? type.replace(/_/g, ' ')} ${to}`,
    tieLabel: (o: { from: string; type: string; to: string; period: string; approx: boolean; contested: boolean; source: string }) =>
      `${o.from} ${o.type} ${o.to}, ${o.period}${o.approx ? ' (date approximate)' : ''}${o.contested ? ' (contested)' : ''}; source: ${o.source}`,
    nodeLabel: (name: string, short: string, ties: string, year: number) => `${nameWithShort(name, short, ', ')}: ${ties} in ${year}`,
    title: (year: number) => `Ties between militant groups and states in ${year}`,
    nodes: (n: number) => `Groups and states, ${n}`,
    period: {
      in: (s: string) => `in ${s}`,
      range: (s: string, e: string) => `${s} to ${e}`,
      since: (s: string) => `since ${s}`,
      until: (e: string) => `until ${e}`,
      undated: 'undated',
    },
    none: (year: number) => `No ties of the kinds shown were in force in ${year}.`,
    describe: (o: { year: number; ties: string; contested: number; linked: number; total: number; top: string; most: number }) =>
      `In ${o.year}, ${o.ties} (${o.contested} contested) linked ${o.linked} of the ${o.total} groups and states; ${o.top} had the most, with ${o.most}.`,
  },
  ur: {
    arrowNote:
      'بڑی اسکرین پر تیر اس گروہ کی طرف سے جو الگ ہوتا، وابستہ ہوتا، حمایت کرتا یا حملہ کرتا ہے دوسرے کی طرف اشارہ کرتے ہیں؛ جدول اور ہر گروہ کا تعارف بتاتا ہے کہ کون کیا کرتا ہے۔',
    groups: { splinter: 'الگ دھڑا یا وابستہ', ally: 'اتحادی', supports: 'حمایت یا پناہ', conflict: 'رقابت اور لڑائی', talks: 'مذاکرات اور جنگ بندی' },
    contested: 'متنازع: ہلکی لکیر',
    approx: (sign: string) => `تخمینی تاریخ (${sign})`,
    ties: (n: number) => `${formats('ur').number(n)} ${n === 1 ? 'تعلق' : 'تعلقات'}`,
    type: (type: string) =>
      ({
        splinter_of: 'الگ دھڑا',
        affiliate_of: 'وابستگی',
        ally_of: 'اتحاد',
        supports: 'حمایت یا پناہ',
        rival_of: 'رقابت',
        targets: 'نشانہ بنانا',
        fights: 'لڑائی',
        negotiates_with: 'مذاکرات',
        ceasefire_with: 'جنگ بندی',
      })[normalType(type)] ?? type,
    tie: (from: string, type: string, to: string) =>
      (
        ({
          splinter_of: `${from}، ${to} سے الگ ہوئی`,
          affiliate_of: `${from}، ${to} سے وابستہ`,
          ally_of: `${from}، ${to} کی اتحادی`,
          supports: `${from}، ${to} کی حمایت یا پناہ`,
          rival_of: `${from}، ${to} کی حریف`,
          fights: `${from} کی ${to} سے لڑائی`,
          targets: `${from}، ${to} کو نشانہ بناتی ہے`,
          negotiates_with: `${from} کے ${to} سے مذاکرات`,
          ceasefire_with: `${from} کی ${to} سے جنگ بندی`,
        }) as Record<string, string>
      )[normalType(type)] ?? `${from}، ${to}`,
    tieLabel: (o: { from: string; type: string; to: string; period: string; approx: boolean; contested: boolean; source: string }) =>
      `${o.type}، ${o.period}${o.approx ? ' (تخمینی تاریخ)' : ''}${o.contested ? ' (متنازع)' : ''}`,
    nodeLabel: (name: string, short: string, ties: string, year: number) => `${nameWithShort(name, short, '، ')}: ${year} میں ${ties}`,
    title: (year: number) => `${year} میں عسکریت پسند گروہوں اور ریاستوں کے تعلقات`,
    nodes: (n: number) => `گروہ اور ریاستیں، ${n}`,
    period: {
      in: (s: string) => s,
      range: (s: string, e: string) => `${s} تا ${e}`,
      since: (s: string) => `${s} سے`,
      until: (e: string) => `${e} تک`,
      undated: 'تاریخ درج نہیں',
    },
    none: (year: number) => `${year} میں دکھائی گئی اقسام کا کوئی تعلق قائم نہیں تھا۔`,
    describe: (o: { year: number; ties: string; contested: number; linked: number; total: number; top: string; most: number }) =>
      `${o.year} میں ${o.ties} (${o.contested} متنازع) نے ${o.total} گروہوں اور ریاستوں میں سے ${o.linked} کو جوڑا؛ سب سے زیادہ تعلقات ${o.top} کے تھے، ${o.most}۔`,
  },
});
/** The Urdu labels of the reader's tie-kind check boxes. */
export const tieLabelsUr: Record<TieGroupId, string> = text.ur.groups;

/** Extra class on contested ties, whatever their group: a thinner, fainter line of the same style. */
export const contestedClass = 'tt-tie-contested';

/**
 * Extra class on ties with an approximate date (`start_precision` or `end_precision` is
 * "approx": no source gives it, so the year view places the tie at the nearest date the sources
 * support): a fainter line plus a "≈" mark, and "≈" before the date in the table.
 */
export const approxClass = 'tt-tie-approx';
export const APPROX_SIGN = '≈';
export const isApprox = (t: Pick<RelationRow, 'start_precision' | 'end_precision'>) => t.start_precision === 'approx' || t.end_precision === 'approx';
/** A tie date for people: "December 2007", "≈ December 2007" when approximate, "" when empty. */
export const tieDate = (date: string, precision?: string, lang: Lang = 'en') =>
  date ? `${precision === 'approx' ? `${APPROX_SIGN} ` : ''}${lang === 'en' ? formatPartialDate(date) : formats(lang).date(date)}` : '';
const APPROX_OPACITY = 0.55;

const TYPE_WORDS: Record<string, string> = {
  splinter_of: 'split from',
  affiliate_of: 'is affiliated with',
  ally_of: 'is allied with',
  supports: 'supports or shelters',
  rival_of: 'is a rival of',
  fights: 'fights',
  targets: 'targets',
  negotiates_with: 'holds talks with',
  ceasefire_with: 'has a ceasefire with',
};
/** Plain words for a raw type ("fights", "split from"). */
export const typeWords = (type: string) => TYPE_WORDS[normalType(type)] ?? type.replace(/_/g, ' ');
const normalType = (type: string) => (type === 'supports/shelters' ? 'supports' : type);

export function groupOf(type: string): TieGroup | undefined {
  return tieGroups.find((g) => g.types.includes(type));
}

export interface NetworkData {
  actors: Actor[];
  relations: RelationRow[];
  /** The outlet of each cited source, by source id: what a reader sees instead of the id. */
  sourceNames: Record<string, string>;
}

export interface NetworkState {
  /** Ties in force in this year (default 2025). */
  year?: number;
  /** Actor id whose ties are highlighted; the rest is dimmed. */
  focus?: string;
  /** Group ids (or raw types) to draw; default all. */
  types?: string[];
}

/**
 * `state.previous`: the state of the scrolly step before this one (given by <Step> from the story
 * collector; `{}` on the first step): ties not in force in its year are "new" and emphasised, the
 * others faded. Absent: no emphasis. Not a key of the state a reader or author sets.
 * `height`: fit the drawing into this height (px), for a sticky stage; default: a height from the width.
 */
export interface NetworkOpts extends DrawOpts<NetworkState> {
  /** Draw the line-style key under the diagram (default true, false when `height` is given). */
  legend?: boolean;
}

export const DEFAULT_YEAR = 2025;
export const YEARS = { min: 2007, max: 2025 } as const;

// ---------------------------------------------------------------------------------------------
// Layout: fixed numbers, never simulated at run time. West to east as on a map: Afghan actors on
// the left, the Pakistani state, JUI-F and the Baloch insurgents on the right, the TTP family in the
// lower middle, the Islamic State pair at the top, al-Qaeda bottom left, the US in a corner. Within
// those zones the positions and label sides were nudged once, offline, to cut line crossings and
// label collisions over all years at 320 and 1000 px, then written down here.

type Side = 't' | 'b' | 'l' | 'r';
/**
 * [x, y, label side on wide screens, label side on phones]. On phones the picture turns a
 * quarter (x and y swap), so the Afghan side is on top and the Pakistani side at the bottom.
 */
export const designedLayout: Readonly<Record<string, readonly [x: number, y: number, wide: Side, narrow: Side]>> = {
  USA: [0.11, 0.08, 'l', 't'],
  AFG_REPUBLIC: [0.02, 0.4, 'b', 'r'],
  AFG_TALIBAN: [0.21, 0.38, 'l', 'l'],
  HAQQANI: [0.24, 0.58, 'l', 't'],
  AQ: [0.18, 1, 'b', 't'],
  AQIS: [0.43, 0.87, 'r', 'r'],
  IS: [0.41, 0.02, 'l', 't'],
  ISKP: [0.43, 0.15, 'r', 'r'],
  LEI: [0.75, 0.34, 'r', 'b'],
  TTP: [0.6, 0.59, 't', 'l'],
  HGB: [0.55, 0.8, 'r', 'r'],
  TJP: [0.81, 0.85, 'l', 'r'],
  JUA: [0.9, 0.74, 'r', 'b'],
  HUA: [1, 0.92, 'l', 'r'],
  JUIF: [0.99, 0.2, 't', 'r'],
  PAK_GOV: [0.86, 0.5, 'r', 'l'],
  BLA: [0.97, 0.66, 't', 'b'],
};

/**
 * Positions in the unit square (wide orientation), the same on every call and for every year.
 * Actors missing from the design (added to the data later) line up along the bottom edge in id order.
 */
export function layout(actors: Pick<Actor, 'id'>[]): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  const extra = actors
    .map((a) => a.id)
    .filter((id) => !designedLayout[id])
    .sort();
  for (const a of actors) {
    const d = designedLayout[a.id];
    out[a.id] = d ? { x: d[0], y: d[1] } : { x: (extra.indexOf(a.id) + 1) / (extra.length + 1), y: 1 };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Ties of the selected groups in force in `year`, joining two known actors. */
export function tiesShown(data: NetworkData, year: number = DEFAULT_YEAR, types?: string[]): RelationRow[] {
  const known = new Set(data.actors.map((a) => a.id));
  return tiesInForce(data.relations, year).filter(
    (r) => known.has(r.from) && known.has(r.to) && (!types || types.includes(r.type) || types.includes(groupOf(r.type)?.id ?? '')),
  );
}

function degrees(ties: RelationRow[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ties) for (const id of [t.from, t.to]) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** One sentence: how many ties link how many actors in `year`, and who has the most. */
export function describe(data: NetworkData, yearOrLang: number | Lang = DEFAULT_YEAR, types?: string[], lang: Lang = 'en'): string {
  const year = typeof yearOrLang === 'number' ? yearOrLang : DEFAULT_YEAR;
  if (typeof yearOrLang === 'string') lang = yearOrLang;
  const t = text[lang];
  const ties = tiesShown(data, year, types);
  if (!ties.length) return t.none(year);
  const deg = degrees(ties);
  const contested = ties.filter((t) => t.status === 'contested').length;
  let top = data.actors[0]!;
  for (const a of data.actors) if ((deg.get(a.id) ?? 0) > (deg.get(top.id) ?? 0)) top = a;
  return t.describe({ year, ties: t.ties(ties.length), contested, linked: deg.size, total: data.actors.length, top: top.short, most: deg.get(top.id) ?? 0 });
}

/** "since September 2014", "2014 to August 2020", "until August 2021", "undated" ("≈" marks an approximate date). */
export function period(start: string, end: string, startPrecision = '', endPrecision = '', lang: Lang = 'en'): string {
  const s = tieDate(start, startPrecision, lang);
  const e = tieDate(end, endPrecision, lang);
  const w = text[lang].period;
  if (s && e) return s === e ? w.in(s) : w.range(s, e);
  if (s) return w.since(s);
  if (e) return w.until(e);
  return w.undated;
}

export interface TableData {
  caption: string;
  columns: string[];
  rows: string[][];
}

/**
 * Every coded tie, for the data table under the figure ("undated" start: in force before the
 * records begin; "≈" before a date that no source gives). Contested ties carry the dispute in the
 * last column.
 */
export function table(data: NetworkData, lang: Lang = 'en'): TableData {
  const name = new Map(data.actors.map((a) => [a.id, a.name]));
  if (lang === 'ur') {
    const t = text.ur;
    const status: Record<string, string> = { confirmed: 'تصدیق شدہ', contested: 'متنازع', reported: 'رپورٹ شدہ' };
    return {
      caption: `گروہوں اور ریاستوں کے درمیان تمام ${formats(lang).number(data.relations.length)} تعلقات، ان کی تاریخوں، حیثیت اور ماخذ کے ساتھ`,
      columns: ['از', 'تا', 'قسم', 'آغاز', 'اختتام', 'حیثیت', 'Source', 'متنازع کیوں'],
      rows: data.relations.map((r) => [
        name.get(r.from) ?? r.from,
        name.get(r.to) ?? r.to,
        t.type(r.type),
        r.start ? tieDate(r.start, r.start_precision, lang) : t.period.undated,
        r.end ? tieDate(r.end, r.end_precision, lang) : 'جاری',
        status[r.status] ?? r.status,
        r.source,
        r.status === 'contested' ? r.evidence : '',
      ]),
    };
  }
  return {
    caption: `All ${data.relations.length} ties between groups and states, with their dates, status and source`,
    columns: ['From', 'To', 'Type', 'Start', 'End', 'Status', 'Source', 'Why contested'],
    rows: data.relations.map((r) => [
      name.get(r.from) ?? r.from,
      name.get(r.to) ?? r.to,
      typeWords(r.type),
      r.start ? tieDate(r.start, r.start_precision) : 'undated',
      r.end ? tieDate(r.end, r.end_precision) : 'ongoing',
      r.status,
      r.source,
      r.status === 'contested' ? r.evidence : '',
    ]),
  };
}

export interface ProfileTie {
  id: string;
  from: string;
  to: string;
  /** "ISKP targets JUI-F" (short names). */
  text: string;
  type: string;
  group: TieGroupId | undefined;
  period: string;
  status: RelationRow['status'];
  evidence: string;
  note: string;
  source: string;
  sourceName: string;
  inForce: boolean;
  /** Raw start date ("" when undated), for sorting. */
  start: string;
}

/** The profile every graph chart opens (src/charts/registry.ts), with the actor's id, kind and the year asked. */
export interface Profile extends GraphProfile {
  id: string;
  kind: Actor['kind'];
  year: number;
  /** Ties in force in `year` first, then the rest by start date. */
  ties: ProfileTie[];
}

export function profile(data: NetworkData, actorId: string, year: number = DEFAULT_YEAR, lang: Lang = 'en'): Profile | null {
  const actor = data.actors.find((a) => a.id === actorId);
  if (!actor) return null;
  const short = new Map(data.actors.map((a) => [a.id, a.short]));
  const inForce = new Set(tiesInForce(data.relations, year).map((r) => r.id));
  const ties = data.relations
    .filter((r) => r.from === actorId || r.to === actorId)
    .map(
      (r): ProfileTie => ({
        id: r.id,
        from: r.from,
        to: r.to,
        text: text[lang].tie(short.get(r.from) ?? r.from, r.type, short.get(r.to) ?? r.to),
        type: normalType(r.type),
        group: groupOf(r.type)?.id,
        period: period(r.start, r.end, r.start_precision, r.end_precision, lang),
        status: r.status,
        evidence: r.evidence,
        note: r.note ?? '',
        source: r.source,
        sourceName: data.sourceNames[r.source] ?? r.source,
        inForce: inForce.has(r.id),
        start: r.start,
      }),
    )
    // Undated ties ("" start) were in force before the records begin, so they sort first.
    .sort((a, b) => Number(b.inForce) - Number(a.inForce) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return {
    id: actor.id,
    name: actor.name,
    short: actor.short,
    kind: actor.kind,
    aliases: actor.aliases ?? [],
    founded: actor.founded ? tieDate(actor.founded, '', lang) : null,
    foundedNote: actor.foundedNote || null,
    leaders: (actor.leaders ?? []).map((l) => ({ name: l.name, period: l.from || l.to ? period(l.from ?? '', l.to ?? '', '', '', lang) : '', note: l.note })),
    summary: actor.summary,
    source: actor.source,
    sourceName: data.sourceNames[actor.source] ?? actor.source,
    year,
    ties,
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing

interface Geometry {
  narrow: boolean;
  /** Portrait layout (x and y of the design swapped). */
  turned: boolean;
  font: number;
  lineH: number;
}

const geometry = (width: number, fit?: number): Geometry => {
  const narrow = isNarrow(width);
  return { narrow, turned: narrow && (!fit || fit > width * 1.05), font: FONT, lineH: narrow ? 13 : LINE };
};

/** Split a label into at most two balanced lines after a space or hyphen (narrow widths only). */
export function wrapLabel(label: string, narrow: boolean): string[] {
  if (!narrow || label.length <= 9) return [label];
  let best: string[] = [label];
  let bestLen = label.length;
  for (let i = 1; i < label.length - 1; i++) {
    const ch = label[i];
    if (ch !== ' ' && ch !== '-') continue;
    const lines = [label.slice(0, ch === '-' ? i + 1 : i), label.slice(i + 1)];
    const len = Math.max(lines[0]!.length, lines[1]!.length);
    if (len < bestLen) [best, bestLen] = [lines, len];
  }
  return best;
}

const radius = (ties: number, narrow: boolean) => (ties ? (narrow ? 4 : 5) + (narrow ? 1.7 : 2.2) * Math.sqrt(ties) : narrow ? 3.5 : 4);

export interface LabelBox {
  id: string;
  lines: string[];
  /** text x / first baseline y / anchor, as drawn. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Estimated bounding box. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * A label's box as a browser sets it: its widest line, and how far it reaches above the first
 * baseline and below it (frame.ts `textWidth` and `textReach`, which estimate Urdu on the terms
 * of Naskh, the Urdu charts' face: narrower letters, a taller line).
 */
function labelMetrics(lines: string[], g: Geometry) {
  const first = lines[0] ?? '';
  const w = Math.max(...lines.map((l) => textWidth(l, g.font)));
  // English: the box this layout's sides were chosen with (cap height above, line boxes below).
  if (!isArabicScript(first)) return { w, above: g.font * 0.75, below: g.lineH * lines.length - g.font * 0.75 };
  const { above, below } = textReach(first, g.font);
  return { w, above, below: g.lineH * (lines.length - 1) + below };
}

function placeLabel(id: string, lines: string[], cx: number, cy: number, r: number, side: Side, g: Geometry, width: number, height: number): LabelBox {
  const { w, above: asc, below } = labelMetrics(lines, g);
  // An Urdu box reaches far enough below its baseline for Naskh's letters (textReach), so a label
  // above its node clears the dot by the same gap in both languages.
  const textH = asc + below;
  // Flip a side label that would run off the canvas; top/bottom labels slide sideways instead.
  if (side === 'r' && cx + r + 4 + w > width - 2) side = 'l';
  if (side === 'l' && cx - r - 4 - w < 2) side = 'r';
  if (side === 't' && cy - r - 3 - textH < 2) side = 'b';
  if (side === 'b' && cy + r + 3 + textH > height - 2) side = 't';
  let x = cx;
  let y: number;
  let anchor: LabelBox['anchor'] = 'middle';
  if (side === 'l' || side === 'r') {
    anchor = side === 'r' ? 'start' : 'end';
    x = side === 'r' ? cx + r + 4 : cx - r - 4;
    y = cy - textH / 2 + asc;
  } else {
    y = side === 'b' ? cy + r + 3 + asc : cy - r - 3 - textH + asc;
    x = Math.min(Math.max(cx, 2 + w / 2), width - 2 - w / 2);
  }
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { id, lines, x, y, anchor, x0, x1: x0 + w, y0: y - asc, y1: y - asc + textH };
}

/**
 * The designed sides were tuned for the English labels (designedLayout). Another language's
 * labels are longer or taller, and two may then collide: each label that overlaps one placed
 * before it, or another group's dot, moves to the first other side where it overlaps neither,
 * if there is one. The English labels of the chapters' drawings collide nowhere, so they stay
 * put; at two of the embed's widths (560 px among them) a few English ones move too. No label may
 * collide at any embed width, in either language (tests/unit/network.test.ts).
 */
function settleLabels(boxes: LabelBox[], place: (i: number, side: Side) => LabelBox, nodes: { x: number; y: number; r: number }[]): LabelBox[] {
  const settled: LabelBox[] = [];
  /** Clear of the labels settled so far and of every dot but its own (node i's). */
  const clear = (b: LabelBox, i: number) =>
    !settled.some((o) => overlaps(b, o)) && !nodes.some((n, j) => j !== i && overlaps(b, { x0: n.x - n.r, x1: n.x + n.r, y0: n.y - n.r, y1: n.y + n.r }));
  for (const [i, box] of boxes.entries()) {
    const better = clear(box, i) ? box : (['b', 't', 'l', 'r'] as const).map((side) => place(i, side)).find((b) => clear(b, i));
    settled.push(better ?? box);
  }
  return settled;
}

type Pt = [number, number];
/** Gap between parallel ties of one pair, at their widest. */
const SPACING_WIDE = 10;
const SPACING_NARROW = 7;
const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
const unit = (v: Pt): Pt => {
  const l = Math.hypot(v[0], v[1]) || 1;
  return [v[0] / l, v[1] / l];
};
const along = (p: Pt, u: Pt, d: number): Pt => [p[0] + u[0] * d, p[1] + u[1] * d];
const r2 = (n: number) => Math.round(n * 100) / 100;
const pt = (p: Pt) => `${r2(p[0])},${r2(p[1])}`;

interface Canvas {
  width: number;
  height: number;
  /** Bottom of the node area (the legend sits below). */
  plotBottom: number;
  pos: Record<string, Pt>;
}

type LegendKey = TieGroupId | 'contested' | 'approx';

function legendItems(lang: Lang = 'en'): { label: string; key: LegendKey }[] {
  const t = text[lang];
  return [
    ...tieGroups.map((g) => ({ label: t.groups[g.id], key: g.id as LegendKey })),
    { label: t.contested, key: 'contested' },
    { label: t.approx(APPROX_SIGN), key: 'approx' },
  ];
}

const SWATCH = 30;

function legendRows(width: number, g: Geometry): number {
  // Laid out for the English labels in both editions, so the diagram keeps one geometry; the Urdu
  // labels are written to fit the same columns (tests/unit/urdu-charts.test.ts checks for overlaps).
  const itemW = SWATCH + 8 + Math.max(...legendItems('en').map((i) => textWidth(i.label, g.font))) + 14;
  const cols = Math.max(1, Math.floor((width - 8) / itemW));
  return Math.ceil(legendItems().length / cols);
}

function canvas(data: NetworkData, width: number, g: Geometry, legend: boolean, fit?: number): Canvas {
  const legendH = legend ? 12 + legendRows(width, g) * 20 : 0;
  const plotH = fit ? Math.max(160, Math.round(fit - legendH)) : Math.round(g.narrow ? width * 1.4 : width * 0.6);
  const height = plotH + legendH;
  const m = g.narrow ? { t: 22, r: 22, b: 34, l: 22 } : { t: 24, r: 48, b: 36, l: 48 };
  const unitPos = layout(data.actors);
  const pos: Record<string, Pt> = {};
  for (const [id, p] of Object.entries(unitPos)) {
    // Phones turn the picture a quarter (portrait); a fitted box wider than tall keeps the map's.
    const [ux, uy] = g.turned ? [p.y, p.x] : [p.x, p.y];
    pos[id] = [r2(m.l + ux * (width - m.l - m.r)), r2(m.t + uy * (plotH - m.t - m.b))];
  }
  return { width, height, plotBottom: plotH, pos };
}

/** A tie's line(s), arrowhead and contested badge. `offset` bends it away from parallel ties. */
function tieMarks(t: RelationRow, group: TieGroup, s: Pt, e: Pt, rs: number, re: number, offset: number, g: Geometry): { marks: SvgNode[]; mid: Pt } {
  // Bend relative to the pair in id order, so A->B and B->A ties take different sides.
  const [a, b] = t.from < t.to ? [s, e] : [e, s];
  const chord = unit(sub(b, a));
  const normal: Pt = [-chord[1], chord[0]];
  const mid: Pt = [(s[0] + e[0]) / 2, (s[1] + e[1]) / 2];
  const c = along(mid, normal, offset * 2);
  const contested = t.status === 'contested';
  const approx = isApprox(t);
  const arrow = !g.narrow && group.arrow && !group.undirected.includes(t.type);
  const p0 = along(s, unit(sub(c, s)), rs + 2);
  const tip = along(e, unit(sub(c, e)), re + 2);
  const aLen = g.narrow ? 7 : 8;
  const p2 = arrow ? along(tip, unit(sub(c, e)), aLen - 1) : tip;
  const sw = (group.line === 'double' ? 1.3 : 2) * (contested ? 0.6 : 1);
  // Motion keys for a tie's parts (a legend swatch draws a tie with no id, and no keys).
  const key = (part: string) => (t.id ? `${t.id}-${part}` : undefined);
  const line = (d: number) =>
    h('path', {
      class: 'tt-tie-line',
      'data-key': key(`line${d < 0 ? '-a' : d > 0 ? '-b' : ''}`),
      d: `M${pt(along(p0, normal, d))}Q${pt(along(c, normal, d))} ${pt(along(p2, normal, d))}`,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': sw,
      'stroke-dasharray': group.dash ?? undefined,
      'stroke-linecap': group.line === 'dotted' ? 'round' : undefined,
      'stroke-opacity': approx ? APPROX_OPACITY : undefined,
    });
  const marks = group.line === 'double' ? [line(-1.7), line(1.7)] : [line(0)];
  if (arrow) {
    const u = unit(sub(c, e));
    const base = along(tip, u, aLen);
    const w = g.narrow ? 3.5 : 4;
    marks.push(
      h('path', {
        class: 'tt-tie-arrow',
        'data-key': key('arrow'),
        d: `M${pt(tip)}L${pt([base[0] - u[1] * w, base[1] + u[0] * w])}L${pt([base[0] + u[1] * w, base[1] - u[0] * w])}Z`,
        fill: 'currentColor',
        stroke: 'none',
      }),
    );
  }
  // The tie's reference point (tooltips, keyboard): mid-curve, slid along on fanned-out parallel ties.
  const k = 0.5 + Math.max(-0.3, Math.min(0.3, (offset / (g.narrow ? SPACING_NARROW : SPACING_WIDE)) * 0.25));
  const at = (k: number): Pt => [0, 1].map((j) => (1 - k) ** 2 * p0[j]! + 2 * (1 - k) * k * c[j]! + k ** 2 * p2[j]!) as Pt;
  const m = at(k);
  if (approx) {
    // Nearer the `from` end than the tie's reference point, where tooltips anchor.
    const a = at(Math.max(0.14, k - 0.24));
    marks.push(
      h(
        'text',
        {
          class: 'tt-tie-approx-mark tt-label tt-halo',
          'data-key': key('approx'),
          x: r2(a[0]),
          y: r2(a[1] + 4),
          'text-anchor': 'middle',
          'font-size': 13,
          'font-weight': 700,
        },
        APPROX_SIGN,
      ),
    );
  }
  return { marks, mid: m };
}

function swatch(key: LegendKey, x: number, y: number, g: Geometry): SvgNode {
  const group = tieGroups.find((t) => t.id === key) ?? tieGroups[3]!;
  const t = {
    from: 'A',
    to: 'B',
    type: group.types[0]!,
    status: key === 'contested' ? 'contested' : 'reported',
    start_precision: key === 'approx' ? 'approx' : '',
    end_precision: '',
  } as RelationRow;
  const { marks } = tieMarks(t, group, [x - 2, y], [x + SWATCH + 2, y], 0, 0, 0, g);
  const modifier = key === 'contested' ? `tt-muted ${contestedClass}` : key === 'approx' ? `tt-muted ${approxClass}` : `${group.className} ${group.colorClass}`;
  return h('g', { class: `tt-tie ${modifier}` }, marks);
}

/**
 * A small standalone <svg> showing a group's line style (or the contested treatment), for the
 * filter checkboxes and keys outside the diagram. Decorative: the text next to it names the group.
 */
export function legendSwatch(groupId: LegendKey): SvgNode {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: SWATCH + 4,
      height: 14,
      viewBox: `0 0 ${SWATCH + 4} 14`,
      'aria-hidden': 'true',
      focusable: 'false',
      class: 'tt-swatch',
    },
    swatch(groupId, 2, 7, geometry(1000)),
  );
}

function legendNodes(width: number, top: number, g: Geometry, lang: Lang = 'en'): SvgNode {
  const items = legendItems(lang);
  const rows = legendRows(width, g);
  const cols = Math.ceil(items.length / rows);
  const colW = (width - 8) / cols;
  return h(
    'g',
    { class: 'tt-legend', 'aria-hidden': 'true' },
    items.map((item, i) => {
      const x = 4 + (i % cols) * colW;
      const y = top + 12 + Math.floor(i / cols) * 20;
      return h('g', null, swatch(item.key, x + 4, y, g), h('text', { class: 'tt-label', x: r2(x + SWATCH + 12), y: y + 4, 'font-size': g.font }, item.label));
    }),
  );
}

export interface DrawResult extends Drawn {
  /** Where each label went (for tests and overlap checks). */
  labels: LabelBox[];
  /** Node centres and radii as drawn. */
  nodes: { id: string; x: number; y: number; r: number }[];
}

export function draw(data: NetworkData, opts: NetworkOpts): DrawResult {
  const width = Math.round(opts.width);
  const lang = opts.lang ?? 'en';
  const t$ = text[lang];
  const year = opts.state?.year ?? DEFAULT_YEAR;
  const focus = opts.state?.focus && data.actors.some((a) => a.id === opts.state!.focus) ? opts.state.focus : undefined;
  const idPrefix = opts.idPrefix ?? 'network';
  const fit = opts.height && opts.height > 0 ? Math.round(opts.height) : undefined;
  const showLegend = opts.legend ?? !fit;
  const g = geometry(width, fit);
  const cv = canvas(data, width, g, showLegend, fit);
  const ties = tiesShown(data, year, opts.state?.types);
  // Scrolly steps: ties that were not in force at the previous step are new (data-mark="new").
  const previous = opts.state?.previous;
  const before = previous ? new Set((previous.year ? tiesShown(data, previous.year, opts.state?.types) : []).map((t) => t.id)) : null;
  const deg = degrees(ties);
  const r = (id: string) => radius(deg.get(id) ?? 0, g.narrow);
  const neighbours = new Set<string>();
  if (focus) for (const t of ties) if (t.from === focus || t.to === focus) neighbours.add(t.from).add(t.to);

  // Parallel ties between the same pair fan out around the straight line.
  const byPair = new Map<string, RelationRow[]>();
  const order = (t: RelationRow) => tieGroups.findIndex((x) => x.types.includes(t.type));
  for (const t of [...ties].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))) {
    const key = [t.from, t.to].sort().join('|');
    byPair.set(key, [...(byPair.get(key) ?? []), t]);
  }
  const offsetOf = new Map<string, number>();
  const spacing = g.narrow ? SPACING_NARROW : SPACING_WIDE;
  for (const list of byPair.values())
    list.forEach((t, i) => {
      offsetOf.set(t.id, (i - (list.length - 1) / 2) * spacing);
    });

  const name = new Map(data.actors.map((a) => [a.id, a]));
  const series = tieGroups.map((group) => {
    const mine = ties.filter((t) => group.types.includes(t.type));
    return h(
      'g',
      {
        class: 'tt-series tt-ties',
        role: 'group',
        'data-series': group.id,
        'aria-label': lang === 'en' ? `${group.label}, ${plural(mine.length, 'tie')}` : `${t$.groups[group.id]}، ${t$.ties(mine.length)}`,
      },
      mine.map((t, i) => {
        const { marks, mid } = tieMarks(t, group, cv.pos[t.from]!, cv.pos[t.to]!, r(t.from), r(t.to), offsetOf.get(t.id) ?? 0, g);
        const involved = focus && (t.from === focus || t.to === focus);
        const isNew = before ? !before.has(t.id) : false;
        const label = t$.tieLabel({
          from: name.get(t.from)!.short,
          type: lang === 'en' ? t$.type(t.type) : t$.tie(name.get(t.from)!.short, t.type, name.get(t.to)!.short),
          to: name.get(t.to)!.short,
          period: period(t.start, t.end, t.start_precision, t.end_precision, lang),
          approx: isApprox(t),
          contested: t.status === 'contested',
          source: data.sourceNames[t.source] ?? t.source,
        });
        // In a scrolly step the new ties lead and older ones fade; elsewhere the focus decides.
        const emphasis = before ? (isNew ? 'tt-highlight tt-tie-new' : 'tt-dim') : focus && (involved ? 'tt-highlight' : 'tt-dim');
        return h(
          'g',
          {
            class: cls('tt-tie', group.className, group.colorClass, t.status === 'contested' && contestedClass, isApprox(t) && approxClass, emphasis),
            'data-key': t.id,
            'data-mark': isNew ? 'new' : undefined,
            'data-tie': t.id,
            'data-from': t.from,
            'data-to': t.to,
            'data-group': group.id,
            'data-type': normalType(t.type),
            'data-status': t.status,
            'data-date': isApprox(t) ? 'approx' : undefined,
            ...markAttrs(group.id, i, label, mid[0], mid[1]),
          },
          marks,
        );
      }),
    );
  });

  const placed: DrawResult['nodes'] = data.actors.map((a) => ({ id: a.id, x: cv.pos[a.id]![0], y: cv.pos[a.id]![1], r: r(a.id) }));
  const place = (i: number, side: Side) => {
    const { id, x, y, r: rad } = placed[i]!;
    return placeLabel(id, wrapLabel(data.actors[i]!.short, g.narrow), x, y, rad, side, g, width, cv.plotBottom);
  };
  const labels = settleLabels(
    data.actors.map((a, i) => place(i, designedLayout[a.id]?.[g.turned ? 3 : 2] ?? 'b')),
    place,
    placed,
  );
  const nodes = data.actors.map((a, i) => {
    const { x: cx, y: cy, r: rad } = placed[i]!;
    const n = deg.get(a.id) ?? 0;
    const box = labels[i]!;
    const dim = n === 0 || (focus && !neighbours.has(a.id));
    return h(
      'g',
      {
        class: cls('tt-net-node', `tt-net-${a.kind}`, 'tt-muted', dim && 'tt-dim', a.id === focus && 'tt-highlight'),
        'data-key': `actor-${a.id}`,
        'data-actor': a.id,
        'data-ties': n,
        'data-mark': a.id === focus && before ? 'focus' : undefined,
        ...markAttrs('actors', i, t$.nodeLabel(a.name, a.short, t$.ties(n), year), cx, cy),
      },
      // A transparent disc gives every node a tap target of at least 24 × 24 px.
      h('circle', { class: 'tt-net-hit', cx, cy, r: r2(Math.max(12, rad)), fill: 'transparent', stroke: 'none' }),
      h('circle', { class: 'tt-net-dot', cx, cy, r: r2(rad), 'data-key': `actor-${a.id}-dot` }),
      h(
        'text',
        {
          class: 'tt-label tt-net-label tt-halo',
          'data-key': `actor-${a.id}-label`,
          x: r2(box.x),
          y: r2(box.y),
          'text-anchor': box.anchor,
          'font-size': g.font,
        },
        // A space between wrapped lines, as a text node of its own: what the node says (its
        // aria-label) then contains the label as read, "Afghan Republic" rather than
        // "AfghanRepublic" (Label in Name, nameWithShort). It widens the first line by a space,
        // moving a centred first line 1.5 px.
        box.lines.length === 1 ? box.lines[0]! : box.lines.flatMap((l, j) => [j ? ' ' : null, h('tspan', { x: r2(box.x), dy: j ? g.lineH : undefined }, l)]),
      ),
    );
  });

  const svg = chartRoot(
    {
      name: 'network',
      width,
      height: cv.height,
      idPrefix,
      title: t$.title(year),
      desc: describe(data, year, opts.state?.types, lang),
      lang,
    },
    h('g', { class: 'tt-net-ties' }, series),
    h('g', { class: 'tt-series tt-net-nodes', role: 'group', 'data-series': 'actors', 'aria-label': t$.nodes(data.actors.length) }, nodes),
    showLegend && legendNodes(width, cv.plotBottom, g, lang),
  );
  // Read back by the browser script when it redraws.
  Object.assign(svg.attrs!, { 'data-id-prefix': idPrefix, 'data-year': year, 'data-legend': showLegend ? undefined : 'false' });
  return { svg, width, height: cv.height, labels, nodes: placed };
}
