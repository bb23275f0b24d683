import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, draw, missing, missingByYear, regions, table } from '../../src/charts/regions-2023.ts';
import type { RegionRow } from '../../src/data/schemas.ts';
import { getChart } from '../../src/charts/registry.ts';
import { assertSane, bars, findAll, gaps, hasClass, label, marks, num, realRows, textOf } from '../helpers/charts.ts';

const rows23 = () => realRows<RegionRow>('picss-regions-2023');
const rows24 = () => realRows<RegionRow>('picss-regions-2024');
const data = () => ({ byYear: { '2023': rows23(), '2024': rows24() } });
const v = (rows: RegionRow[], region: string, metric: string) => rows.find((r) => r.region === region && r.metric === metric)!.value;

test('2023 (the default): two series of three bars; heights proportional to the values', () => {
  const { svg } = draw(data(), { width: 1000 });
  assert.equal(bars(svg, 'KP_incl_exFATA').length, 3);
  assert.equal(bars(svg, 'Balochistan').length, 3);
  assert.equal(bars(svg, 'KP_mainland').length, 0, '2024-only regions are not drawn in 2023');
  const kpA = bars(svg, 'KP_incl_exFATA')[0]!;
  const balA = bars(svg, 'Balochistan')[0]!;
  assert.ok(Math.abs(num(kpA, 'height') / num(balA, 'height') - v(rows23(), 'KP_incl_exFATA', 'attacks') / v(rows23(), 'Balochistan', 'attacks')) < 0.01);
  assert.ok(num(kpA, 'x') < num(balA, 'x'), 'KP left of Balochistan within a group');
  assert.ok(num(balA, 'x') < num(bars(svg, 'KP_incl_exFATA')[1]!, 'x'), 'groups in metric order');
  assert.match(label(kpA), /, 2023: /);
});

test('2024: Khyber Pakhtunkhwa in its two reported parts, never summed, beside Balochistan', () => {
  const { svg } = draw(data(), { width: 1000, state: { year: '2024' } });
  for (const r of ['KP_mainland', 'ex_FATA', 'Balochistan']) assert.equal(bars(svg, r).length, 3, r);
  assert.equal(bars(svg, 'KP_incl_exFATA').length, 0, 'no KP total in 2024');
  const [settled, merged, bal] = ['KP_mainland', 'ex_FATA', 'Balochistan'].map((r) => bars(svg, r)[0]!);
  assert.ok(num(settled!, 'x') < num(merged!, 'x') && num(merged!, 'x') < num(bal!, 'x'));
  assert.match(label(settled!), /, 2024: /);
  // Why the two parts are not added up: a note listed under the figure (and in image downloads).
  assert.ok(getChart('regions-2023').notes.some((n) => n.includes('not added up')));
});

test('both years share one value scale, so a switch compares like with like', () => {
  const a = draw(data(), { width: 800 });
  const b = draw(data(), { width: 800, state: { year: '2024' } });
  const per = (svg: Parameters<typeof bars>[0], region: string, rows: RegionRow[]) => num(bars(svg, region)[0]!, 'height') / v(rows, region, 'attacks');
  assert.ok(Math.abs(per(a.svg, 'Balochistan', rows23()) - per(b.svg, 'Balochistan', rows24())) < 0.01);
});

test('every bar carries its value as a label', () => {
  for (const [year, rows] of [
    ['2023', rows23()],
    ['2024', rows24()],
  ] as const) {
    const { svg } = draw(data(), { width: 1000, state: { year } });
    const values = findAll(svg, (n) => hasClass(n, 'tt-value-label'))
      .map(textOf)
      .sort();
    assert.deepEqual(values, rows.map((r) => r.value.toLocaleString('en-GB')).sort(), year);
  }
});

