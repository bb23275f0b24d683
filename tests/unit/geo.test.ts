// Map geometry and the shared map pieces: projection against d3-geo, distances, clipping, labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoContains, geoDistance, geoEquirectangular } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { distanceKm, fitProjection, placeLabels, scaleBarKm, REGION_BOX, DETAIL_BOX } from '../../src/charts/geo.ts';
import type { LabelRequest } from '../../src/charts/geo.ts';
import { clipRing, countryPolygon, mapGeometry } from '../../src/data/map-geometry.ts';

// Read independently of the app's loader.
const places = csvParse(readFileSync('content/data/places.csv', 'utf8'));

test('every place lies inside the polygon of the country its row names (Natural Earth 1:10m)', () => {
  assert.ok(places.length >= 20);
  for (const p of places) {
    const pt: [number, number] = [Number(p.longitude), Number(p.latitude)];
    assert.ok(geoContains(countryPolygon(p.country!), pt), `${p.id} inside ${p.country}`);
    const other = p.country === 'Pakistan' ? 'Afghanistan' : 'Pakistan';
    assert.ok(!geoContains(countryPolygon(other), pt), `${p.id} not inside ${other}`);
  }
});

test('projection: Khar, Peshawar and Kabul land inside the drawing, west to east Kabul, Khar, Peshawar', () => {
  const get = (id: string) => {
    const p = places.find((q) => q.id === id)!;
    return [Number(p.longitude), Number(p.latitude)] as [number, number];
  };
  for (const width of [320, 768, 1280]) {
    const proj = fitProjection([68.8, 31.8, 73.6, 36.2], [0, 0, width, width * 0.8]);
    const [kabul, khar, pesh] = [get('kabul'), get('khar'), get('peshawar')].map((c) => proj(c[0], c[1]));
    for (const [x, y] of [kabul!, khar!, pesh!]) assert.ok(x > 0 && x < width && y > 0 && y < width * 0.8, `inside at ${width}`);
    assert.ok(kabul![0] < khar![0] && khar![0] < pesh![0], 'west to east');
    assert.ok(khar![1] < pesh![1], 'Khar north of Peshawar (smaller y)');
  }
});

test('projection agrees with d3-geo’s equirectangular projection up to the standard parallel', () => {
  const box: [number, number, number, number] = [68.8, 31.8, 73.6, 36.2];
  const proj = fitProjection(box, [0, 0, 600, 500]);
  const k = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const d3p = geoEquirectangular().scale(1).translate([0, 0]);
  const a = d3p([69.167, 34.533])!;
  const b = d3p([71.583, 34.017])!;
  const [ax, ay] = proj(69.167, 34.533);
  const [bx, by] = proj(71.583, 34.017);
  // Same ratio of x to y displacement once x is scaled by cos(φ0).
  const ours = (bx - ax) / (by - ay);
  const theirs = ((b[0] - a[0]) * k) / (b[1] - a[1]);
  assert.ok(Math.abs(ours / theirs - 1) < 1e-9, `${ours} vs ${theirs}`);
});

test('distances match d3-geo’s great-circle distance', () => {
  const a: [number, number] = [71.5, 34.683];
  const b: [number, number] = [71.583, 34.017];
  assert.ok(Math.abs(distanceKm(a, b) - geoDistance(a, b) * 6371) < 0.01);
  assert.ok(distanceKm(a, b) > 60 && distanceKm(a, b) < 90);
});

test('scale bar lengths are round and fit', () => {
  assert.equal(scaleBarKm(1, 140), 100);
  assert.equal(scaleBarKm(0.5, 140), 200);
  assert.equal(scaleBarKm(3, 140), 20);
});

test('clipping keeps a ring inside its box', () => {
  const ring: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];
  const out = clipRing(ring, [2, 2, 5, 20]);
  for (const [x, y] of out) assert.ok(x >= 2 && x <= 5 && y >= 2 && y <= 20);
});

test('the shipped geometry is clipped to its boxes and small', () => {
  const g = mapGeometry();
  for (const [lvl, box] of [
    [g.region, REGION_BOX],
    [g.detail, DETAIL_BOX],
  ] as const) {
    for (const c of lvl.countries)
      for (const r of c.rings)
        for (let i = 0; i < r.length; i += 2) {
          assert.ok(r[i]! >= box[0] - 1e-9 && r[i]! <= box[2] + 1e-9 && r[i + 1]! >= box[1] - 1e-9 && r[i + 1]! <= box[3] + 1e-9);
        }
    assert.ok(lvl.countries.some((c) => c.code === 'PAK') && lvl.countries.some((c) => c.code === 'AFG'));
    assert.ok(lvl.durand.length > 0, 'the Durand Line is drawn');
  }
  assert.ok(JSON.stringify(g).length < 150_000, 'under 150 kB before gzip');
});

test('label placer: no two placed labels overlap, all inside the frame, deterministic', () => {
  const reqs: LabelRequest[] = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i}`,
    text: `Place ${i}`,
    x: 20 + ((i * 37) % 280),
    y: 20 + ((i * 53) % 260),
    r: 3,
    priority: i,
  }));
  const frame = { x0: 0, x1: 320, y0: 0, y1: 300 };
  const a = placeLabels(reqs, frame);
  const b = placeLabels(reqs, frame);
  assert.deepEqual(a, b);
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!.box;
    assert.ok(p.x0 >= 0 && p.x1 <= 320 && p.y0 >= 0 && p.y1 <= 300);
    for (let j = i + 1; j < a.length; j++) {
      const q = a[j]!.box;
      assert.ok(!(p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1), `${a[i]!.id} / ${a[j]!.id}`);
    }
  }
  assert.ok(a.length > 10 && a.length <= 30);
  assert.equal(a[0]!.id, 'p0', 'priority first');
});
