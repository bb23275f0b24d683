/**
 * Urdu for the text values of the datasets that charts draw: place names (places.csv, the maps),
 * group names (actors.json, the network), countries, and the event titles of events.csv (the
 * timeline and the attack map), keyed by the rows' ids. The datasets stay English and
 * authoritative; `urduData` gives a chart's data with these names in Urdu, and the registry's
 * `bind(site, 'ur')` draws from it (so /ur/chart-data/<id>.json carries them to the browser).
 *
 * Every id drawn needs its Urdu name: `urduName` throws, naming the dataset and the id, so a new
 * row without one stops the build and fails tests/unit/urdu-charts.test.ts. Names follow the
 * translators' table (/work/ur-drafts/BRIEF.md) and the spelling of Pakistani Urdu newspapers.
 */
import type { Actor, EventRow, PlaceRow } from '../data/schemas.ts';
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

export const placeUr = (p: PlaceRow): PlaceRow => ({
  ...p,
  name: urduName(placeNamesUr, 'places.csv', p.id),
  district: p.district,
  province: p.province,
  country: p.country,
});

export const actorUr = (a: Actor): Actor => ({ ...a, ...urduName(actorNamesUr, 'actors.json', a.id) });

export const eventUr = (e: EventRow): EventRow => ({
  ...e,
  title: urduName(eventTitlesUr, 'events.csv', e.id),
  place: e.place_id ? urduName(placeNamesUr, 'places.csv', e.place_id) : e.place,
});

const isEvent = (r: unknown): r is EventRow => typeof r === 'object' && r !== null && 'category' in r && 'title' in r && 'date' in r;

/**
 * A chart's data with its drawn names in Urdu: arrays named `places`, `actors` and `events` (or
 * `rows` of events) are mapped row by row; everything else is kept as it is (numbers, ids, dates,
 * source ids, geometry).
 */
export function urduData<D>(data: D): D {
  if (typeof data !== 'object' || data === null) return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) {
    if (!Array.isArray(value)) continue;
    if (key === 'places') out[key] = (value as PlaceRow[]).map(placeUr);
    else if (key === 'actors') out[key] = (value as Actor[]).map(actorUr);
    else if ((key === 'events' || key === 'rows') && value.length && value.every(isEvent)) out[key] = (value as EventRow[]).map(eventUr);
  }
  return out as D;
}
