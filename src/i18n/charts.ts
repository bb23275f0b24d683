/**
 * Chart text in two languages: the pieces every chart shares (number and date formats, month
 * names, list joining, "no data", the words of series and gaps) and the helper that types a
 * chart's own string table. Each chart keeps its own strings in its module
 * (src/charts/<id>.ts, `const text = texts({ en: {…}, ur: {…} })`) and its reader-facing text
 * (title, takeaway, notes, control labels) in its registry entry (`ur: {…}`); this file holds
 * only what several charts share. Imported by chart modules, so it runs in the browser too: keep
 * it small and free of build-time imports.
 *
 * Digits: Western digits in both languages (the `latn` default of ur-PK; src/i18n/lang.ts).
 * Time runs left to right in both editions; Urdu text is drawn right to left inside its own box
 * (src/charts/frame.ts `rtlSvg`). docs/AUTHORING.md, "Charts in two languages".
 */
import { LANG, type Lang } from './lang.ts';

export type { Lang };

/**
 * A chart's string table: the English table fixes the shape, the Urdu one must have every key
 * with the same type (a string, or a function with the same parameters), so a missing or
 * misspelt Urdu key fails the type check.
 */
export function texts<E extends object>(t: { en: E; ur: NoInfer<E> }): Record<Lang, E> {
  return t;
}

/** Font stack of Urdu chart text: a Naskh face from the system (Nastaliq is illegible at 12 px). No download. */
export const URDU_CHART_FONT = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Segoe UI', Tahoma, 'Geeza Pro', sans-serif";

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** The site's one number format in a language (same rounding as src/data/numbers.ts; Western digits in Urdu). */
export function formatNumberIn(n: number, lang: Lang): string {
  numberFormats[lang] ??= new Intl.NumberFormat(LANG[lang].intl, { maximumFractionDigits: 3, numberingSystem: 'latn' });
  // Intl puts a left-to-right mark before a minus sign in Urdu; charts never draw negative counts,
  // and a bare mark would only confuse the width estimate.
  return numberFormats[lang].format(n).replace(/\u200e/g, '');
}

export const URDU_MONTHS = ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'] as const;

/** Urdu partial dates as the Urdu press writes them (and as Intl ur-PK does): "30 جولائی، 2023", "جولائی 2023", "2023". */
export function formatDateUr(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, hh, mm] = m;
  if (!mo) return y!;
  const month = URDU_MONTHS[Number(mo) - 1] ?? mo;
  if (!d) return `${month} ${y}`;
  const text = `${Number(d)} ${month}، ${y}`;
  return hh ? `${text}، ${hh}:${mm} (پاکستانی وقت)` : text;
}

/** Short month and year for crowded axes: Urdu month names are short already. */
export const formatMonthShortUr = (month: string) => formatDateUr(month.slice(0, 7));

/** Join words in prose: "الف، ب اور ج". */
export function listWordsUr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('، ')} اور ${items.at(-1)}`;
}

/** Words the shared chart pieces (src/charts/frame.ts) draw or say, per language. */
export const frameText = texts({
  en: {
    noData: 'no data',
    points: (n: number): string => (n === 1 ? 'point' : 'points'),
    gapNote: (what: string, names: string) => `Hatched ${what}: no figure for ${names}.`,
    columns: 'columns',
    noFigures: (noun: string) => `No ${noun} figures are available.`,
    seriesSummary: (o: {
      noun: string;
      first: string;
      firstAt: string;
      last: string;
      lastAt: string;
      max: string;
      maxAt: string;
      min: string;
      minAt: string;
    }) =>
      `${o.noun.charAt(0).toUpperCase() + o.noun.slice(1)}: ${o.first} in ${o.firstAt} and ${o.last} in ${o.lastAt}; the highest was ${o.max} in ${o.maxAt} and the lowest ${o.min} in ${o.minAt}.`,
    noFigureFor: (names: string) => `No figure for ${names}.`,
    inOrder: (items: string) => `In order: ${items}.`,
  },
  ur: {
    noData: 'اعداد دستیاب نہیں',
    points: () => 'نکات',
    gapNote: (what: string, names: string) => `دھاری دار ${what}: ${names} کے اعداد دستیاب نہیں۔`,
    columns: 'کالم',
    noFigures: (noun: string) => `${noun} کے اعداد دستیاب نہیں۔`,
    seriesSummary: (o: {
      noun: string;
      first: string;
      firstAt: string;
      last: string;
      lastAt: string;
      max: string;
      maxAt: string;
      min: string;
      minAt: string;
    }) => `${o.noun}: ${o.firstAt} میں ${o.first} اور ${o.lastAt} میں ${o.last}؛ سب سے زیادہ ${o.maxAt} میں ${o.max} اور سب سے کم ${o.minAt} میں ${o.min}۔`,
    noFigureFor: (names: string) => `${names} کے اعداد دستیاب نہیں۔`,
    inOrder: (items: string) => `ترتیب وار: ${items}۔`,
  },
});

/** Countries, provinces and regions the maps name or the tooltips give. */
export const regionNamesUr: Record<string, string> = {
  Pakistan: 'پاکستان',
  Afghanistan: 'افغانستان',
  India: 'بھارت',
  Iran: 'ایران',
  Tajikistan: 'تاجکستان',
  China: 'چین',
  'Khyber Pakhtunkhwa': 'خیبر پختونخوا',
  Balochistan: 'بلوچستان',
  Punjab: 'پنجاب',
  Sindh: 'سندھ',
  'Islamabad Capital Territory': 'اسلام آباد',
  Kabul: 'کابل',
  Nangarhar: 'ننگرہار',
  Kunar: 'کنڑ',
  Khost: 'خوست',
  Kandahar: 'قندھار',
  Balkh: 'بلخ',
};

/** Latin letters in a string (for the Urdu tests: chart text in Urdu has none but allowlisted names). */
export const LATIN = /[A-Za-z]/;
