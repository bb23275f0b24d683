/**
 * Where the attacks happened: the attacks of content/data/events.csv that have a mapped place,
 * sized by people killed (area, square-root scale) and told apart by who claimed them or, with
 * no claim, was suspected (`map_group`): TTP, ISKP (and claims in the Islamic State's name),
 * other groups, unclaimed. Each group has its own colour and shape; hollow marks have no toll in
 * the source. events.csv is a curated selection of the story's events, not a count of attacks.
 *
 * Data: `{ events, places, sourceNames, geo }` (geo: the region level of src/data/map-geometry.ts,
 * sent with the data). State: `year` ('all' or a year, a string: the reader's control) and `group`
 * (one group highlighted, the others dimmed). One tab stop per group; arrow keys go through its
 * points (src/scripts/figure-enhance.ts).
 */
import { h } from './svg.ts';
import { chartRoot, cls, footnotes, formatDate, formatNumber, frameOf, legend, listWords, markAttrs, seriesGroup, shapeNode } from './frame.ts';
import type { ChartTable, Drawn, DrawOpts, ShapeKind } from './frame.ts';
import { BOUNDARY_NOTE, BOUNDARY_NOTE_UR, basemap, fitProjection, labelNodes, placeLabels } from './geo.ts';
import type { Box, LabelRequest, MapGeometry } from './geo.ts';
import type { EventRow, PlaceRow } from '../data/schemas.ts';
import { formats } from './frame.ts';
import { regionNamesUr, texts, type Lang } from '../i18n/charts.ts';

export type Group = 'TTP' | 'ISKP' | 'other' | 'unclaimed';
export interface AttackMapState {
  year?: AttackYear;
  group?: Group;
}
/**
 * The year choice: all years, or one of the years that have a mapped attack. The list is the
 * reader's control, declared before any data is read, so it is written out here;
 * tests/unit/attack-map.test.ts checks it equals the years of events.csv's mapped attacks.
 */
export const YEARS = { min: 2014, max: 2025 } as const;
export type AttackYear = 'all' | `${number}`;
export const yearOptions: { value: AttackYear; label: string }[] = [
  { value: 'all', label: 'All years' },
  ...([2014, 2016, 2018, 2019, 2021, 2022, 2023, 2024, 2025] as const).map((y): { value: AttackYear; label: string } => ({ value: `${y}`, label: `${y}` })),
];
export interface AttackMapData {
  events: EventRow[];
  places: PlaceRow[];
  sourceNames: Record<string, string>;
  geo: Pick<MapGeometry, 'source' | 'region'>;
}

export const name = 'attack-map';
export const title = 'Where the attacks in this story happened, 2014–2025';
export const groups: Record<Group, { name: string; className: string; shape: ShapeKind }> = {
  TTP: { name: 'TTP', className: 'tt-series-1', shape: 'circle' },
  ISKP: { name: 'ISKP or Islamic State', className: 'tt-series-2', shape: 'diamond' },
  other: { name: 'Other groups', className: 'tt-series-3', shape: 'triangle' },
  unclaimed: { name: 'Unclaimed, no suspect named', className: 'tt-series-4', shape: 'square' },
};
export const groupOrder: Group[] = ['TTP', 'ISKP', 'other', 'unclaimed'];
export const curatedNote =
  'Only the attacks in this story’s timeline (events.csv) are shown: a curated selection, not every attack. Totals by province are in the regions chart.';
export const sizeNote =
  'Area shows the people killed, as the source reported; hollow marks: the source gave no toll. Colour and shape: who claimed the attack or, with no claim, who was suspected.';
