import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotations, describe, draw, monthSeries, table } from '../../src/charts/picss-monthly.ts';
import type { MonthlyRow } from '../../src/data/schemas.ts';
import { getChart } from '../../src/charts/registry.ts';
import { assertAnnotationsMatchEvents, assertSane, findAll, gaps, hasClass, label, marks, num, realRows } from '../helpers/charts.ts';

const rows = () => realRows<MonthlyRow>('picss-monthly');
const data = () => ({ rows: rows() });
const points = (svg: ReturnType<typeof draw>['svg'], series: string) => marks(svg, series).filter((n) => n.tag === 'circle');
const lastWith = (metric: string) =>
  rows()
    .filter((r) => r.metric === metric)
    .map((r) => r.month)
    .sort()
    .at(-1)!;

test('attacks: a marker per month with data from Dec 2021 to the last month with data, gaps for the rest', () => {
  const { svg } = draw(data(), { width: 1000 });
  const all = marks(svg, 'attacks');
  const series = monthSeries(data(), 'attacks');
  assert.equal(series[0]!.key, '2021-12');
  assert.equal(series.at(-1)!.key, lastWith('attacks'));
  assert.equal(all.length, series.length);
  const present = rows().filter((r) => r.metric === 'attacks' && r.month >= '2021-12').length;
  assert.equal(points(svg, 'attacks').length, present);
  const gapMonths = gaps(svg, 'attacks').map((g) => label(g));
  assert.deepEqual(gapMonths, [
    'August 2022: militant attacks, no data',
    'June 2023: militant attacks, no data',
    'December 2023: militant attacks, no data',
    'September 2024: militant attacks, no data',
    'December 2024: militant attacks, no data',
  ]);
});

test('gaps break the line: one path segment per run of consecutive months', () => {
  const { svg } = draw(data(), { width: 1000 });
  const path = findAll(svg, (n) => n.tag === 'path' && hasClass(n, 'tt-line'))[0]!;
  const moves = String(path.attrs!.d).match(/M/g)!.length;
  const series = monthSeries(data(), 'attacks');
  let runs = 0;
  series.forEach((p, i) => {
    if (p.value !== null && (i === 0 || series[i - 1]!.value === null)) runs++;
  });
  assert.equal(moves, runs);
  assert.equal(runs, 6);
});

test('the highest point is the month with most attacks; y is proportional', () => {
  const { svg } = draw(data(), { width: 1000 });
  const pts = points(svg, 'attacks');
  const top = pts.reduce((a, b) => (num(b, 'cy') < num(a, 'cy') ? b : a));
  const maxRow = rows()
    .filter((r) => r.metric === 'attacks')
    .reduce((a, b) => (b.value > a.value ? b : a));
  assert.equal(maxRow.month, '2025-08');
  assert.match(label(top), /^August 2025: 143 militant attacks \(PICSS\)/);
  const byLabel = (s: string) => pts.find((p) => label(p).startsWith(s))!;
  const base = findAll(svg, (n) => hasClass(n, 'tt-gap'))[0]!;
  const baseline = num(base, 'y') + num(base, 'height');
  const r = (baseline - num(byLabel('August 2023'), 'cy')) / (baseline - num(byLabel('February 2022'), 'cy'));
  assert.ok(Math.abs(r - 99 / 13) < 0.02, `ratio ${r}`);
});

test('killed: ends at the last month with a deaths figure; September 2022 is a gap', () => {
  const { svg } = draw(data(), { width: 1000, state: { metric: 'killed' } });
  const series = monthSeries(data(), 'killed');
  assert.equal(series.at(-1)!.key, lastWith('killed'));
  assert.equal(marks(svg, 'killed').length, series.length);
  assert.ok(gaps(svg, 'killed').some((g) => label(g).startsWith('September 2022')));
  const feb23 = points(svg, 'killed').find((p) => label(p).startsWith('February 2023'))!;
  assert.match(label(feb23), /59 people killed \(PICSS\); also reported: 62/);
  // Who the deaths include: a note listed under the figure, not drawn in it as well.
  assert.ok(getChart('picss-monthly').notes.some((n) => /militants killed in their own attacks/.test(n)));
});

