import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotations, describe, draw, table, disputed } from '../../src/charts/picss-yearly.ts';
import type { YearlyRow } from '../../src/data/schemas.ts';
import { formatNumber } from '../../src/charts/frame.ts';
import { assertAnnotationsMatchEvents, assertSane, bars, findAll, gaps, hasClass, label, marks, num, realRows, textOf } from '../helpers/charts.ts';

const rows = () => realRows<YearlyRow>('picss-yearly');
const data = () => ({ rows: rows() });
const value = (year: number, metric: YearlyRow['metric']) => rows().find((r) => r.year === year && r.metric === metric)?.value ?? null;
const barFor = (svg: ReturnType<typeof draw>['svg'], year: number) => bars(svg).find((b) => label(b).startsWith(`${year}:`));

test('attacks view: one mark per year 2015–2025, the tallest bar is the year with most attacks', () => {
  const { svg } = draw(data(), { width: 1000 });
  const bs = bars(svg, 'attacks');
  assert.equal(marks(svg, 'attacks').length, 11);
  assert.equal(bs.length, 11, 'no gaps in attacks');
  const tallest = bs.reduce((a, b) => (num(b, 'height') > num(a, 'height') ? b : a));
  const maxRow = rows()
    .filter((r) => r.metric === 'attacks' && r.year >= 2015)
    .reduce((a, b) => (b.value > a.value ? b : a));
  // The figures themselves are data facts (tests/unit/data-facts.test.ts); here, that the chart
  // draws and labels whatever the data says.
  assert.ok(label(tallest).startsWith(`${maxRow.year}: ${formatNumber(maxRow.value)} militant attacks (PICSS)`), `tallest is ${label(tallest)}`);
});

test('bar heights are proportional to the values', () => {
  const { svg } = draw(data(), { width: 1000 });
  const h23 = num(barFor(svg, 2023)!, 'height');
  const h19 = num(barFor(svg, 2019)!, 'height');
  assert.ok(Math.abs(h23 / h19 - value(2023, 'attacks')! / value(2019, 'attacks')!) < 0.01);
  const b15 = barFor(svg, 2015)!;
  const b16 = barFor(svg, 2016)!;
  assert.ok(num(b15, 'x') < num(b16, 'x'), 'years run left to right');
  assert.equal(num(b15, 'y') + num(b15, 'height'), num(b16, 'y') + num(b16, 'height'), 'common baseline');
});

test('deaths view ends where the data ends: 2025 is a "no data" gap, not a bar', () => {
  assert.equal(value(2025, 'killed'), null);
  const { svg } = draw(data(), { width: 1000, state: { view: 'killed' } });
  const g = gaps(svg, 'killed');
  assert.equal(g.length, 1);
  assert.match(label(g[0]!), /^2025: .*no data$/);
  assert.equal(barFor(svg, 2025), undefined);
  assert.equal(bars(svg, 'killed').length, 10);
  assert.ok(findAll(svg, (n) => hasClass(n, 'tt-gap-label')).some((n) => textOf(n) === 'no data'));
  assert.match(textOf(svg), /attackers included/);
});

test('suicide-attacks view keeps the 2024 gap and flags the disputed 2019 value', () => {
  const { svg } = draw(data(), { width: 1000, state: { view: 'suicide_attacks' } });
  const g = gaps(svg, 'suicide_attacks');
  assert.deepEqual(
    g.map((n) => label(n).slice(0, 4)),
    ['2024'],
  );
  const b19 = barFor(svg, 2019)!;
  assert.ok(hasClass(b19, 'tt-disputed'));
  const row = rows().find((r) => r.year === 2019 && r.metric === 'suicide_attacks')!;
  assert.equal(label(b19), `2019: ${row.value} suicide attacks (PICSS); an earlier PICSS release gave ${row.other_values}`);
  const flag = findAll(svg, (n) => hasClass(n, 'tt-flag-group'));
  assert.equal(flag.length, 1);
  assert.equal(textOf(flag[0]!).trim(), disputed[0]!.symbol);
  const notes = findAll(svg, (n) => hasClass(n, 'tt-footnote'))
    .map(textOf)
    .join(' ');
  assert.ok(notes.includes(`${disputed[0]!.symbol} 2019: ${row.value}`) && notes.includes(`gave ${row.other_values}`), notes);
  // The flag sits above the 2019 bar.
  const cx = num(findAll(flag[0]!, (n) => n.tag === 'circle')[0]!, 'cx');
  assert.ok(Math.abs(cx - (num(b19, 'x') + num(b19, 'width') / 2)) < 0.5);
});

test('annotations match event rows and `annotations: n` shows the first n', () => {
  assertAnnotationsMatchEvents(annotations);
  assert.deepEqual(
    annotations.map((a) => a.at),
    ['2021-08', '2022-11'],
  );
  const count = (n?: number) => findAll(draw(data(), { width: 1000, state: { annotations: n } }).svg, (q) => hasClass(q, 'tt-annotation'));
  assert.equal(count().length, 2);
  assert.equal(count(0).length, 0);
  const one = count(1);
  assert.equal(one.length, 1);
  assert.equal(one[0]!.attrs!['data-event'], annotations[0]!.eventId);
});

