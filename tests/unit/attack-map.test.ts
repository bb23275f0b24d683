import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { draw, table, mappedAttacks, years, yearOptions, YEARS, title } from '../../src/charts/attack-map.ts';
import { mapGeometry } from '../../src/data/map-geometry.ts';
import type { EventRow, PlaceRow } from '../../src/data/schemas.ts';
import { assertSane, marks, num, overlappingLabels, realRows, label, hasClass } from '../helpers/charts.ts';

const data = () => ({ events: realRows<EventRow>('events'), places: realRows<PlaceRow>('places'), sourceNames: {}, geo: mapGeometry() });
const rawEvents = csvParse(readFileSync('content/data/events.csv', 'utf8'));
const expected = rawEvents.filter((e) => e.category === 'attack' && e.place_id && e.map_group);

test('every mappable attack of events.csv is one mark', () => {
  const { svg } = draw(data(), { width: 768 });
  assert.equal(marks(svg).length, expected.length);
  assert.deepEqual(
    marks(svg)
      .map((m) => String(m.attrs?.['data-event']))
      .sort(),
    expected.map((e) => e.id!).sort(),
  );
});

test('area is proportional to people killed (square-root radius)', () => {
  const { svg } = draw(data(), { width: 768 });
  const by = new Map(marks(svg).map((m) => [String(m.attrs?.['data-event']), m]));
  const area = (id: string) => {
    const d = String(by.get(id)!.attrs!.d);
    return d.length;
  };
  assert.ok(area('ev-2018-07-13-15') > 0);
  const kills = expected
    .filter((e) => e.killed)
    .map((e) => ({ id: e.id!, k: Number(e.killed) }))
    .sort((a, b) => b.k - a.k);
  assert.ok(kills.length > 5);
  // The largest and a small one: compare the symbol sizes through the path's bounding numbers.
  const size = (id: string) =>
    Math.max(
      ...String(by.get(id)!.attrs!.d)
        .match(/-?\d+(\.\d+)?/g)!
        .map((n) => Math.abs(Number(n))),
    );
  const big = kills[0]!;
  const small = kills.at(-1)!;
  const ratio = size(big.id) / size(small.id);
  const expectedRatio = Math.sqrt(big.k / small.k);
  assert.ok(ratio > expectedRatio * 0.5 && ratio < expectedRatio * 1.5 + 1, `radius ratio ${ratio} ~ sqrt ${expectedRatio}`);
});

test('tooltip label has date, place, toll and source', () => {
  const { svg } = draw({ ...data(), sourceNames: { 'thenationalnew-66f9b': 'The National' } }, { width: 768 });
  const khar = marks(svg).find((m) => m.attrs?.['data-event'] === 'ev-2023-07-30-58')!;
  assert.match(label(khar), /^30 July 2023, Shandai Mor, Khar, Bajaur \(Pakistan\): 63 killed\. Claimed: ISKP.*Source: The National\.$/);
});

test('year state keeps only that year’s attacks; group state dims the others', () => {
  for (const y of years(data())) {
    const { svg } = draw(data(), { width: 500, state: { year: `${y}` } });
    assert.equal(marks(svg).length, expected.filter((e) => e.date!.startsWith(String(y))).length, String(y));
  }
  const { svg } = draw(data(), { width: 500, state: { group: 'ISKP' } });
  assert.ok(marks(svg, 'TTP').every((m) => hasClass(m, 'tt-dim')));
  assert.ok(marks(svg, 'ISKP').every((m) => !hasClass(m, 'tt-dim')));
});

test('the year choice offers exactly the years that have a mapped attack, within the title’s span', () => {
  assert.deepEqual(
    yearOptions.map((o) => o.value),
    ['all', ...years(data()).map((y) => `${y}`)],
  );
  for (const y of years(data())) assert.ok(y >= YEARS.min && y <= YEARS.max, `${y} within ${YEARS.min}–${YEARS.max}`);
  assert.match(title, new RegExp(`${YEARS.min}–${YEARS.max}`));
});

for (const width of [320, 768, 1280]) {
  test(`width ${width}: sane, labels never overlap, marks inside`, () => {
    const out = draw(data(), { width });
    assertSane(out, width);
    assert.deepEqual(overlappingLabels(out.svg), []);
    for (const m of marks(out.svg)) assert.ok(num(m, 'data-x') > 0 && num(m, 'data-x') < width);
  });
}

test('table rows equal the mapped attacks, each with its source', () => {
  const t = table(data());
  assert.equal(t.rows.length, mappedAttacks(data()).length);
  assert.equal(t.rows.length, expected.length);
  for (const r of t.rows) assert.ok(String(r.at(-1)).length > 3);
});
