/**
 * The curated 2024 regional figures (content/data/picss-regions-2024.csv) checked against the
 * research corpus (../shared/data/frequency/province_other_years.csv), read and parsed here on its
 * own, not through the site's loaders: every PICSS full-year 2024 regional figure is carried over
 * with its value and its outlet's address, and nothing else is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { RegionRow, Source } from '../../src/data/schemas.ts';
import { regionalYears } from '../../src/data/shape.ts';
import { realRows } from '../helpers/charts.ts';

const sharedFile = new URL('../../../shared/data/frequency/province_other_years.csv', import.meta.url);
const curatedFile = new URL('../../content/data/picss-regions-2024.csv', import.meta.url);
const sourcesFile = new URL('../../content/data/sources.json', import.meta.url);

const shared = () =>
  csvParse(readFileSync(sharedFile, 'utf8')).filter(
    (r) => r.source_org === 'PICSS' && r.period_std === '2024' && ['attacks', 'killed', 'injured'].includes(r.metric!),
  );
const curated = () => realRows<RegionRow>('picss-regions-2024');
const sources = () => new Map((JSON.parse(readFileSync(sourcesFile, 'utf8')) as Source[]).map((s) => [s.id, s]));

// The research corpus lives beside the repository in the authors' workspace only (README): on a
// plain clone the checks against it are skipped, with the reason; the checks below them still run.
const noCorpus = existsSync(sharedFile) ? false : `the research corpus is not beside this clone (${sharedFile.pathname})`;

test('the research corpus has PICSS full-year 2024 regional rows', { skip: noCorpus }, () => {
  assert.ok(shared().length > 0, 'the corpus has PICSS full-year 2024 regional rows');
});

test('every curated 2024 row has the value the corpus gives for that region and metric, from the same page', { skip: noCorpus }, () => {
  const corpus = shared();
  const src = sources();
  for (const row of curated()) {
    const matches = corpus.filter((r) => r.region_std === row.region && r.metric === row.metric);
    assert.ok(matches.length > 0, `${row.region} ${row.metric}: not in the corpus`);
    assert.ok(
      matches.some((r) => Number(r.value) === row.value),
      `${row.region} ${row.metric}: ${row.value} is not a value the corpus reports (${matches.map((m) => m.value).join(', ')})`,
    );
    const s = src.get(row.source);
    assert.ok(s, `${row.region} ${row.metric}: source ${row.source} is not in sources.json`);
    const same = matches.find((r) => Number(r.value) === row.value)!;
    assert.equal(s.url, same.source_url, `${row.region} ${row.metric}: cited page differs from the corpus row's page`);
  }
});

test('no PICSS full-year 2024 regional figure in the corpus is left out, and none is invented', { skip: noCorpus }, () => {
  const keys = (rows: { region: string; metric: string }[]) => rows.map((r) => `${r.region}:${r.metric}`).sort();
  const corpusKeys = [...new Set(keys(shared().map((r) => ({ region: r.region_std!, metric: r.metric! }))))];
  assert.deepEqual(keys(curated()), corpusKeys);
});

test('Khyber Pakhtunkhwa stays split as PICSS reported it for 2024: no summed "whole KP" row', () => {
  const regions = new Set(curated().map((r) => r.region));
  assert.ok(regions.has('KP_mainland') && regions.has('ex_FATA'));
  assert.ok(!regions.has('KP_incl_exFATA'), 'a KP total would be a number no source reported');
});

test('the curated file is the one on disk, parsed the same way', () => {
  const onDisk = csvParse(readFileSync(curatedFile, 'utf8'));
  assert.equal(onDisk.length, curated().length);
  for (const r of onDisk)
    assert.ok(curated().some((c) => c.region === r.region && c.metric === r.metric && c.value === Number(r.value) && c.source === r.source));
});

test('regionalYears gives 2023 then 2024, each with its own rows, and drops a year without rows', () => {
  const y23 = realRows<RegionRow>('picss-regions-2023');
  const y24 = curated();
  const years = regionalYears({ 2024: y24, 2023: y23, 2025: [] });
  assert.deepEqual(
    years.map((y) => y.year),
    [2023, 2024],
  );
  assert.equal(years[0]!.rows, y23);
  assert.equal(years[1]!.rows, y24);
});
