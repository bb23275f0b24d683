/**
 * Pure shaping of validated rows into the series that charts and text use. No Astro imports, so
 * the unit tests and the build share it. Missing periods become explicit nulls (gaps), never
 * interpolated values.
 */
import type { EventRow, MonthlyRow, RegionRow, RelationRow, TollRow, YearlyRow } from './schemas.ts';
import { parsePartialDate, yearOf } from './dates.ts';

export interface Point<K extends string | number = string> {
  key: K;
  value: number | null;
  source: string | null;
  otherValues: number[];
  note: string;
}

export function yearlySeries(rows: YearlyRow[], metric: YearlyRow['metric'], from: number, to: number): Point<number>[] {
  const byYear = new Map(rows.filter((r) => r.metric === metric).map((r) => [r.year, r]));
  const out: Point<number>[] = [];
  for (let y = from; y <= to; y++) {
    const r = byYear.get(y);
    out.push({ key: y, value: r?.value ?? null, source: r?.source ?? null, otherValues: splitNumbers(r?.other_values), note: r?.note ?? '' });
  }
  return out;
}

/** Every month from `from` to `to` inclusive, as YYYY-MM. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function monthlySeries(rows: MonthlyRow[], metric: MonthlyRow['metric'], from: string, to: string): Point<string>[] {
  const byMonth = new Map(rows.filter((r) => r.metric === metric).map((r) => [r.month, r]));
  return monthRange(from, to).map((month) => {
    const r = byMonth.get(month);
    return { key: month, value: r?.value ?? null, source: r?.source ?? null, otherValues: splitNumbers(r?.other_values), note: r?.note ?? '' };
  });
}

/** First and last period that has a value for the metric (so a series ends where the data ends). */
export function extent<K extends string | number>(points: Point<K>[]): [K, K] | null {
  const present = points.filter((p) => p.value !== null);
  return present.length ? [present[0]!.key, present.at(-1)!.key] : null;
}

function splitNumbers(s: string | undefined): number[] {
  return s ? s.split(';').filter(Boolean).map(Number) : [];
}

export interface TollReport extends TollRow {
  time: Date | null;
}

/** Toll reports in time order; undated reports (kept as outliers) sort last. */
export function tollTimeline(rows: TollRow[]): TollReport[] {
  return rows
    .map((r) => ({ ...r, time: r.reported_at ? (parsePartialDate(r.reported_at)?.date ?? null) : null }))
    .sort((a, b) => (a.time?.getTime() ?? Infinity) - (b.time?.getTime() ?? Infinity) || a.id.localeCompare(b.id));
}

/** A tie is in force in year Y if it started in or before Y (or before records) and had not ended before Y. */
export function tiesInForce(relations: RelationRow[], year: number): RelationRow[] {
  return relations.filter((r) => (!r.start || yearOf(r.start) <= year) && (!r.end || yearOf(r.end) >= year));
}

export function eventsBetween(events: EventRow[], from: number, to: number): EventRow[] {
  return events.filter((e) => yearOf(e.date) >= from && yearOf(e.date) <= to).sort((a, b) => a.date.localeCompare(b.date));
}

export interface RegionalYear {
  year: number;
  rows: RegionRow[];
}

/**
 * PICSS's regional figures, one entry per year with data, oldest first, for a chart that lets the
 * reader switch years. Regions are kept as each year's source reported them: 2023 gives Khyber
 * Pakhtunkhwa as one figure, 2024 gives its settled and merged districts apart. The two are not
 * added up here, because a sum would be a number no source reported.
 */
export function regionalYears(byYear: Record<number, RegionRow[]>): RegionalYear[] {
  return Object.entries(byYear)
    .map(([year, rows]) => ({ year: Number(year), rows }))
    .filter((y) => y.rows.length > 0)
    .sort((a, b) => a.year - b.year);
}