/** Every word the map draws or says, per language (src/i18n/charts.ts); place names and event titles come with the data. */
export const text = texts({
  en: {
    title,
    groups: Object.fromEntries(groupOrder.map((g) => [g, groups[g].name])) as Record<Group, string>,
    curatedNote,
    sizeNote,
    durandNote: 'Dashed line: the Durand Line, the border between Pakistan and Afghanistan.',
    boundaryNote: BOUNDARY_NOTE,
    allYears: (from: string, to: string, n: string) => `All years, ${from}–${to}: ${n} attacks`,
    year: (year: number, count: number, n: string) => `${year}: ${n} ${count === 1 ? 'attack' : 'attacks'}`,
    country: (n: string) => n,
    bajaur: 'Bajaur',
    table: {
      caption: 'Attacks on the map: date, place, toll, who claimed or was suspected, and source',
      columns: ['Date', 'Attack', 'Place', 'Mapped at', 'Killed', 'Claimed by', 'Suspected', 'Shown as', 'Source'],
    },
  },
  ur: {
    title: 'اس کہانی کے حملے کہاں ہوئے، 2014 تا 2025',
    groups: { TTP: 'ٹی ٹی پی', ISKP: 'آئی ایس کے پی یا دولت اسلامیہ', other: 'دیگر گروہ', unclaimed: 'ذمہ داری قبول نہیں کی گئی، کوئی مشتبہ نامزد نہیں' },
    curatedNote: 'صرف اس کہانی کی ٹائم لائن میں شامل حملے دکھائے گئے ہیں: یہ منتخب حملے ہیں، تمام حملے نہیں۔ صوبہ وار مجموعی اعداد علاقائی چارٹ میں ہیں۔',
    sizeNote:
      'نشان کا رقبہ جاں بحق افراد کی تعداد دکھاتا ہے، جیسے ماخذ نے بتائی؛ کھوکھلے نشان: ماخذ نے تعداد نہیں بتائی۔ رنگ اور شکل: کس نے ذمہ داری قبول کی، یا ذمہ داری قبول نہ ہونے پر کس پر شبہ تھا۔',
    durandNote: 'نقطہ دار لکیر: ڈیورنڈ لائن، پاکستان اور افغانستان کے درمیان سرحد۔',
    boundaryNote: BOUNDARY_NOTE_UR,
    allYears: (from: string, to: string, n: string) => `تمام سال، ${from} تا ${to}: ${n} حملے`,
    year: (year: number, _count: number, n: string) => `${year}: ${n} حملے`,
    country: (n: string) => regionNamesUr[n] ?? n,
    bajaur: 'باجوڑ',
    table: {
      caption: 'نقشے پر حملے: تاریخ، مقام، جاں بحق افراد، ذمہ داری یا شبہ، اور ماخذ',
      columns: ['تاریخ', 'حملہ', 'مقام', 'نقشے پر مقام', 'جاں بحق', 'ذمہ داری', 'شبہ', 'بطور', 'Source'],
    },
  },
});
/** The Urdu labels of the reader's year choice. */
export const yearLabelsUr = Object.fromEntries(yearOptions.map((o) => [o.value, o.value === 'all' ? 'تمام سال' : o.label])) as Record<AttackYear, string>;

/** An attack's tooltip in Urdu: date, place, toll, who (the group it is drawn as), source outlet. */
function pointLabelUr(m: MappedAttack, sourceNames: Record<string, string>): string {
  const f = formats('ur');
  const toll = m.event.killed === null ? 'تعداد نہیں بتائی گئی' : `${f.number(m.event.killed)} جاں بحق`;
  const g = text.ur.groups[m.group];
  const who = m.event.claimed_by ? `ذمہ داری: ${g}` : m.event.suspected ? `شبہ: ${g}` : 'کسی نے ذمہ داری قبول نہیں کی';
  return `${f.date(m.event.date)}، ${m.event.place || m.place.name} (${text.ur.country(m.place.country)}): ${toll}۔ ${who}۔ ماخذ: ${sourceNames[m.event.source] ?? m.event.source}`;
}

// The map is drawn tight to the attacks it shows (all years, so the frame stays put when the year
// changes), with a margin: no empty sea or desert, so the north-west cluster (Bajaur, Peshawar,
// Islamabad) gets as much room as a phone allows.
const MARGIN = 1;
export function attackBox(list: MappedAttack[]): Box {
  if (list.length === 0) return [60.5, 23.5, 78, 37.5];
  const lons = list.map((m) => m.place.longitude);
  const lats = list.map((m) => m.place.latitude);
  return [Math.min(...lons) - MARGIN, Math.min(...lats) - MARGIN, Math.max(...lons) + MARGIN, Math.max(...lats) + MARGIN];
}

export interface MappedAttack {
  event: EventRow;
  place: PlaceRow;
  group: Group;
  year: number;
}

/** The attacks that can be drawn: category attack, a place and a group; in date order. */
export function mappedAttacks(data: AttackMapData): MappedAttack[] {
  const places = new Map(data.places.map((p) => [p.id, p]));
  return data.events
    .filter((e) => e.category === 'attack' && e.place_id && e.map_group)
    .map((e) => ({ event: e, place: places.get(e.place_id)!, group: e.map_group as Group, year: Number(e.date.slice(0, 4)) }))
    .filter((m) => m.place)
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id));
}

export function years(data: AttackMapData): number[] {
  return [...new Set(mappedAttacks(data).map((m) => m.year))].sort((a, b) => a - b);
}

const yearOf = (state?: AttackMapState): number | null => {
  const y = Number(state?.year);
  return state?.year === undefined || state.year === 'all' || !Number.isInteger(y) ? null : y;
};

