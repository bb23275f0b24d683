/**
 * Zod schemas for every curated dataset in content/data. Used by the content collections
 * (src/content.config.ts) and directly by the unit tests, so a bad row fails the same way in both.
 */
import { z } from 'astro/zod';
import { isPartialDate } from './dates.ts';

const partialDate = z.string().refine(isPartialDate, { error: 'is not a valid date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)' });
const optionalDate = z.union([z.literal(''), partialDate]);
const wholeNumber = z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).nonnegative({ error: 'must not be negative' });
/** A required count: an empty CSV cell is "missing", not zero (plain coercion would turn "" into 0). */
const count = z.preprocess(
  (v) => (v === '' ? undefined : v),
  wholeNumber.refine((n) => !Number.isNaN(n), { error: 'must be a number' }),
);
/** Empty cells mean "not reported": they stay null, never zero. */
const optionalCount = z.preprocess((v) => (v === '' || v === undefined ? null : v), wholeNumber.nullable());
const sourceId = z.string().min(1, { error: 'is required (a source id from sources.json)' });
const text = z.string().min(1, { error: 'is required' });

export const sourceKinds = [
  'think-tank',
  'wire',
  'newspaper',
  'broadcaster',
  'magazine',
  'news-site',
  'government',
  'database',
  'wiki',
  'mirror',
  'blog',
  'article',
] as const;

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and hyphens' }),
  outlet: text,
  title: text,
  date: z.union([z.null(), partialDate]),
  /** null only where the research recorded a release without its web address (it says so on the page). */
  url: z.union([z.url({ error: 'is not a URL' }), z.null()]),
  kind: z.enum(sourceKinds),
  /** Why the source was added where that is not obvious, e.g. the claim it carries (citation audit). */
  note: z.string().optional(),
});

const yearlyMetrics = ['attacks', 'killed', 'injured', 'suicide_attacks'] as const;
const numberList = z.string().regex(/^(\d+(;\d+)*)?$/, { error: 'must be numbers separated by ";"' });

export const yearlySchema = z.object({
  year: z.coerce.number({ error: 'must be a year' }).int().min(1990, { error: 'must be a year after 1990' }).max(2100, { error: 'must be a year before 2100' }),
  metric: z.enum(yearlyMetrics),
  value: count,
  source: sourceId,
  other_values: numberList.default(''),
  note: z.string().default(''),
});

export const monthlySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month as YYYY-MM' }),
  metric: z.enum(['attacks', 'killed', 'injured']),
  value: count,
  source: sourceId,
  other_values: numberList.default(''),
  note: z.string().default(''),
});

export const regionSchema = z.object({
  region: z.enum(['KP_incl_exFATA', 'Balochistan', 'KP_mainland', 'ex_FATA', 'Sindh', 'Punjab']),
  metric: z.enum(['attacks', 'killed', 'injured']),
  value: count,
  source: sourceId,
});

export const tollStatuses = ['first', 'report', 'range', 'official', 'outlier'] as const;
export const tollSchema = z.object({
  id: z.string().regex(/^toll-\d{2}$/, { error: 'must look like toll-01' }),
  reported_at: optionalDate,
  killed: count,
  injured: optionalCount,
  reported_by: text,
  status: z.enum(tollStatuses),
  note: z.string().default(''),
  source: sourceId,
});

export const factSchema = z.object({
  id: z.string().regex(/^fact-\d{2}$/, { error: 'must look like fact-01' }),
  fact: text,
  value: text,
  number: optionalCount,
  reported_at: optionalDate,
  reported_by: z.string().default(''),
  source: sourceId,
  conflict: z.string().default(''),
});

export const eventCategories = ['attack', 'political', 'military', 'diplomatic', 'group'] as const;
export const eventSchema = z.object({
  id: z.string().regex(/^ev-[\w-]+$/, { error: 'must start with ev-' }),
  date: partialDate,
  title: text,
  place: z.string().default(''),
  country: z.string().default(''),
  killed: optionalCount,
  toll_note: z.string().default(''),
  claimed_by: z.string().default(''),
  suspected: z.string().default(''),
  category: z.enum(eventCategories),
  source: sourceId,
  quality: z.enum(['primary', 'secondary', 'weak']).default('secondary'),
  /** An earlier, later-revised toll (e.g. Peshawar 2023: 101 before the police revised it to 84). */
  killed_initial: optionalCount.default(null),
  initial_source: z.string().default(''),
  /** The row of places.csv the event is mapped at; empty when no sourced coordinate fits it. */
  place_id: z.string().default(''),
  /** Who claimed it or, with no claim, was suspected, as the attack map colours it (attacks with a place only). */
  map_group: z.union([z.literal(''), z.enum(['TTP', 'ISKP', 'other', 'unclaimed'])]).default(''),
});

const degrees = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `must be a ${what} in decimal degrees` })
    .min(min, { error: `must be a ${what} between ${min} and ${max}` })
    .max(max, { error: `must be a ${what} between ${min} and ${max}` });
