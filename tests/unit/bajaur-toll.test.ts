import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describe,
  draw,
  END,
  officialToll,
  placeReports,
  runningHigh,
  START,
  statuses,
  table,
  timeNote,
  visibleReports,
} from '../../src/charts/bajaur-toll.ts';
import type { TollRow } from '../../src/data/schemas.ts';
import { parsePartialDate } from '../../src/data/dates.ts';
import { assertSane, attr, findAll, hasClass, label, marks, num, realRows, textOf } from '../helpers/charts.ts';

const rows = () => realRows<TollRow>('bajaur-toll');
const data = () => ({ rows: rows() });
const pkt = (d: number, h: number, m = 0) => Date.UTC(2023, 6, d, h, m); // day of July (32 = 1 August)

const row = (id: string, reported_at: string, killed: number, status: TollRow['status']): TollRow => ({
  id,
  reported_at,
  killed,
  injured: null,
  reported_by: 'Test',
  status,
  note: '',
  source: 's',
});
const fixture: TollRow[] = [
  row('toll-01', '2023-07-30', 10, 'first'),
  row('toll-02', '2023-07-30T18:55', 12, 'report'),
  row('toll-03', '2023-07-31', 40, 'report'),
  row('toll-04', '2023-07-31', 80, 'outlier'),
  row('toll-05', '2023-08-01', 30, 'range'),
  row('toll-06', '2023-08-02T15:00', 63, 'official'),
  row('toll-07', '', 70, 'outlier'),
  row('toll-08', '2023-08', 64, 'outlier'),
  row('toll-09', '2023-08-05', 63, 'official'),
];

test('placement: exact times kept, day-only reports at midday (20:00 on 30 July), others in the column', () => {
  const p = new Map(placeReports(fixture).map((r) => [r.id, r.t]));
  assert.equal(p.get('toll-02'), pkt(30, 18, 55));
  assert.equal(p.get('toll-01'), pkt(30, 20), 'on the day of the attack, halfway between 16:00 and midnight');
  assert.equal(p.get('toll-03'), pkt(31, 12));
  assert.equal(p.get('toll-05'), pkt(32, 12));
  assert.equal(p.get('toll-06'), pkt(32 + 1, 15));
  assert.equal(p.get('toll-07'), null, 'undated');
  assert.equal(p.get('toll-08'), null, 'month only');
  assert.equal(p.get('toll-09'), null, 'after 3 August');
  assert.equal(START, pkt(30, 16));
  assert.equal(END, pkt(32 + 3, 0));
  assert.match(timeNote, /midday/);
  assert.match(timeNote, /20:00/);
});

test('keyboard order follows drawn time: the 18:55 report comes before the day-only ones of 30 July', () => {
  const { svg } = draw({ rows: fixture }, { width: 1000 });
  const order = marks(svg, 'reports').map((n) => [attr(n, 'data-i'), attr(n, 'data-id')]);
  assert.deepEqual(order.slice(0, 2), [
    [0, 'toll-02'],
    [1, 'toll-01'],
  ]);
  const xs = marks(svg, 'reports').map((n) => placeReports(fixture).find((r) => r.id === attr(n, 'data-id'))!.t!);
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! >= xs[i - 1]!);
});

test('the step line follows the highest non-outlier figure so far', () => {
  const steps = runningHigh(placeReports(fixture));
  assert.deepEqual(
    steps.map((s) => s.value),
    [12, 40, 63],
  );
  assert.equal(steps[0]!.t, pkt(30, 18, 55));
});

test('each report is drawn with the shape and class of its status', () => {
  const { svg } = draw({ rows: fixture }, { width: 1000 });
  const pts = findAll(svg, (n) => hasClass(n, 'tt-toll-point'));
  assert.equal(pts.length, fixture.length);
  for (const p of pts) {
    const status = String(attr(p, 'data-status')) as TollRow['status'];
    assert.ok(hasClass(p, `tt-toll-${status}`));
    assert.ok(hasClass(p, statuses[status].className));
  }
  const d = (id: string) => String(attr(pts.find((p) => attr(p, 'data-id') === id)!, 'd'));
  assert.notEqual(d('toll-01'), d('toll-02'), 'first and report differ in shape');
  assert.notEqual(d('toll-06'), d('toll-02'), 'official and report differ in shape');
  assert.notEqual(d('toll-05'), d('toll-02'), 'range and report differ in shape');
  assert.match(String(attr(pts.find((p) => attr(p, 'data-id') === 'toll-04')!, 'transform')), /rotate\(45\)/, 'outliers are an ×');
});

test('y follows killed; x follows time', () => {
  const { svg } = draw({ rows: fixture }, { width: 1000 });
  const main = marks(svg, 'reports');
  const y = (id: string) => num(main.find((p) => attr(p, 'data-id') === id)!, 'data-y');
  const x = (id: string) => num(main.find((p) => attr(p, 'data-id') === id)!, 'data-x');
  assert.ok(y('toll-06') < y('toll-03') && y('toll-03') < y('toll-01'));
  const ref = findAll(svg, (n) => hasClass(n, 'tt-reference'))[0]!;
  assert.ok(Math.abs(num(ref, 'y1') - y('toll-06')) < 0.5, 'reference line at the official figure');
  assert.ok(x('toll-02') < x('toll-01') && x('toll-01') < x('toll-03') && x('toll-03') < x('toll-05') && x('toll-05') < x('toll-06'));
});

