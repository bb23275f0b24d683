/**
 * Urdu for the text values of the datasets that charts draw: place names (places.csv, the maps),
 * group names (actors.json, the network), countries, and the event titles of events.csv (the
 * timeline and the attack map), keyed by the rows' ids; and, from src/i18n/data-text-ur.ts, the
 * free text of the rows (an event's place, country, toll note, claim and suspect; a Bajaur toll
 * report's attribution and note; a place's district and kind; a contested tie's evidence), and,
 * from src/i18n/actor-text-ur.ts, a group's summary, founding note and leaders. The
 * datasets stay English and authoritative; `urduData` gives a chart's data with these in Urdu, and
 * the registry's `bind(site, 'ur')` draws from it (so /ur/chart-data/<id>.json carries them to the
 * browser); the Urdu timeline page maps its events with `eventUr` too, so every Urdu surface
 * shows the same words.
 *
 * Every id drawn needs its Urdu name and every non-empty text value its Urdu: `urduName` throws,
 * naming the dataset and the id, and `urduText` names the dataset, the row and the field, so a new
 * or changed row without Urdu stops the build and fails tests/unit/urdu-charts.test.ts and
 * tests/unit/urdu-data-text.test.ts. Names follow the translators' table
 * (/work/ur-drafts/BRIEF.md) and the spelling of Pakistani Urdu newspapers.
 */
import type { Actor, EventRow, PlaceRow, RelationRow, TollRow } from '../data/schemas.ts';
import {
  eventClaimUr,
  eventCountryUr,
  eventPlaceUr,
  eventSuspectUr,
  eventTollNoteUr,
  placeDistrictUr,
  placePrecisionUr,
  tieEvidenceUr,
  tollTextUr,
} from './data-text-ur.ts';
import { actorTextUr } from './actor-text-ur.ts';
import { eventTitlesUr } from './event-titles-ur.ts';
export { regionNamesUr } from './charts.ts';

export const placeNamesUr: Record<string, string> = {
  khar: 'خار',
  bajaur: 'ضلع باجوڑ',
  mamund: 'تحصیل ماموند',
  damadola: 'ڈمہ ڈولہ',
  peshawar: 'پشاور',
  islamabad: 'اسلام آباد',
  rawalpindi: 'راولپنڈی',
  lahore: 'لاہور',
  karachi: 'کراچی',
  quetta: 'کوئٹہ',
  mastung: 'مستونگ',
  chaman: 'چمن',
  torkham: 'طورخم',
  'dera-ismail-khan': 'ڈیرہ اسماعیل خان',
  bannu: 'بنوں',
  chitral: 'چترال',
  hangu: 'ہنگو',
  mianwali: 'میانوالی',
  kabul: 'کابل',
  jalalabad: 'جلال آباد',
  achin: 'ضلع اچین',
  asadabad: 'اسعد آباد (کنڑ)',
  khost: 'خوست',
  kandahar: 'قندھار',
  'mazar-i-sharif': 'مزار شریف',
  'mir-ali': 'میر علی',
  'akora-khattak': 'اکوڑہ خٹک',
};

export const actorNamesUr: Record<string, { name: string; short: string }> = {
  AFG_TALIBAN: { name: 'افغان طالبان (امارت اسلامی افغانستان)', short: 'افغان طالبان' },
  TTP: { name: 'تحریک طالبان پاکستان', short: 'ٹی ٹی پی' },
  JUA: { name: 'جماعت الاحرار', short: 'جماعت الاحرار' },
  HUA: { name: 'حزب الاحرار', short: 'حزب الاحرار' },
  ISKP: { name: 'دولت اسلامیہ خراسان', short: 'آئی ایس کے پی' },
  IS: { name: 'دولت اسلامیہ (مرکزی)', short: 'دولت اسلامیہ' },
  AQ: { name: 'القاعدہ (مرکزی)', short: 'القاعدہ' },
  AQIS: { name: 'برصغیر میں القاعدہ', short: 'اے کیو آئی ایس' },
  JUIF: { name: 'جمعیت علمائے اسلام (ف)', short: 'جے یو آئی (ف)' },
  PAK_GOV: { name: 'حکومت پاکستان / پاک فوج', short: 'پاکستان' },
  AFG_REPUBLIC: { name: 'اسلامی جمہوریہ افغانستان (سابق حکومت)', short: 'افغان جمہوریہ' },
  USA: { name: 'امریکہ', short: 'امریکہ' },
  HAQQANI: { name: 'حقانی نیٹ ورک', short: 'حقانی' },
  LEI: { name: 'لشکر اسلام', short: 'لشکر اسلام' },
  TJP: { name: 'تحریک جہاد پاکستان', short: 'ٹی جے پی' },
  HGB: { name: 'حافظ گل بہادر گروپ', short: 'گل بہادر' },
  BLA: { name: 'بلوچ لبریشن آرمی', short: 'بی ایل اے' },
};

/** The Urdu of a dataset's text value by row id; throws (stopping the build) when there is none. */
export function urduName<T>(table: Record<string, T>, dataset: string, id: string): T {
  const v = table[id];
  if (v === undefined) throw new Error(`${dataset}: no Urdu name for "${id}" (add it to src/i18n/chart-data.ts)`);
  return v;
}

/**
 * The Urdu of one free-text field of a row (src/i18n/data-text-ur.ts), looked up by `key` (the row
 * id, or the English value where the same words repeat across rows); throws, naming the dataset,
 * the row and the field, when there is none, so a new or changed English value cannot reach an
 * Urdu page untranslated. An empty value stays empty.
 */
