// Chart data in the built site: every reference to a shared part (the map geometry) points at a
// file the build wrote, and the maps' own data files no longer carry the geometry. The Urdu
// chart data (/ur/chart-data/) and Urdu embeds (/ur/embed/) reference the same files: geometry
// has no language.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

const refs = (text: string) => [...text.matchAll(/\{"\$shared":"([a-z0-9-]+)"\}/g)].map((m) => m[1]!);

test('every shared reference in chart data and embed pages resolves to a built file', () => {
  for (const prefix of ['dist', 'dist/ur']) {
    const files = [
      ...readdirSync(`${prefix}/chart-data`)
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${prefix}/chart-data/${f}`),
      ...readdirSync(`${prefix}/embed`)
        .map((c) => `${prefix}/embed/${c}/index.html`)
        .filter((f) => existsSync(f)),
    ];
    const seen = new Set<string>();
    for (const f of files) for (const name of refs(readFileSync(f, 'utf8'))) seen.add(name);
    assert.deepEqual([...seen].sort(), ['map-detail', 'map-region'], `${prefix}: both map levels are shared`);
  }
  const seen = ['map-detail', 'map-region'];
  for (const name of seen) {
    const file = `dist/chart-data/shared/${name}.json`;
    assert.ok(existsSync(file), `${file} is missing`);
    assert.ok(JSON.parse(readFileSync(file, 'utf8')).countries.length > 0, `${file} has countries`);
  }
});

test('the maps’ data files are small once the geometry is shared', () => {
  for (const prefix of ['dist', 'dist/ur'])
    for (const id of ['locator-map', 'attack-map']) {
      const size = statSync(`${prefix}/chart-data/${id}.json`).size;
      assert.ok(size < 30_000, `${prefix}/chart-data/${id}.json is ${size} bytes`);
    }
  // Nor does an embed page's inline data, in either language (the page's drawing is its own SVG).
  for (const prefix of ['dist', 'dist/ur'])
    for (const id of ['locator-map', 'attack-map']) {
      const html = readFileSync(`${prefix}/embed/${id}/index.html`, 'utf8');
      const data = /<script type="application\/json" data-chart-data="[^"]*">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      assert.ok(refs(data).length > 0, `${prefix}/embed/${id}/: the inline data references the shared geometry`);
      assert.ok(data.length < 30_000, `${prefix}/embed/${id}/: inline data is ${data.length} characters`);
    }
});