export const placePrecisions = ['city', 'town', 'crossing', 'tehsil', 'district'] as const;
export const placeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and hyphens' }),
  name: text,
  /** Other spellings, separated by "; ". */
  other_names: z.string().default(''),
  latitude: degrees(-90, 90, 'latitude'),
  longitude: degrees(-180, 180, 'longitude'),
  district: text,
  province: text,
  /** The country whose polygon (Natural Earth) must contain the coordinate. */
  country: z.enum(['Pakistan', 'Afghanistan']),
  /** What the coordinate stands for: a city or town centre, a crossing, or a tehsil's or district's reference point. */
  precision: z.enum(placePrecisions),
  source: sourceId,
  note: z.string().default(''),
});

export const relationTypes = [
  'splinter_of',
  'affiliate_of',
  'ally_of',
  'supports',
  'rival_of',
  'targets',
  'fights',
  'ceasefire_with',
  'negotiates_with',
] as const;
/**
 * How exactly a tie's date is known: as precise as the source states it (`day`, `month`, `year`),
 * or `approx` where no source gives the date and the tie was placed at the nearest date the
 * sources support (a founding, the report that describes it). Empty only when the date is empty.
 */
export const datePrecisions = ['day', 'month', 'year', 'approx'] as const;
const precisionOf: Record<number, (typeof datePrecisions)[number]> = { 4: 'year', 7: 'month', 10: 'day' };
const precision = z
  .union([z.literal(''), z.enum(datePrecisions, { error: `must be one of ${datePrecisions.join(', ')} (or empty when the date is empty)` })])
  .default('');

export const relationSchema = z
  .object({
    id: z.string().regex(/^tie-\d{2,3}$/, { error: 'must look like tie-01' }),
    from: text,
    to: text,
    type: z.enum(relationTypes),
    start: optionalDate,
    end: optionalDate,
    start_precision: precision,
    end_precision: precision,
    status: z.enum(['reported', 'contested']),
    evidence: text,
    source: sourceId,
    note: z.string().default(''),
  })
  .superRefine((r, ctx) => {
    // A precision must match its date: none without a date, one with it, and day/month/year only
    // when the date is written to that precision.
    for (const end of ['start', 'end'] as const) {
      const date = r[end];
      const p = r[`${end}_precision`];
      const path = [`${end}_precision`];
      if (!date && p) ctx.addIssue({ code: 'custom', path, message: `must be empty when ${end} is empty` });
      else if (date && !p) ctx.addIssue({ code: 'custom', path, message: `is required when ${end} is set (${datePrecisions.join(', ')})` });
      else if (date && p !== 'approx' && precisionOf[date.length] !== p)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${p}" does not match ${end} "${date}" (written to ${precisionOf[date.length] ?? 'another'} precision)`,
        });
    }
  });

export const leaderSchema = z.object({
  name: text,
  from: z.union([z.null(), partialDate]).default(null),
  to: z.union([z.null(), partialDate]).default(null),
  note: z.string().nullable().default(null),
});

export const actorSchema = z.object({
  id: z.string().regex(/^[A-Z_]+$/, { error: 'must be upper-case letters and underscores' }),
  name: text,
  short: text.max(16, { error: 'must be at most 16 characters (it labels a diagram node)' }),
  kind: z.enum(['militant', 'party', 'state']),
  aliases: z.array(z.string()).default([]),
  founded: z.union([z.null(), partialDate]).default(null),
  foundedNote: z.string().nullable().default(null),
  leaders: z.array(leaderSchema).default([]),
  summary: text,
  source: sourceId,
});

export const glossarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: text,
  aliases: z.array(z.string()).default([]),
  definition: text,
  sources: z.array(sourceId).min(1, { error: 'needs at least one source' }),
});

export const auditVerdicts = ['supported', 'softened', 'replaced', 'cut'] as const;
/**
 * One checked citation (content/data/citation-audit.csv). A row is matched to a citation on the
 * built page by page + section + source + its position among that page's citations of the same
 * source in the same section (`n`, 1-based), so adding a <Cite> without a row fails
 * tests/site/citation-audit.test.ts. `cut` rows record a claim removed with its citation and
 * match nothing on the page; `replaced` rows name the source now cited (the old one in `note`).
 */
export const auditSchema = z.object({
  id: z.string().regex(/^audit-\d{3,4}$/, { error: 'must look like audit-001' }),
  page: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a chapter slug, "glossary" or "teachers"' }),
  section: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a heading id ("intro" before the first heading)' }),
  n: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }),
  claim: text,
  source: sourceId,
  support: text,
  verdict: z.enum(auditVerdicts, { error: `must be one of ${auditVerdicts.join(', ')}` }),
  note: z.string().default(''),
});

export type Source = z.infer<typeof sourceSchema>;
export type AuditRow = z.infer<typeof auditSchema>;
export type YearlyRow = z.infer<typeof yearlySchema>;
export type MonthlyRow = z.infer<typeof monthlySchema>;
export type RegionRow = z.infer<typeof regionSchema>;
export type TollRow = z.infer<typeof tollSchema>;
export type FactRow = z.infer<typeof factSchema>;
export type EventRow = z.infer<typeof eventSchema>;
export type PlaceRow = z.infer<typeof placeSchema>;
export type RelationRow = z.infer<typeof relationSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type RelationType = (typeof relationTypes)[number];
