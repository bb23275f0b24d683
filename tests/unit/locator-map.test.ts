import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draw, table, describe, viewOrder, viewPlaces, kharPeshawarKm } from '../../src/charts/locator-map.ts';
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
  for (const v of viewOrder) for (const id of viewPlaces[v]) assert.ok(ids.has(id), id);
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

test('at every width, each view shows only land the geometry covers (no blank paper at the sides)', async () => {
  const { mapFrame, views } = await import('../../src/charts/locator-map.ts');
  const { fitProjection, REGION_BOX, DETAIL_BOX } = await import('../../src/charts/geo.ts');
  for (const view of Object.values(views)) {
    const levelBox = view.level === 'region' ? REGION_BOX : DETAIL_BOX;
    for (let width = 280; width <= 1600; width += 40) {
      const mapH = width < 600 ? Math.round(Math.max(260, width * 1.05)) : Math.round(Math.min(560, width * 0.72));
      const frame = mapFrame(view.box, levelBox, width, 4, mapH);
      const [w, s, e, n] = fitProjection(view.box, frame).visible;
      const eps = 1e-6;
      assert.ok(w >= levelBox[0] - eps && e <= levelBox[2] + eps, `${view.id} at ${width}: longitudes ${w.toFixed(2)}–${e.toFixed(2)}`);
      assert.ok(s >= levelBox[1] - eps && n <= levelBox[3] + eps, `${view.id} at ${width}: latitudes ${s.toFixed(2)}–${n.toFixed(2)}`);
      assert.ok(frame[0] >= 0 && frame[2] <= width);
    }
  }
});
