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
import type { Lang } from './lang.ts';

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

// Numbers: charts print them with the site's one formatter per language, formatNumber(n, lang)
// in src/i18n/format.ts (issue 12: no second formatter with a different rounding).

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

/** Words of the chart components around a drawing (figure foot, actions, table, scrolly, embeds, downloads). */
export const chartUi = texts({
  en: {
    showData: 'Show the data',
    source: 'Source',
    sourceLine: 'every figure is linked to its report in the data table and the',
    sourcesList: 'sources list',
    /** The source line's punctuation: after the organisation, and at its end. */
    sourceSep: ';',
    sourceEnd: '.',
    embed: 'Embed',
    download: 'Download',
    ownPage: 'The chart on its own page',
    cite: 'Cite this chart',
    short: 'Short',
    full: 'Full',
    embedThis: 'Embed this chart',
    embedHelp: 'Paste this code into your page. The chart resizes itself to fit, follows light and dark mode, and links back to its source. Reuse under',
    embedCode: 'Embed code',
    copy: 'Copy code',
    preview: 'Preview',
    previewHint: ' the embedded chart (opens in a new tab)',
    terms: 'Options and terms',
    close: 'Close',
    chartFor: 'Chart for this step: ',
    chartColon: 'Chart: ',
    story: 'Story: ',
    previous: '↑ Previous',
    previousLabel: 'Previous step',
    next: '↓ Next',
    nextLabel: 'Next step',
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    tableElsewhere: ': the table is with the full figure of this chart further down the chapter, each row with its source.',
    chartBy: (site: string) => `Chart: ${site}.`,
    read: (title: string) => `Read “${title}”`,
    theChapter: 'the chapter',
    getData: 'Get the data',
    embedLabel: (title: string) => `Chart: ${title}`,
    files: {
      csv: 'Data (CSV)',
      json: 'Sources and metadata (JSON)',
      'png-light': 'Image, light (PNG)',
      'png-dark': 'Image, dark (PNG)',
      'svg-light': 'Vector image, light (SVG)',
      'svg-dark': 'Vector image, dark (SVG)',
    },
  },
  ur: {
    showData: 'اعداد و شمار دیکھیں',
    source: 'ماخذ',
    sourceLine: 'ہر عدد ڈیٹا جدول میں اپنی رپورٹ سے اور',
    sourcesList: 'ماخذ کی فہرست سے جڑا ہے',
    sourceSep: '؛',
    sourceEnd: '۔',
    embed: 'ایمبیڈ کریں',
    download: 'ڈاؤن لوڈ',
    ownPage: 'یہ چارٹ الگ صفحے پر',
    cite: 'اس چارٹ کا حوالہ',
    short: 'مختصر',
    full: 'مکمل',
    embedThis: 'یہ چارٹ اپنی ویب سائٹ پر لگائیں',
    embedHelp:
      'یہ کوڈ اپنے صفحے میں چسپاں کریں۔ چارٹ خود کو جگہ کے مطابق ڈھال لیتا ہے، روشن اور تاریک انداز اپناتا ہے اور اپنے ماخذ سے جڑا رہتا ہے۔ دوبارہ استعمال کی اجازت',
    embedCode: 'ایمبیڈ کوڈ',
    copy: 'کوڈ کاپی کریں',
    preview: 'پیش نظارہ',
    previewHint: ' ایمبیڈ شدہ چارٹ (نئے ٹیب میں کھلتا ہے)',
    terms: 'اختیارات اور شرائط',
    close: 'بند کریں',
    chartFor: 'اس مرحلے کا چارٹ: ',
    chartColon: 'چارٹ: ',
    story: 'کہانی: ',
    previous: '↑ پچھلا',
    previousLabel: 'پچھلا مرحلہ',
    next: '↓ اگلا',
    nextLabel: 'اگلا مرحلہ',
    step: (n: number, of: number) => `مرحلہ ${n} از ${of}`,
    tableElsewhere: ': جدول اس باب میں آگے اس چارٹ کی مکمل شکل کے ساتھ ہے، ہر سطر اپنے ماخذ کے ساتھ۔',
    chartBy: () => 'چارٹ: ٹوئن تھریٹس۔',
    read: (title: string) => `"${title}" پڑھیں`,
    theChapter: 'باب',
    getData: 'اعداد و شمار حاصل کریں',
    embedLabel: (title: string) => `چارٹ: ${title}`,
    files: {
      csv: 'اعداد و شمار (سی ایس وی)',
      json: 'ماخذ اور تفصیلات (جے سن)',
      'png-light': 'تصویر، روشن (پی این جی)',
      'png-dark': 'تصویر، تاریک (پی این جی)',
      'svg-light': 'ویکٹر تصویر، روشن (ایس وی جی)',
      'svg-dark': 'ویکٹر تصویر، تاریک (ایس وی جی)',
    },
  },
});
