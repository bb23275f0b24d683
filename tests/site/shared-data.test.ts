// Chart data in the built site: every reference to a shared part (the map geometry) points at a
// file the build wrote, and the maps' own data files no longer carry the geometry.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

const refs = (text: string) => [...text.matchAll(/\{"\$shared":"([a-z0-9-]+)"\}/g)].map((m) => m[1]!);

test('every shared reference in chart data and embed pages resolves to a built file', () => {
  const files = [
    ...readdirSync('dist/chart-data')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `dist/chart-data/${f}`),
    ...readdirSync('dist/embed')
      .map((c) => `dist/embed/${c}/index.html`)
      .filter((f) => existsSync(f)),
  ];
  const seen = new Set<string>();
  for (const f of files) for (const name of refs(readFileSync(f, 'utf8'))) seen.add(name);
  assert.deepEqual([...seen].sort(), ['map-detail', 'map-region'], 'both map levels are shared');
  for (const name of seen) {
    const file = `dist/chart-data/shared/${name}.json`;
    assert.ok(existsSync(file), `${file} is missing`);
    assert.ok(JSON.parse(readFileSync(file, 'utf8')).countries.length > 0, `${file} has countries`);
  }
});

test('the maps’ data files are small once the geometry is shared', () => {
  for (const id of ['locator-map', 'attack-map']) {
    const size = statSync(`dist/chart-data/${id}.json`).size;
    assert.ok(size < 30_000, `${id}.json is ${size} bytes`);
  }
});