export function urduText(table: Record<string, string>, dataset: string, row: string, field: string, key: string, value: string): string {
  if (!value) return value;
  const v = table[key];
  if (v === undefined) throw new Error(`${dataset}: row "${row}", field ${field}: no Urdu for "${value}" (add it to src/i18n/data-text-ur.ts)`);
  return v;
}

/**
 * A place with its name and district in Urdu. Its province and country stay English (the maps
 * read them as keys and name them through regionNamesUr), and so does its kind (`precision`:
 * city, town…), which the locator map's Urdu table words through placePrecisionUr; it is
 * checked here so a new kind stops the build.
 */
export const placeUr = (p: PlaceRow): PlaceRow => {
  urduText(placePrecisionUr, 'places.csv', p.id, 'precision', p.precision, p.precision);
  return {
    ...p,
    name: urduName(placeNamesUr, 'places.csv', p.id),
    district: urduText(placeDistrictUr, 'places.csv', p.id, 'district', p.district, p.district),
    province: p.province,
    country: p.country,
  };
};

/**
 * A group with its names, summary, founding note and leaders (names and notes) in Urdu
 * (src/i18n/actor-text-ur.ts), so a profile on an Urdu page reads in Urdu; its aliases stay as they
 * are (Latin spellings, marked English by the panel). A leader is matched by position and by its
 * English name, so a leader added, removed or renamed in actors.json stops the build.
 */
export const actorUr = (a: Actor): Actor => {
  const names = urduName(actorNamesUr, 'actors.json', a.id);
  const t = actorTextUr[a.id];
  const one = (v: string | null | undefined): Record<string, string> => (v == null ? {} : { [a.id]: v });
  const field = (name: string, v: string | null | undefined, en: string | null) => (en ? urduText(one(v), 'actors.json', a.id, name, a.id, en) : en);
  const summary = field('summary', t?.summary, a.summary) ?? a.summary;
  const foundedNote = field('foundedNote', t?.foundedNote, a.foundedNote);
  const leaders = a.leaders.map((l, i) => {
    const u = t?.leaders[i];
    const at = `leaders[${i}]`;
    if (u && u.en !== l.name)
      throw new Error(`actors.json: row "${a.id}", field ${at}.name: the Urdu is for "${u.en}", not "${l.name}" (update src/i18n/actor-text-ur.ts)`);
    return { ...l, name: field(`${at}.name`, u?.name, l.name) ?? l.name, note: field(`${at}.note`, u?.note, l.note) };
  });
  const extra = (t?.leaders.length ?? 0) - a.leaders.length;
  if (extra > 0)
    throw new Error(`actors.json: row "${a.id}", field leaders: ${extra} Urdu leader(s) beyond the English list (update src/i18n/actor-text-ur.ts)`);
  return { ...a, ...names, summary, foundedNote, leaders };
};

export const eventUr = (e: EventRow): EventRow => {
  const f = (table: Record<string, string>, field: 'place' | 'country' | 'claimed_by' | 'suspected') =>
    urduText(table, 'events.csv', e.id, field, e[field], e[field]);
  return {
    ...e,
    title: urduName(eventTitlesUr, 'events.csv', e.id),
    place: e.place ? f(eventPlaceUr, 'place') : e.place_id ? urduName(placeNamesUr, 'places.csv', e.place_id) : e.place,
    country: f(eventCountryUr, 'country'),
    toll_note: urduText(eventTollNoteUr, 'events.csv', e.id, 'toll_note', e.id, e.toll_note),
    claimed_by: f(eventClaimUr, 'claimed_by'),
    suspected: f(eventSuspectUr, 'suspected'),
  };
};

const tollField = (field: 'reported_by' | 'note'): Record<string, string> => Object.fromEntries(Object.entries(tollTextUr).map(([id, t]) => [id, t[field]]));
const tollReportedByUr = tollField('reported_by');
const tollNoteUr = tollField('note');

export const tollUr = (r: TollRow): TollRow => ({
  ...r,
  reported_by: urduText(tollReportedByUr, 'bajaur-toll.csv', r.id, 'reported_by', r.id, r.reported_by),
  note: urduText(tollNoteUr, 'bajaur-toll.csv', r.id, 'note', r.id, r.note),
});

/** A tie with its evidence in Urdu where the network shows it (contested ties: the table's last column and the profiles). */
export const relationUr = (r: RelationRow): RelationRow =>
  r.status === 'contested' ? { ...r, evidence: urduText(tieEvidenceUr, 'relations.csv', r.id, 'evidence', r.id, r.evidence) } : r;

const isEvent = (r: unknown): r is EventRow => typeof r === 'object' && r !== null && 'category' in r && 'title' in r && 'date' in r;
const isToll = (r: unknown): r is TollRow => typeof r === 'object' && r !== null && 'reported_by' in r && 'killed' in r;

/**
 * A chart's data with its drawn names and text in Urdu: arrays named `places`, `actors`,
 * `relations` and `events` (or `rows` of events or of Bajaur toll reports) are mapped row by row;
 * everything else is kept as it is (numbers, ids, dates, source ids, geometry, the keys the charts
 * read such as a place's country and kind or a report's status).
 */
export function urduData<D>(data: D): D {
  if (typeof data !== 'object' || data === null) return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) {
    if (!Array.isArray(value)) continue;
    if (key === 'places') out[key] = (value as PlaceRow[]).map(placeUr);
    else if (key === 'actors') out[key] = (value as Actor[]).map(actorUr);
    else if (key === 'relations') out[key] = (value as RelationRow[]).map(relationUr);
    else if ((key === 'events' || key === 'rows') && value.length && value.every(isEvent)) out[key] = (value as EventRow[]).map(eventUr);
    else if (key === 'rows' && value.length && value.every(isToll)) out[key] = (value as TollRow[]).map(tollUr);
  }
  return out as D;
}
