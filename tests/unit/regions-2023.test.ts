import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, draw, missing, table } from '../../src/charts/regions-2023.ts';
import type { RegionRow } from '../../src/data/schemas.ts';
import { assertSane, bars, findAll, gaps, hasClass, label, marks, num, realRows, textOf } from '../helpers/charts.ts';

const rows = () => realRows<RegionRow>('picss-regions-2023');
const data = () => ({ rows: rows() });
const v = (region: string, metric: string) => rows().find((r) => r.region === region && r.metric === metric)!.value;

test('two series of three bars; heights proportional to the values', () => {
  const { svg } = draw(data(), { width: 1000 });
  assert.equal(bars(svg, 'KP_incl_exFATA').length, 3);
  assert.equal(bars(svg, 'Balochistan').length, 3);
  const all = bars(svg);
  const tallest = all.reduce((a, b) => (num(b, 'height') > num(a, 'height') ? b : a));
  assert.match(label(tallest), /^Khyber Pakhtunkhwa \(incl\. merged districts\), 2023: 977 people injured \(PICSS\)$/);
  const kpA = bars(svg, 'KP_incl_exFATA')[0]!;
  const balA = bars(svg, 'Balochistan')[0]!;
  assert.ok(Math.abs(num(kpA, 'height') / num(balA, 'height') - v('KP_incl_exFATA', 'attacks') / v('Balochistan', 'attacks')) < 0.01);
  assert.ok(num(kpA, 'x') < num(balA, 'x'), 'KP left of Balochistan within a group');
  assert.ok(num(balA, 'x') < num(bars(svg, 'KP_incl_exFATA')[1]!, 'x'), 'groups in metric order');
});

test('every bar carries its value as a label', () => {
  const { svg } = draw(data(), { width: 1000 });
  const values = findAll(svg, (n) => hasClass(n, 'tt-value-label')).map(textOf).sort();
  assert.deepEqual(values, rows().filter((r) => ['KP_incl_exFATA', 'Balochistan'].includes(r.region)).map((r) => r.value.toLocaleString('en-GB')).sort());
});

test('regions are named under the bars, not told apart by colour alone', () => {
  for (const width of [320, 1000]) {
    const { svg } = draw(data(), { width });
    const names = findAll(svg, (n) => hasClass(n, 'tt-region-label')).map(textOf);
    assert.equal(names.length, 6);
    assert.equal(new Set(names).size, 2);
  }
});

test('the `missing` note names Sindh, Punjab and the KP split, and is printed under the chart', () => {
  assert.match(missing, /Sindh/);
  assert.match(missing, /Punjab/);
  assert.match(missing, /merged districts/);
  const { svg } = draw(data(), { width: 600 });
  assert.ok(findAll(svg, (n) => hasClass(n, 'tt-footnote')).map(textOf).join(' ').includes('Sindh'));
});

test('highlight outlines one region and dims the other', () => {
  const { svg } = draw(data(), { width: 1000, state: { highlight: 'Balochistan' } });
  assert.ok(bars(svg, 'Balochistan').every((b) => hasClass(b, 'tt-highlight')));
  assert.ok(bars(svg, 'KP_incl_exFATA').every((b) => hasClass(b, 'tt-dim')));
});

test('hand-made fixture: a missing metric is a gap, not a zero bar', () => {
  const fixture: RegionRow[] = [
    { region: 'KP_incl_exFATA', metric: 'attacks', value: 100, source: 's' },
    { region: 'KP_incl_exFATA', metric: 'killed', value: 200, source: 's' },
    { region: 'Balochistan', metric: 'attacks', value: 50, source: 's' },
  ];
  const { svg } = draw({ rows: fixture }, { width: 700 });
  assert.equal(bars(svg).length, 3);
  assert.deepEqual(gaps(svg).map(label).sort(), ['Balochistan, 2023: people injured, no data', 'Balochistan, 2023: people killed, no data', 'Khyber Pakhtunkhwa (incl. merged districts), 2023: people injured, no data']);
  assert.equal(marks(svg).length, 6);
  const [a, k] = bars(svg, 'KP_incl_exFATA');
  assert.ok(Math.abs(num(k!, 'height') / num(a!, 'height') - 2) < 0.01);
});

for (const width of [320, 1000]) {
  test(`width ${width}: sane output, labels inside the frame`, () => {
    assertSane(draw(data(), { width }), width);
  });
}

test('table: one row per region with the three metrics', () => {
  const t = table(data());
  assert.deepEqual(t.columns, ['Region', 'Attacks', 'Killed', 'Injured', 'Sources']);
  assert.deepEqual(t.rows.map((r) => r.slice(0, 4)), [
    ['Khyber Pakhtunkhwa (incl. merged districts)', 419, 620, 977],
    ['Balochistan', 170, 285, 388],
  ]);
  for (const r of t.rows) assert.ok(String(r[4]).length > 3, `sources of ${r[0]}`);
});

test('describe gives every value and what is missing', () => {
  const d = describe(data());
  for (const n of ['419', '620', '977', '170', '285', '388']) assert.ok(d.includes(n), n);
  assert.ok(d.includes(missing));
});