/** What a point says on hover and focus: date, place, toll, who, source. */
export function pointLabel(m: MappedAttack, sourceNames: Record<string, string>): string {
  const toll = m.event.killed === null ? 'toll not given' : `${formatNumber(m.event.killed)} killed`;
  const who = m.event.claimed_by ? `Claimed: ${m.event.claimed_by}` : m.event.suspected ? `Suspected: ${m.event.suspected}` : 'No claim';
  return `${formatDate(m.event.date)}, ${m.event.place} (${m.place.country}): ${toll}. ${who}. Source: ${sourceNames[m.event.source] ?? m.event.source}.`;
}

export function draw(data: AttackMapData, opts: DrawOpts<AttackMapState>): Drawn {
  const { width, state, idPrefix, narrow, lang, f } = frameOf(opts, name);
  const t = text[lang];
  const year = yearOf(state);
  const focus = state.group && state.group in groups ? state.group : null;
  const all = mappedAttacks(data);
  const shown = all.filter((m) => year === null || m.year === year);

  const leg = legend(
    groupOrder.map((g) => ({ key: g, label: t.groups[g], swatch: shapeNode(groups[g].shape, 6, 6, 5, { class: cls('tt-mark', groups[g].className) }) })),
    { x: 4, y: 4, width },
  );
  const headY = 4 + leg.height + 12;
  const yearText =
    year === null
      ? t.allYears(String(all[0]?.year ?? ''), String(all.at(-1)?.year ?? ''), f.number(shown.length))
      : t.year(year, shown.length, f.number(shown.length));
  const top = headY + 8;
  const mapH = narrow ? Math.round(Math.max(330, width * 1.2)) : Math.round(Math.min(640, width * 0.8));
  const project = fitProjection(attackBox(all), [0, top, width, top + mapH]);
  const clipId = `${idPrefix}-clip`;
  const maxKilled = Math.max(1, ...all.map((m) => m.event.killed ?? 0));
  const rMax = narrow ? 13 : 20;
  const radius = (k: number | null) => (k === null ? 4 : Math.max(3, rMax * Math.sqrt(k / maxKilled)));

  const seriesNodes = groupOrder.map((g) => {
    const list = shown.filter((m) => m.group === g);
    // Bigger marks first within a group, so small ones stay visible on top.
    const ordered = [...list].sort((a, b) => (b.event.killed ?? 0) - (a.event.killed ?? 0) || a.event.date.localeCompare(b.event.date));
    const dim = focus && focus !== g ? 'tt-dim' : '';
    const marks = ordered.map((m, i) => {
      const [x, y] = project(m.place.longitude, m.place.latitude);
      const r = radius(m.event.killed);
      return shapeNode(groups[g].shape, x, y, r, {
        class: cls('tt-mark', 'tt-map-point', groups[g].className, m.event.killed === null && 'tt-map-unknown', dim, focus === g && 'tt-highlight'),
        'data-key': m.event.id,
        // Entering points appear in date order (src/scripts/motion.ts).
        'data-order': m.event.date,
        'data-event': m.event.id,
        ...markAttrs(g, i, lang === 'en' ? pointLabel(m, data.sourceNames) : pointLabelUr(m, data.sourceNames), x, y),
      });
    });
    return seriesGroup(g, t.groups[g], marks.length, marks, '', lang);
  });

  // Name the places shown, the deadliest first; no label covers another or a mark's centre.
  const byPlace = new Map<string, { place: PlaceRow; killed: number }>();
  for (const m of shown) {
    const cur = byPlace.get(m.place.id) ?? { place: m.place, killed: 0 };
    cur.killed += m.event.killed ?? 0;
    byPlace.set(m.place.id, cur);
  }
  const requests: LabelRequest[] = [...byPlace.values()]
    .sort((a, b) => b.killed - a.killed || a.place.id.localeCompare(b.place.id))
    .map((p, i) => {
      const [x, y] = project(p.place.longitude, p.place.latitude);
      return { id: p.place.id, text: p.place.id === 'bajaur' ? t.bajaur : p.place.name.replace(' tehsil', '').replace('تحصیل ', ''), x, y, r: 4, priority: i };
    });
  const countries: [string, number, number][] = [
    ['Pakistan', 72.4, 30.3],
    ['Afghanistan', 66.9, 33.6],
    ['India', 75.0, 29.6],
  ];
  countries.forEach(([n, lon, lat], i) => {
    const [x, y] = project(lon, lat);
    requests.push({ id: `country-${n.toLowerCase()}`, text: t.country(n), x, y, r: 0, priority: 100 + i, centred: true });
  });
  const labels = placeLabels(requests, { x0: 2, x1: width - 2, y0: top + 2, y1: top + mapH - 2 });

  // What the marks and lines mean; the caveats (curated selection, boundaries) are the figure's
  // listed notes (registry), which image downloads add under the drawing.
  const foot = footnotes([t.sizeNote, t.durandNote], width);
  const footTop = top + mapH + 4;
  const height = Math.round(footTop + foot.height + 4);
  const svg = chartRoot(
    { name, width, height, idPrefix, title: t.title, desc: summary(data, state, lang), lang },
    leg.node,
    h('text', { class: 'tt-axis-title', x: 4, y: headY, 'data-year': year ?? 'all' }, yearText),
    h('clipPath', { id: clipId }, h('rect', { x: 0, y: top, width, height: mapH })),
    h('rect', { class: 'tt-map-sea', x: 0, y: top, width, height: mapH }),
    basemap(data.geo.region, project, clipId),
    h('g', { class: 'tt-map-points', 'clip-path': `url(#${clipId})` }, seriesNodes),
    labelNodes(labels),
    h('rect', { class: 'tt-map-frame', x: 0.5, y: top + 0.5, width: width - 1, height: mapH - 1 }),
    foot.render(footTop),
  );
  return { svg, width, height };
}