test('the Kabul annotation sits inside the 2021 band, after mid-year', () => {
  const { svg } = draw(data(), { width: 1000 });
  const a = findAll(svg, (n) => hasClass(n, 'tt-annotation'))[0]!;
  const x = num(findAll(a, (n) => n.tag === 'line')[0]!, 'x1');
  const b21 = barFor(svg, 2021)!;
  const b22 = barFor(svg, 2022)!;
  assert.ok(x > num(b21, 'x') + num(b21, 'width') / 2 && x < num(b22, 'x'), `x ${x}`);
});

test('highlight outlines the years in range and dims the others', () => {
  const { svg } = draw(data(), { width: 1000, state: { highlight: ['2021', '2022'] } });
  const hl = bars(svg)
    .filter((b) => hasClass(b, 'tt-highlight'))
    .map((b) => label(b).slice(0, 4));
  assert.deepEqual(hl, ['2021', '2022']);
  assert.equal(bars(svg).filter((b) => hasClass(b, 'tt-dim')).length, 9);
  assert.equal(bars(draw(data(), { width: 1000 }).svg).filter((b) => hasClass(b, 'tt-dim')).length, 0);
});

for (const width of [320, 1000]) {
  for (const view of ['attacks', 'killed', 'suicide_attacks'] as const) {
    test(`width ${width}, ${view}: sane output, labels inside the frame`, () => {
      const out = draw(data(), { width, state: { view } });
      const text = assertSane(out, width);
      assert.ok(text.includes('aria-labelledby="picss-yearly-title picss-yearly-desc"'));
    });
  }
}

test('phones get a taller chart relative to width and numbered annotations', () => {
  const phone = draw(data(), { width: 320 });
  const desk = draw(data(), { width: 1000 });
  assert.ok(phone.height / 320 > desk.height / 1000);
  assert.equal(findAll(phone.svg, (n) => hasClass(n, 'tt-annotation-number')).length, 4);
});

test('idPrefix sets the ids', () => {
  const { svg } = draw(data(), { width: 600, idPrefix: 'fig3' });
  assert.equal(svg.attrs!['aria-labelledby'], 'fig3-title fig3-desc');
  assert.ok(findAll(svg, (n) => n.tag === 'pattern' && n.attrs!.id === 'fig3-hatch').length === 1);
});

test('hand-made fixture: a missing year is a gap, values scale', () => {
  const fixture: YearlyRow[] = [2015, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({
    year,
    metric: 'attacks',
    value: (i + 1) * 10,
    source: 's',
    other_values: '',
    note: '',
  }));
  const { svg } = draw({ rows: fixture }, { width: 700 });
  assert.deepEqual(
    gaps(svg).map((g) => label(g).slice(0, 4)),
    ['2018'],
  );
  assert.equal(bars(svg).length, 10);
  assert.equal(barFor(svg, 2018), undefined);
  const h1 = num(barFor(svg, 2015)!, 'height');
  const h10 = num(barFor(svg, 2025)!, 'height');
  assert.ok(Math.abs(h10 / h1 - 10) < 0.01);
  assert.match(textOf(findAll(svg, (n) => n.tag === 'desc')[0]!), /100 militant attacks in Pakistan in 2025/);
});

test('table gives exactly one row per year 2015–2025 with nulls for gaps', () => {
  const t = table(data());
  assert.deepEqual(t.columns, ['Year', 'Militant attacks', 'Killed in militant attacks', 'Suicide attacks', 'Other reported figures', 'Sources']);
  assert.deepEqual(
    t.rows.map((r) => r[0]),
    [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
  );
  const r25 = t.rows.at(-1)!;
  assert.deepEqual(r25.slice(0, 4), [2025, value(2025, 'attacks'), value(2025, 'killed'), value(2025, 'suicide_attacks')]);
  const r24 = t.rows.find((r) => r[0] === 2024)!;
  assert.equal(r24[3], null);
  const r19 = t.rows.find((r) => r[0] === 2019)!;
  assert.equal(r19[3], value(2019, 'suicide_attacks'));
  assert.match(String(r19[4]), new RegExp(rows().find((r) => r.year === 2019 && r.metric === 'suicide_attacks')!.other_values!));
  for (const r of t.rows) assert.equal(r.length, t.columns.length);
  for (const r of t.rows) assert.match(String(r[5]), /^[a-z0-9-]+( [a-z0-9-]+)*$/, `sources of ${r[0]}`);
  assert.ok(t.caption.length > 20);
});

test('describe tells the trend, extremes and gaps in words', () => {
  const d = describe(data());
  const attacks = rows().filter((r) => r.metric === 'attacks' && r.year >= 2015);
  const max = attacks.reduce((a, b) => (b.value > a.value ? b : a));
  const min = attacks.reduce((a, b) => (b.value < a.value ? b : a));
  assert.ok(d.includes(`${formatNumber(max.value)} in ${max.year}`), d);
  assert.ok(d.includes(`lowest ${formatNumber(min.value)} in ${min.year}`), d);
  assert.match(d, /No figure for 2025/);
  assert.match(d, /No figure for 2024/);
  assert.match(d, /10/);
});