test('regions are named under the bars, not told apart by colour alone', () => {
  for (const width of [320, 1000]) {
    for (const [year, n] of [
      ['2023', 2],
      ['2024', 3],
    ] as const) {
      const { svg } = draw(data(), { width, state: { year } });
      const names = findAll(svg, (node) => hasClass(node, 'tt-region-label')).map(textOf);
      assert.equal(names.length, 3 * n);
      assert.equal(new Set(names).size, width === 320 ? new Set(names).size : n);
    }
  }
});

test('each year names what it cannot show, in the notes listed under the chart', () => {
  assert.match(missing, /Sindh/);
  assert.match(missing, /Punjab/);
  assert.match(missing, /merged districts/);
  assert.match(missingByYear['2024'], /not added up/);
  const listed = getChart('regions-2023').notes;
  assert.ok(listed.includes(missingByYear['2023']) && listed.includes(missingByYear['2024']));
});

test('highlight outlines one region and dims the other', () => {
  const { svg } = draw(data(), { width: 1000, state: { highlight: 'Balochistan' } });
  assert.ok(bars(svg, 'Balochistan').every((b) => hasClass(b, 'tt-highlight')));
  assert.ok(bars(svg, 'KP_incl_exFATA').every((b) => hasClass(b, 'tt-dim')));
});

test('a year with no rows falls back to 2023', () => {
  const { svg } = draw({ byYear: { '2023': rows23(), '2024': [] } }, { width: 700, state: { year: '2024' } });
  assert.equal(bars(svg, 'KP_incl_exFATA').length, 3);
});

test('hand-made fixture: a missing metric is a gap, not a zero bar', () => {
  const fixture: RegionRow[] = [
    { region: 'KP_incl_exFATA', metric: 'attacks', value: 100, source: 's' },
    { region: 'KP_incl_exFATA', metric: 'killed', value: 200, source: 's' },
    { region: 'Balochistan', metric: 'attacks', value: 50, source: 's' },
  ];
  const { svg } = draw({ byYear: { '2023': fixture, '2024': [] } }, { width: 700 });
  assert.equal(bars(svg).length, 3);
  assert.deepEqual(gaps(svg).map(label).sort(), [
    'Balochistan, 2023: people injured, no data',
    'Balochistan, 2023: people killed, no data',
    'Khyber Pakhtunkhwa (incl. merged districts), 2023: people injured, no data',
  ]);
  assert.equal(marks(svg).length, 6);
  const [a, k] = bars(svg, 'KP_incl_exFATA');
  assert.ok(Math.abs(num(k!, 'height') / num(a!, 'height') - 2) < 0.01);
});

for (const width of [320, 1000]) {
  for (const year of ['2023', '2024'] as const) {
    test(`width ${width}, ${year}: sane output, labels inside the frame`, () => {
      assertSane(draw(data(), { width, state: { year } }), width);
    });
  }
}

test('table: one row per year and region with the three metrics, each from its row', () => {
  const t = table(data());
  assert.deepEqual(t.columns, ['Year', 'Region', 'Attacks', 'Killed', 'Injured', 'Sources']);
  const expected = [
    ...['KP_incl_exFATA', 'Balochistan'].map((r) => [
      '2023',
      regions[r as keyof typeof regions].name,
      ...['attacks', 'killed', 'injured'].map((m) => v(rows23(), r, m)),
    ]),
    ...['KP_mainland', 'ex_FATA', 'Balochistan'].map((r) => [
      '2024',
      regions[r as keyof typeof regions].name,
      ...['attacks', 'killed', 'injured'].map((m) => v(rows24(), r, m)),
    ]),
  ];
  assert.deepEqual(
    t.rows.map((r) => r.slice(0, 5)),
    expected,
  );
  for (const r of t.rows) assert.ok(String(r[5]).length > 3, `sources of ${r[1]}`);
});

test('describe gives every value of both years and what is missing', () => {
  const d = describe(data());
  for (const r of [...rows23(), ...rows24()]) assert.ok(d.includes(r.value.toLocaleString('en-GB')), `${r.region} ${r.metric}`);
  assert.ok(d.includes(missingByYear['2023']) && d.includes(missingByYear['2024']));
});