export function summary(data: AttackMapData, state?: AttackMapState, lang: Lang = 'en'): string {
  const year = yearOf(state);
  const list = mappedAttacks(data).filter((m) => year === null || m.year === year);
  const count = (g: Group) => list.filter((m) => m.group === g).length;
  if (lang === 'ur') {
    const f = formats(lang);
    return `اس کہانی کے ${f.number(list.length)} حملوں کا نقشہ${year === null ? '' : ` (${year})`}: ${f.list(groupOrder.map((g) => `${text.ur.groups[g]} ${f.number(count(g))}`))}؛ زیادہ تر شمال مغربی پاکستان اور مشرقی افغانستان میں ہیں۔`;
  }
  return `Map of ${formatNumber(list.length)} attacks from this story${year === null ? '' : ` in ${year}`}: ${listWords(groupOrder.map((g) => `${formatNumber(count(g))} ${groups[g].name === 'TTP' ? 'by the TTP' : groups[g].name.toLowerCase()}`))}; most lie in north-west Pakistan and eastern Afghanistan.`;
}

export function describe(data: AttackMapData, lang: Lang = 'en'): string {
  const list = mappedAttacks(data);
  if (lang === 'ur') {
    const f = formats(lang);
    const t = text.ur;
    const pk = list.filter((m) => m.place.country === 'Pakistan').length;
    const deadliest = [...list]
      .sort((a, b) => (b.event.killed ?? 0) - (a.event.killed ?? 0))
      .slice(0, 3)
      .map((m) => `${m.place.name}، ${f.date(m.event.date)} (${f.number(m.event.killed ?? 0)} جاں بحق)`);
    return [
      `اس کہانی کی ٹائم لائن کے ان ${f.number(list.length)} حملوں کا نقشہ جن کا مقام متعین ہو سکا: ${f.number(pk)} پاکستان میں اور ${f.number(list.length - pk)} افغانستان میں۔`,
      `سب سے ہلاکت خیز: ${f.list(deadliest)}۔`,
      t.sizeNote,
      t.curatedNote,
      t.boundaryNote,
    ].join(' ');
  }
  const pk = list.filter((m) => m.place.country === 'Pakistan').length;
  const deadliest = [...list]
    .sort((a, b) => (b.event.killed ?? 0) - (a.event.killed ?? 0))
    .slice(0, 3)
    .map((m) => `${m.event.place}, ${formatDate(m.event.date)} (${formatNumber(m.event.killed ?? 0)} killed)`);
  return [
    `A map of the ${formatNumber(list.length)} attacks in this story's timeline that could be placed: ${formatNumber(pk)} in Pakistan and ${formatNumber(list.length - pk)} in Afghanistan.`,
    `The deadliest were ${listWords(deadliest)}.`,
    sizeNote,
    curatedNote,
    BOUNDARY_NOTE,
  ].join(' ');
}

export function table(data: AttackMapData, lang: Lang = 'en'): ChartTable {
  // The English table keeps the data's dates as written: it is also the CSV download.
  const date = lang === 'en' ? (value: string) => value : formats(lang).date;
  return {
    ...text[lang].table,
    rows: mappedAttacks(data).map((m) => [
      date(m.event.date),
      m.event.title,
      m.event.place,
      m.place.name,
      m.event.killed,
      m.event.claimed_by || null,
      m.event.suspected || null,
      text[lang].groups[m.group],
      m.event.source,
    ]),
  };
}
