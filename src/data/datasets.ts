/**
 * The one list of curated datasets: file, schema, primary key and the fields that must point at
 * another dataset (every row's `source` must exist in sources.json; ties must join two actors).
 */
import type { z } from 'astro/zod';
import * as s from './schemas.ts';
import { placeInCountry } from './place-check.ts';

export interface DatasetDef<S extends z.ZodType = z.ZodType> {
  /** Collection name, also the prefix of <Stat of="name:key:field">. */
  name: string;
  file: string;
  schema: S;
  /** The row's unique key. */
  key: (row: z.infer<S>) => string;
  /** field -> dataset whose keys it must match. */
  refs?: Record<string, string>;
  /** A check beyond the schema (e.g. a coordinate inside its country): the failing field and why, or null. */
  check?: (row: z.infer<S>) => { field: string; problem: string } | null;
}

const def = <S extends z.ZodType>(d: DatasetDef<S>) => d;

export const datasets = [
  def({ name: 'sources', file: 'data/sources.json', schema: s.sourceSchema, key: (r) => r.id }),
  def({ name: 'actors', file: 'data/actors.json', schema: s.actorSchema, key: (r) => r.id, refs: { source: 'sources' } }),
  def({ name: 'picss-yearly', file: 'data/picss-yearly.csv', schema: s.yearlySchema, key: (r) => `${r.year}:${r.metric}`, refs: { source: 'sources' } }),
  def({ name: 'pips-yearly', file: 'data/pips-yearly.csv', schema: s.yearlySchema, key: (r) => `${r.year}:${r.metric}`, refs: { source: 'sources' } }),
  def({ name: 'picss-monthly', file: 'data/picss-monthly.csv', schema: s.monthlySchema, key: (r) => `${r.month}:${r.metric}`, refs: { source: 'sources' } }),
  def({
    name: 'picss-regions-2023',
    file: 'data/picss-regions-2023.csv',
    schema: s.regionSchema,
    key: (r) => `${r.region}:${r.metric}`,
    refs: { source: 'sources' },
  }),
  def({
    name: 'picss-regions-2024',
    file: 'data/picss-regions-2024.csv',
    schema: s.regionSchema,
    key: (r) => `${r.region}:${r.metric}`,
    refs: { source: 'sources' },
  }),
  def({ name: 'bajaur-toll', file: 'data/bajaur-toll.csv', schema: s.tollSchema, key: (r) => r.id, refs: { source: 'sources' } }),
  def({ name: 'bajaur-facts', file: 'data/bajaur-facts.csv', schema: s.factSchema, key: (r) => r.id, refs: { source: 'sources' } }),
  def({ name: 'places', file: 'data/places.csv', schema: s.placeSchema, key: (r) => r.id, refs: { source: 'sources' }, check: placeInCountry }),
  def({
    name: 'events',
    file: 'data/events.csv',
    schema: s.eventSchema,
    key: (r) => r.id,
    refs: { source: 'sources', initial_source: 'sources', place_id: 'places' },
  }),
  def({ name: 'relations', file: 'data/relations.csv', schema: s.relationSchema, key: (r) => r.id, refs: { source: 'sources', from: 'actors', to: 'actors' } }),
  def({ name: 'citation-audit', file: 'data/citation-audit.csv', schema: s.auditSchema, key: (r) => r.id, refs: { source: 'sources' } }),
  def({ name: 'glossary', file: 'glossary/terms.json', schema: s.glossarySchema, key: (r) => r.id, refs: { sources: 'sources' } }),
] as const;

export type DatasetName = (typeof datasets)[number]['name'];
