import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draw, table, describe, viewOrder, views, kharPeshawarKm } from '../../src/charts/locator-map.ts';
import { mapGeometry } from '../../src/data/map-geometry.ts';
import type { PlaceRow } from '../../src/data/schemas.ts';
import { assertSane, findAll, hasClass, overlappingLabels, realRows, textOf } from '../helpers/charts.ts';

const data = () => ({ places: realRows<PlaceRow>('places'), geo: mapGeometry() });

for (const view of viewOrder) {
  for (const width of [320, 768, 1280]) {
    test(`${view} at ${width}: sane, labels never overlap, Khar labelled`, () => {
      const out = draw(data(), { width, state: { view } });
      assertSane(out, width);
      assert.deepEqual(overlappingLabels(out.svg), []);
      const labels = findAll(out.svg, (n) => n.tag === 'text' && n.attrs?.['data-place'] !== undefined);
      assert.ok(
        labels.some((l) => l.attrs?.['data-place'] === 'khar'),
        'Khar is labelled',
      );
      assert.ok(findAll(out.svg, (n) => hasClass(n, 'tt-map-durand')).length === 1, 'Durand Line drawn');
      assert.ok(findAll(out.svg, (n) => hasClass(n, 'tt-map-scale')).length === 1, 'scale bar');
    });
  }
}

test('every view lists only places that exist', () => {
  const ids = new Set(data().places.map((p) => p.id));
  for (const v of viewOrder) for (const id of views[v].places) assert.ok(ids.has(id), id);
});

test('Bajaur view: Peshawar labelled and the Khar–Peshawar distance written', () => {
  const out = draw(data(), { width: 340, state: { view: 'bajaur' } });
  const text = findAll(out.svg, (n) => n.tag === 'text')
    .map(textOf)
    .join(' | ');
  assert.match(text, /Peshawar/);
  assert.match(text, new RegExp(`about ${kharPeshawarKm(data().places)} km`));
  assert.match(text, /\d+ km/);
});

test('table: one row per place with its source; describe names the Durand Line and the boundary caveat', () => {
  const t = table(data());
  assert.equal(t.rows.length, data().places.length);
  assert.equal(t.columns.at(-1), 'Source');
  assert.match(describe(data()), /Durand Line/);
  assert.match(describe(data()), /not necessarily authoritative/);
});