test('annotations match events, in order, and `annotations: n` shows the first n', () => {
  assertAnnotationsMatchEvents(annotations);
  assert.deepEqual(
    annotations.map((a) => a.at),
    ['2022-11', '2023-01', '2023-07', '2024-02'],
  );
  for (const n of [0, 1, 2, 3, 4]) {
    const shown = findAll(draw(data(), { width: 1000, state: { annotations: n } }).svg, (q) => hasClass(q, 'tt-annotation'));
    assert.deepEqual(
      shown.map((g) => g.attrs!['data-event']),
      annotations.slice(0, n).map((a) => a.eventId),
    );
  }
});

test('each annotation rule stands on its month', () => {
  const { svg } = draw(data(), { width: 1000 });
  const pts = points(svg, 'attacks');
  for (const g of findAll(svg, (q) => hasClass(q, 'tt-annotation'))) {
    const x = num(findAll(g, (n) => n.tag === 'line')[0]!, 'x1');
    const at = String(g.attrs!['data-at']);
    const month = new Date(`${at}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const p = pts.find((q) => label(q).startsWith(month))!;
    assert.ok(Math.abs(num(p, 'cx') - x) < 0.5, `${at} at ${x}`);
  }
});

test('highlight shades the months in range and outlines their markers', () => {
  const { svg } = draw(data(), { width: 1000, state: { highlight: ['2022-11', '2023-01'] } });
  const hl = points(svg, 'attacks')
    .filter((p) => hasClass(p, 'tt-highlight'))
    .map((p) => label(p).split(':')[0]);
  assert.deepEqual(hl, ['November 2022', 'December 2022', 'January 2023']);
  assert.equal(findAll(svg, (n) => hasClass(n, 'tt-highlight-band')).length, 1);
  assert.equal(findAll(draw(data(), { width: 1000 }).svg, (n) => hasClass(n, 'tt-highlight-band')).length, 0);
});

for (const width of [320, 1000]) {
  for (const metric of ['attacks', 'killed'] as const) {
    test(`width ${width}, ${metric}: sane output, labels inside the frame`, () => {
      assertSane(draw(data(), { width, state: { metric } }), width);
    });
  }
}

test('hand-made fixture: a missing month is a gap and splits the line', () => {
  const fixture: MonthlyRow[] = ['2021-12', '2022-01', '2022-03', '2022-04'].map((month, i) => ({
    month,
    metric: 'attacks' as const,
    value: 10 * (i + 1),
    source: 's',
    other_values: '',
    note: '',
  }));
  const { svg } = draw({ rows: fixture }, { width: 600 });
  assert.equal(points(svg, 'attacks').length, 4);
  assert.deepEqual(gaps(svg).map(label), ['February 2022: militant attacks, no data']);
  const d = String(findAll(svg, (n) => hasClass(n, 'tt-line'))[0]!.attrs!.d);
  assert.equal(d.match(/M/g)!.length, 2);
  assert.equal(findAll(svg, (q) => hasClass(q, 'tt-annotation')).length, 0, 'annotations outside the range are not drawn');
});

test('table: every month from Dec 2021 to the last figure, null for gaps', () => {
  const t = table(data());
  assert.deepEqual(t.columns, ['Month', 'Militant attacks', 'Killed in militant attacks', 'Other reported figures', 'Sources']);
  assert.equal(t.rows[0]![0], '2021-12');
  assert.equal(t.rows.at(-1)![0], lastWith('attacks'));
  assert.deepEqual(t.rows.find((r) => r[0] === '2022-08')!.slice(0, 3), ['2022-08', null, null]);
  assert.deepEqual(t.rows.find((r) => r[0] === '2023-01')!.slice(0, 3), ['2023-01', 44, 134]);
  assert.deepEqual(t.rows.find((r) => r[0] === '2025-10')!.slice(0, 3), ['2025-10', 89, null]);
  const months = t.rows.map((r) => r[0]);
  assert.equal(new Set(months).size, months.length);
  // Every figure names its source row; a month with no figure names none.
  for (const r of t.rows) assert.equal(r[4] === null, r[1] === null && r[2] === null, String(r[0]));
});

test('describe covers both metrics, gaps and the marked months', () => {
  const d = describe(data());
  assert.match(d, /highest was 143 in August 2025/);
  assert.match(d, /January 2023 \([^)]*\): 44 attacks, 134 killed/);
  assert.match(d, /No figure for .*August 2022/);
});
