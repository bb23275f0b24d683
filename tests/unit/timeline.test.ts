import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categories, describe, draw, eventLabel, lanes as laneOrder, table, visibleEvents, yearPosition } from '../../src/charts/timeline.ts';
import { eventCategories } from '../../src/data/schemas.ts';
import type { EventRow } from '../../src/data/schemas.ts';
import { assertSane, attr, findAll, hasClass, label, marks, num, realRows, textExtents } from '../helpers/charts.ts';

const rows = () => realRows<EventRow>('events');
const data = () => ({ rows: rows() });
const inRange = () => rows().filter((e) => Number(e.date.slice(0, 4)) >= 2007 && Number(e.date.slice(0, 4)) <= 2025);

const ev = (id: string, date: string, category: EventRow['category'], title = `Event ${id}`): EventRow =>
  ({
    id,
    date,
    title,
    place: '',
    country: '',
    killed: null,
    toll_note: '',
    claimed_by: '',
    suspected: '',
    category,
    source: 's',
    quality: 'secondary',
  }) as EventRow;

test('lane order is the category list of the schema', () => {
  assert.deepEqual([...laneOrder], [...eventCategories]);
});

test('one lane per category and one marker per event', () => {
  const { svg } = draw(data(), { width: 1000 });
  const lanes = findAll(svg, (n) => hasClass(n, 'tt-lane')).map((n) => attr(n, 'data-category'));
  assert.deepEqual(lanes, [...eventCategories]);
  assert.equal(marks(svg).length, inRange().length);
  for (const c of eventCategories) assert.equal(marks(svg, c).length, inRange().filter((e) => e.category === c).length);
});

test('the Bajaur event is labelled "30 July 2023 — <title>"', () => {
  const { svg } = draw(data(), { width: 1000 });
  const m = marks(svg).find((n) => attr(n, 'data-id') === 'ev-2023-07-30-58')!;
  const row = rows().find((e) => e.id === 'ev-2023-07-30-58')!;
  assert.equal(label(m), `30 July 2023 — ${row.title}`);
  assert.equal(eventLabel(row), label(m));
});

test('shape per category: each lane uses its own shape', () => {
  const { svg } = draw(data(), { width: 1000 });
  const shapes = eventCategories.map((c) => String(attr(marks(svg, c)[0]!, 'd')));
  assert.equal(new Set(shapes).size, eventCategories.length);
  for (const c of eventCategories) for (const m of marks(svg, c)) assert.ok(hasClass(m, categories[c].className));
});

test('x follows time and markers in a lane never overlap', () => {
  const { svg } = draw(data(), { width: 1000 });
  const early = marks(svg).find((n) => attr(n, 'data-id') === 'ev-2007-12-1')!;
  const late = marks(svg).find((n) => attr(n, 'data-id') === 'ev-2023-07-30-58')!;
  assert.ok(num(early, 'data-x') < num(late, 'data-x'));
  for (const c of eventCategories) {
    const ms = marks(svg, c).map((n) => ({ x: num(n, 'data-x'), y: num(n, 'data-y') }));
    for (let i = 0; i < ms.length; i++)
      for (let j = i + 1; j < ms.length; j++) {
        const d = Math.hypot(ms[i]!.x - ms[j]!.x, ms[i]!.y - ms[j]!.y);
        assert.ok(d >= 9.9, `${c}: markers ${i} and ${j} overlap (${d.toFixed(1)})`);
      }
  }
});

test('partial dates are placed mid-period', () => {
  assert.equal(yearPosition('2021'), 2021.5);
  assert.ok(Math.abs(yearPosition('2021-08') - (2021 + (212 + 15.5) / 365)) < 0.002);
  assert.ok(yearPosition('2023-07-30') > yearPosition('2023-07') && yearPosition('2023-07-30') < yearPosition('2023-08'));
});

test('state filters categories and years', () => {
  const { svg } = draw(data(), { width: 1000, state: { categories: ['attack', 'group'], from: 2021, to: 2023 } });
  assert.deepEqual(
    findAll(svg, (n) => hasClass(n, 'tt-lane')).map((n) => attr(n, 'data-category')),
    ['attack', 'group'],
  );
  const expected = rows().filter((e) => ['attack', 'group'].includes(e.category) && e.date >= '2021' && e.date < '2024');
  assert.equal(marks(svg).length, expected.length);
  assert.equal(visibleEvents(rows(), { categories: ['attack', 'group'], from: 2021, to: 2023 }).length, expected.length);
  const years = textExtents(findAll(svg, (n) => hasClass(n, 'tt-axis-x'))[0]!).map((t) => t.text);
  assert.deepEqual(years, ['2021', '2022', '2023']);
});

test('narrow widths keep every event but label fewer years', () => {
  const phone = draw(data(), { width: 320 });
  const desk = draw(data(), { width: 1000 });
  assert.equal(marks(phone.svg).length, marks(desk.svg).length);
  const yearsOf = (svg: typeof phone.svg) => textExtents(findAll(svg, (n) => hasClass(n, 'tt-axis-x'))[0]!).map((t) => t.text);
  assert.ok(yearsOf(phone.svg).length < yearsOf(desk.svg).length);
  assert.equal(yearsOf(desk.svg).length, 19);
  assert.ok(yearsOf(phone.svg).includes('2025'));
});

for (const width of [320, 1000]) {
  test(`width ${width}: sane output, labels inside the frame`, () => {
    assertSane(draw(data(), { width }), width);
  });
}

test('hand-made fixture: coincident events stack, the lane grows', () => {
  const few = [ev('ev-a', '2023-07-30', 'attack')];
  const many = [1, 2, 3, 4, 5, 6].map((i) => ev(`ev-${i}`, '2023-07-30', 'attack'));
  const h1 = draw({ rows: few }, { width: 800, state: { categories: ['attack'] } }).height;
  const out = draw({ rows: many }, { width: 800, state: { categories: ['attack'] } });
  assert.ok(out.height > h1);
  const ys = marks(out.svg).map((n) => num(n, 'data-y'));
  assert.equal(new Set(ys).size, 6);
  assert.equal(new Set(marks(out.svg).map((n) => num(n, 'data-x'))).size, 1);
});

test('table: every event 2007–2025 in date order', () => {
  const t = table(data());
  assert.deepEqual(t.columns, ['Date', 'Category', 'Event', 'Place', 'Killed', 'Source']);
  for (const r of t.rows) assert.ok(typeof r[5] === 'string' && r[5].length > 3, `source of ${r[2]}`);
  assert.equal(t.rows.length, inRange().length);
  const dates = t.rows.map((r) => String(r[0]));
  assert.deepEqual(dates, [...dates].sort());
  const bajaur = t.rows.find((r) => r[0] === '2023-07-30' && r[1] === 'attack')!;
  assert.equal(bajaur[4], 63);
});

test('describe gives counts, the busiest year and the deadliest attacks', () => {
  const d = describe(data());
  assert.match(d, new RegExp(`${inRange().length} events from 2007 to 2025`));
  assert.match(d, /busiest year is 2023/);
  assert.match(d, /Deadliest attacks listed/);
});
