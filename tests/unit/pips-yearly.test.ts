import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, draw, peak, table } from '../../src/charts/pips-yearly.ts';
import type { YearlyRow } from '../../src/data/schemas.ts';
import { assertSane, bars, findAll, gaps, hasClass, label, marks, num, realRows, textOf } from '../helpers/charts.ts';

const rows = () => realRows<YearlyRow>('pips-yearly');
const data = () => ({ rows: rows() });
const barFor = (svg: ReturnType<typeof draw>['svg'], year: number) => bars(svg).find((b) => label(b).startsWith(`${year}:`));

test('21 years 2005–2025; 2012 and 2016 are gaps, never bars', () => {
  const { svg } = draw(data(), { width: 1000 });
  assert.equal(marks(svg, 'attacks').length, 21);
  assert.deepEqual(
    gaps(svg).map((g) => label(g).slice(0, 4)),
    ['2012', '2016'],
  );
  for (const g of gaps(svg)) assert.match(label(g), /no data$/);
  assert.equal(barFor(svg, 2012), undefined);
  assert.equal(barFor(svg, 2016), undefined);
  assert.equal(bars(svg).length, 19);
});

test('the 2009 peak is the tallest bar and is marked', () => {
  const p = peak(data())!;
  assert.equal(p.key, 2009);
  assert.equal(p.value, rows().find((r) => r.year === 2009 && r.metric === 'attacks')!.value);
  const { svg } = draw(data(), { width: 1000 });
  const tallest = bars(svg).reduce((a, b) => (num(b, 'height') > num(a, 'height') ? b : a));
  assert.ok(label(tallest).startsWith('2009: 2,586 terrorist attacks (PIPS)'));
  assert.ok(hasClass(tallest, 'tt-peak'));
  const mark = findAll(svg, (n) => hasClass(n, 'tt-peak-mark'));
  assert.equal(mark.length, 1);
  assert.equal(mark[0]!.attrs!['data-year'], 2009);
  assert.match(textOf(mark[0]!), /Peak/);
});

test('bar heights are proportional to the values', () => {
  const { svg } = draw(data(), { width: 1000 });
  const ratio = num(barFor(svg, 2009)!, 'height') / num(barFor(svg, 2020)!, 'height');
  assert.ok(Math.abs(ratio - 2586 / 146) < 0.02, `ratio ${ratio}`);
});

test('2007 notes the other PIPS total', () => {
  const { svg } = draw(data(), { width: 1000 });
  assert.match(label(barFor(svg, 2007)!), /1,503/);
});

test('highlight outlines the range', () => {
  const { svg } = draw(data(), { width: 1000, state: { highlight: ['2007', '2009'] } });
  assert.deepEqual(
    bars(svg)
      .filter((b) => hasClass(b, 'tt-highlight'))
      .map((b) => label(b).slice(0, 4)),
    ['2007', '2008', '2009'],
  );
  assert.equal(bars(svg).filter((b) => hasClass(b, 'tt-dim')).length, 16);
});

for (const width of [320, 1000]) {
  test(`width ${width}: sane output, labels inside the frame, the peak value labelled`, () => {
    const out = draw(data(), { width });
    assertSane(out, width);
    const values = findAll(out.svg, (n) => hasClass(n, 'tt-value-label')).map(textOf);
    assert.ok(values.includes('2,586'));
    assert.ok(values.includes('699'), 'the latest value is labelled');
    const notes = findAll(out.svg, (n) => hasClass(n, 'tt-footnote'))
      .map(textOf)
      .join(' ');
    assert.match(notes, /2012 and 2016/);
  });
}

test('hand-made fixture: peak and gap follow the data', () => {
  const fixture: YearlyRow[] = [2005, 2006, 2008].map((year) => ({
    year,
    metric: 'attacks' as const,
    value: year === 2006 ? 900 : 100,
    source: 's',
    other_values: '',
    note: '',
  }));
  assert.equal(peak({ rows: fixture })!.key, 2006);
  const { svg } = draw({ rows: fixture }, { width: 500 });
  assert.equal(gaps(svg).length, 21 - 3);
  assert.equal(findAll(svg, (n) => hasClass(n, 'tt-peak-mark'))[0]!.attrs!['data-year'], 2006);
});

test('table: one row per year, nulls for the gaps', () => {
  const t = table(data());
  assert.equal(t.rows.length, 21);
  assert.deepEqual(
    t.rows.find((r) => r[0] === 2012),
    [2012, null, null, null],
  );
  assert.ok(
    t.rows.filter((r) => r[1] !== null).every((r) => typeof r[3] === 'string'),
    'every figure has its source',
  );
  assert.deepEqual(t.rows.find((r) => r[0] === 2009)!.slice(0, 2), [2009, 2586]);
  assert.equal(t.rows.find((r) => r[0] === 2007)![2], '1503');
});

test('describe gives the peak, range and gaps', () => {
  const d = describe(data());
  assert.match(d, /peaked in 2009 at 2,586/);
  assert.match(d, /2012 and 2016 are shown as gaps/);
  assert.match(d, /lowest 146 in 2020/);
});
