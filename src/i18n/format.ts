/**
 * Numbers and dates for readers, per language. English goes through the site's one formatter
 * (src/data/numbers.ts, src/data/dates.ts), unchanged; Urdu uses the same rounding with the
 * ur-PK locale, whose default numbering system is Western digits ("1,066"; src/i18n/lang.ts).
 * Dates: "30 جولائی، 2023" (Intl.DateTimeFormat('ur-PK')).
 */
import { formatNumber as formatEn } from '../data/numbers.ts';
import { formatPartialDate, parsePartialDate } from '../data/dates.ts';
import { LANG, type Lang } from './lang.ts';

const urNumber = new Intl.NumberFormat(LANG.ur.intl, { maximumFractionDigits: 3, numberingSystem: 'latn' });

export const formatNumber = (n: number, lang: Lang = 'en') => (lang === 'en' ? formatEn(n) : urNumber.format(n));

const urDay = new Intl.DateTimeFormat(LANG.ur.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
const urMonth = new Intl.DateTimeFormat(LANG.ur.intl, { month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });

/** A partial ISO date ("2023", "2023-07", "2023-07-30", "2023-07-30T18:55") for readers. */
export function formatDate(value: string, lang: Lang = 'en'): string {
  if (lang === 'en') return formatPartialDate(value);
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { date, precision } = parsed;
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return urMonth.format(date);
  const text = urDay.format(date);
  if (precision === 'minute') return `${text}، ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')} (پاکستانی وقت)`;
  return text;
}

/** A Date (a chapter's `updated`) as a long date. */
export const formatLongDate = (d: Date, lang: Lang = 'en') =>
  lang === 'en' ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : urDay.format(d);
