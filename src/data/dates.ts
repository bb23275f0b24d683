/**
 * Partial ISO dates as the research uses them: "2023", "2023-07", "2023-07-30" or
 * "2023-07-30T18:55". A value only parses if the calendar date exists.
 */
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const hour = h ? Number(h) : 0;
  const minute = mi ? Number(mi) : 0;
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const precision: DatePrecision = mi ? 'minute' : d ? 'day' : mo ? 'month' : 'year';
  return { date, precision };
}

export const isPartialDate = (value: string) => parsePartialDate(value) !== null;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 July 2023", "July 2023" or "2023": the house style for dates in text. */
export function formatPartialDate(value: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { date, precision } = parsed;
  const month = MONTHS[date.getUTCMonth()];
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return `${month} ${date.getUTCFullYear()}`;
  const text = `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
  if (precision === 'minute') {
    return `${text}, ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')} PKT`;
  }
  return text;
}

/** Year of a partial date, for filtering ties and events by year. */
export const yearOf = (value: string) => Number(value.slice(0, 4));
