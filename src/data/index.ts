/**
 * The typed data module pages and charts import. It reads the validated collections once per
 * build and shapes them; nothing here runs in the browser.
 */
import { getCollection } from 'astro:content';
import type { Actor, AuditRow, EventRow, PlaceRow, FactRow, GlossaryTerm, MonthlyRow, RegionRow, RelationRow, Source, TollRow, YearlyRow } from './schemas.ts';

export interface SiteData {
  sources: Map<string, Source>;
  picssYearly: YearlyRow[];
  pipsYearly: YearlyRow[];
  picssMonthly: MonthlyRow[];
  regions2023: RegionRow[];
  /** PICSS 2024 by region; KP is reported as settled districts and merged districts separately. */
  regions2024: RegionRow[];
  toll: TollRow[];
  facts: FactRow[];
  events: EventRow[];
  places: PlaceRow[];
  relations: RelationRow[];
  actors: Actor[];
  glossary: GlossaryTerm[];
  /** One row per checked citation (content/data/citation-audit.csv). */
  citationAudit: AuditRow[];
}

// Collections are typed by Astro from the inline loaders as unknown records; schemas.ts already
// validated every row, so the cast restores the precise row types.
async function rows<T>(name: string): Promise<T[]> {
  const entries = await getCollection(name as never);
  return (entries as { data: T }[]).map((e) => e.data);
}

let cached: Promise<SiteData> | undefined;

export function getData(): Promise<SiteData> {
  cached ??= (async () => {
    const sources = await rows<Source>('sources');
    return {
      sources: new Map(sources.map((s) => [s.id, s])),
      picssYearly: await rows<YearlyRow>('picss-yearly'),
      pipsYearly: await rows<YearlyRow>('pips-yearly'),
      picssMonthly: await rows<MonthlyRow>('picss-monthly'),
      regions2023: await rows<RegionRow>('picss-regions-2023'),
      regions2024: await rows<RegionRow>('picss-regions-2024'),
      toll: await rows<TollRow>('bajaur-toll'),
      facts: await rows<FactRow>('bajaur-facts'),
      events: (await rows<EventRow>('events')).sort((a, b) => a.date.localeCompare(b.date)),
      places: await rows<PlaceRow>('places'),
      relations: await rows<RelationRow>('relations'),
      actors: await rows<Actor>('actors'),
      glossary: (await rows<GlossaryTerm>('glossary')).sort((a, b) => a.term.localeCompare(b.term)),
      citationAudit: await rows<AuditRow>('citation-audit'),
    };
  })();
  return cached;
}
