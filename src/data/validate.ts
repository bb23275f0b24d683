/**
 * Reads and validates the curated datasets. Every failure names the file, the row (the line
 * number in a CSV, the array index in JSON, plus the row's id when it has one) and the field,
 * so a bad edit fails `npm run build` with a message that says exactly what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { datasets, type DatasetDef } from './datasets.ts';

export class DataError extends Error {
  readonly file: string;
  readonly row: string;
  readonly field: string;
  constructor(file: string, row: string, field: string, problem: string) {
    super(`${file}, ${row}, field "${field}": ${problem}`);
    this.name = 'DataError';
    this.file = file;
    this.row = row;
    this.field = field;
  }
}

interface RawRow {
  raw: Record<string, unknown>;
  label: string;
}

function readRows(contentDir: string, file: string): RawRow[] {
  const text = readFileSync(join(contentDir, file), 'utf8');
  if (file.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new DataError(`content/${file}`, 'the file', '(json)', `does not parse: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new DataError(`content/${file}`, 'the file', '(json)', 'must be an array of rows');
    return parsed.map((raw, i) => ({ raw: raw as Record<string, unknown>, label: `item ${i + 1}` }));
  }
  // Line numbers as an editor shows them: the header is line 1. (No data cell holds a newline.)
  return csvParse(text).map((raw, i) => ({ raw: { ...raw }, label: `line ${i + 2}` }));
}

export type Loaded = Record<string, { rows: Record<string, unknown>[]; keys: Set<string> }>;

/** Validate one dataset against its schema, its key and (optionally) already-loaded datasets. */
export function validateDataset(contentDir: string, def: DatasetDef, loaded: Loaded = {}) {
  const file = `content/${def.file}`;
  const rows: Record<string, unknown>[] = [];
  const keys = new Map<string, string>();
  for (const { raw, label } of readRows(contentDir, def.file)) {
    const id = typeof raw.id === 'string' && raw.id ? ` (id "${raw.id}")` : '';
    const result = def.schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.join('.') || '(row)';
      const got = issue.path.length ? JSON.stringify(issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k as PropertyKey], raw)) : '';
      throw new DataError(file, `${label}${id}`, field, `${issue.message}${got && got !== 'undefined' ? ` (got ${got})` : ' (missing)'}`);
    }
    const row = result.data as Record<string, unknown>;
    const key = def.key(row);
    if (keys.has(key)) throw new DataError(file, `${label}${id}`, 'key', `duplicate key "${key}" (first used on ${keys.get(key)})`);
    keys.set(key, label);
    for (const [field, target] of Object.entries(def.refs ?? {})) {
      const known = loaded[target]?.keys;
      if (!known) continue;
      const values = Array.isArray(row[field]) ? (row[field] as string[]) : [row[field] as string];
      for (const v of values.filter((x) => x !== '')) {
        if (!known.has(v))
          throw new DataError(file, `${label}${id}`, field, `unknown ${target === 'sources' ? 'source id' : `${target} id`} "${v}" (not in ${target})`);
      }
    }
    const failed = def.check?.(row);
    if (failed) throw new DataError(file, `${label}${id}`, failed.field, failed.problem);
    rows.push(row);
  }
  return { rows, keys: new Set(keys.keys()) };
}

/** Validate every dataset in dependency order (sources and actors first). */
export function validateAll(contentDir: string): Loaded {
  const loaded: Loaded = {};
  for (const def of datasets) loaded[def.name] = validateDataset(contentDir, def as DatasetDef, loaded);
  return loaded;
}
