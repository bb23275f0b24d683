// Facts of this year's curated data that the story relies on, checked against content/data/
// itself. The chart tests assert geometry and labels computed from whatever the rows say; when a
// source revises a figure, only this file (and the prose that quotes it) has to change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { officialToll } from '../../src/charts/bajaur-toll.ts';
import type { TollRow, YearlyRow } from '../../src/data/schemas.ts';
import { realRows } from '../helpers/charts.ts';

test('Bajaur: the official toll is 63; the first reports said 10 killed; the 18:55 report said 10 killed, 50 injured', () => {
  const rows = realRows<TollRow>('bajaur-toll');
  assert.equal(officialToll(rows), 63);
  const firsts = rows.filter((r) => r.status === 'first');
  assert.ok(firsts.length >= 1);
  assert.ok(firsts.every((r) => r.killed === 10));
  const r04 = rows.find((r) => r.id === 'toll-04')!;
  assert.deepEqual([r04.reported_at, r04.killed, r04.injured], ['2023-07-30T18:55', 10, 50]);
  assert.ok(
    rows.some((r) => r.status === 'outlier' && r.killed === 75),
    'the outlying report of 75',
  );
});

test('PICSS yearly: 2025 has the most attacks since 2015 (1,066) and 2019 the fewest (159); 2019 suicide attacks 3, an earlier release 10', () => {
  const rows = realRows<YearlyRow>('picss-yearly');
  const attacks = rows.filter((r) => r.metric === 'attacks' && r.year >= 2015);
  const max = attacks.reduce((a, b) => (b.value > a.value ? b : a));
  const min = attacks.reduce((a, b) => (b.value < a.value ? b : a));
  assert.deepEqual([max.year, max.value], [2025, 1066]);
  assert.deepEqual([min.year, min.value], [2019, 159]);
  const get = (year: number, metric: YearlyRow['metric']) => rows.find((r) => r.year === year && r.metric === metric);
  assert.deepEqual([get(2025, 'killed')?.value ?? null, get(2025, 'suicide_attacks')?.value], [null, 26]);
  assert.deepEqual([get(2019, 'suicide_attacks')?.value, get(2019, 'suicide_attacks')?.other_values], [3, '10']);
});
