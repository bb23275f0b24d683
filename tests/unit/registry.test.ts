// The registry is the one list of charts: every entry's module is the file the browser loads by
// its id (src/charts/<id>.ts, src/scripts/chart-modules.ts), and no generic part of the site
// (components, browser scripts, build helpers, pages) names a chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts } from '../../src/charts/registry.ts';
import { renderSvg } from '../../src/charts/svg.ts';
import { realSiteData } from '../helpers/charts.ts';

const site = realSiteData();

test('every chart’s module is src/charts/<id>.ts: the file the browser loads draws what the build draws', async () => {
  for (const c of charts) {
    const mod: { draw?: unknown } = await import(`../../src/charts/${c.id}.ts`);
    assert.equal(typeof mod.draw, 'function', `src/charts/${c.id}.ts exports draw()`);
    const bound = c.bind(site);
    const browser = (mod.draw as (d: unknown, o: object) => { svg: Parameters<typeof renderSvg>[0] })(bound.data, { width: 500, idPrefix: 'x' });
    assert.equal(renderSvg(browser.svg), renderSvg(bound.draw({ width: 500, idPrefix: 'x' }).svg), `${c.id}: same drawing`);
  }
});

test('chart ids are unique and URL-safe', () => {
  const ids = charts.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

// Pages that place a chart, as a chapter does: the home page's hero chart and the timeline page.
const PLACEMENTS = new Set(['src/components/pages/Home.astro', 'src/components/pages/Timeline.astro']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

test('no generic file names a chart id (components, scripts, lib, pages)', () => {
  const found: string[] = [];
  for (const file of ['src/components', 'src/scripts', 'src/lib', 'src/pages'].flatMap(files)) {
    if (PLACEMENTS.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const c of charts) {
      // A quoted id or a path segment: 'network', "picss-yearly", `timeline`, /charts/network.ts.
      if (new RegExp(`['"\`/]${c.id}(?:['"\`]|\\.ts\\b)`).test(text)) found.push(`${file}: ${c.id}`);
    }
  }
  assert.deepEqual(found, []);
});