test('`through` hides later reports; `all` adds the undated column', () => {
  const ids = (through?: '2023-07-30' | '2023-07-31' | '2023-08-02' | 'all') =>
    findAll(draw({ rows: fixture }, { width: 1000, state: { through } }).svg, (n) => hasClass(n, 'tt-toll-point'))
      .map((n) => attr(n, 'data-id'))
      .sort();
  assert.deepEqual(ids('2023-07-30'), ['toll-01', 'toll-02']);
  assert.deepEqual(ids('2023-07-31'), ['toll-01', 'toll-02', 'toll-03', 'toll-04']);
  assert.deepEqual(ids('2023-08-02'), ['toll-01', 'toll-02', 'toll-03', 'toll-04', 'toll-05', 'toll-06']);
  assert.deepEqual(
    ids('all'),
    fixture.map((r) => r.id),
  );
  assert.deepEqual(ids(), ids('all'));
  const col = marks(draw({ rows: fixture }, { width: 1000 }).svg, 'undated');
  assert.deepEqual(col.map((n) => attr(n, 'data-id')).sort(), ['toll-07', 'toll-08', 'toll-09']);
  const early = draw({ rows: fixture }, { width: 1000, state: { through: '2023-07-30' } }).svg;
  const stepD = String(findAll(early, (n) => hasClass(n, 'tt-toll-step'))[0]!.attrs!.d);
  assert.ok(!stepD.includes('NaN'));
});

test('highlight outlines the chosen reports and dims the rest', () => {
  for (const [hl, status] of [
    ['first', 'first'],
    ['official', 'official'],
    ['outliers', 'outlier'],
  ] as const) {
    const pts = findAll(draw({ rows: fixture }, { width: 1000, state: { highlight: hl } }).svg, (n) => hasClass(n, 'tt-toll-point'));
    for (const p of pts) assert.ok(hasClass(p, attr(p, 'data-status') === status ? 'tt-highlight' : 'tt-dim'), `${hl}: ${attr(p, 'data-id')}`);
  }
});

// The figures themselves (official toll, first reports) are data facts: tests/unit/data-facts.test.ts.
test('real data: the official toll is drawn as the reference line, and every report as a point', () => {
  const official = officialToll(rows());
  assert.ok(official !== null && official > 0);
  const { svg } = draw(data(), { width: 1000 });
  assert.match(
    findAll(svg, (n) => hasClass(n, 'tt-reference-group'))
      .map(textOf)
      .join(' '),
    new RegExp(`\\b${official}\\b`),
  );
  const all = findAll(svg, (n) => hasClass(n, 'tt-toll-point'));
  assert.equal(all.length, rows().length, 'every report is drawn with through=all');
  const r04 = rows().find((r) => r.id === 'toll-04')!;
  const toll04 = all.find((p) => attr(p, 'data-id') === 'toll-04')!;
  assert.ok(label(toll04).startsWith(`30 July 2023, 18:55 PKT: ${r04.killed} killed, ${r04.injured} injured. Reported by `), label(toll04));
});

test('real data: reports up to 30 July stay below 60; the step line never follows an outlier', () => {
  const day1 = visibleReports(rows(), '2023-07-30');
  assert.ok(day1.length > 5);
  assert.ok(day1.every((r) => r.t !== null && r.t < pkt(31, 0)));
  const steps = runningHigh(visibleReports(rows(), 'all'));
  const outlierValues = new Set(
    rows()
      .filter((r) => r.status === 'outlier')
      .map((r) => r.killed),
  );
  assert.ok(steps.every((s, i) => i === 0 || s.value > steps[i - 1]!.value));
  assert.equal(steps.at(-1)!.value, officialToll(rows()));
  assert.ok(!steps.some((s) => outlierValues.has(s.value) && !rows().some((r) => r.status !== 'outlier' && r.killed === s.value)));
});

for (const width of [320, 1000]) {
  for (const through of ['2023-07-30', '2023-07-31', '2023-08-02', 'all'] as const) {
    test(`width ${width}, through ${through}: sane output, labels inside the frame`, () => {
      assertSane(draw(data(), { width, state: { through } }), width);
    });
  }
}

test('table: every report once, in time order, undated last', () => {
  const t = table(data());
  assert.equal(t.rows.length, rows().length);
  assert.deepEqual(t.columns, ['Report', 'Reported at', 'Killed', 'Injured', 'Reported by', 'Status', 'Note', 'Source']);
  assert.equal(new Set(t.rows.map((r) => r[0])).size, rows().length);
  const placed = new Map(placeReports(rows()).map((r) => [r.id, r.t]));
  const times = t.rows.map((r) => placed.get(String(r[0])) ?? null);
  const firstColumn = times.indexOf(null);
  assert.ok(firstColumn > 0);
  assert.ok(
    times.slice(firstColumn).every((x) => x === null),
    'column reports (undated, month-only, later) come last',
  );
  for (let i = 1; i < firstColumn; i++) assert.ok(times[i]! >= times[i - 1]!, 'drawn reports in time order');
  assert.ok(String(t.rows[0]![1]).startsWith('2023-07-30'), 'reports of the day of the attack lead');
  assert.equal(t.rows.at(-1)![1], null, 'undated rows last');
  for (const r of t.rows.slice(0, firstColumn)) assert.ok(parsePartialDate(String(r[1])), 'drawn rows have a date');
});

test('describe tells the toll day by day, the official figure and the outliers', () => {
  const d = describe(data());
  const first = Math.min(
    ...rows()
      .filter((r) => r.status === 'first')
      .map((r) => r.killed),
  );
  assert.match(d, new RegExp(`30 July 2023: \\d+ reports, from ${first} to \\d+ killed`));
  assert.ok(d.includes(`final official toll was ${officialToll(rows())}`), d);
  assert.match(d, /Outliers/);
  for (const o of rows().filter((r) => r.status === 'outlier')) assert.ok(d.includes(String(o.killed)), `outlier ${o.id} in: ${d}`);
});
