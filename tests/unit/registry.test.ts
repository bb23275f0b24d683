// The registry is the one list of charts: every entry's module is the file the browser loads by
// its id (src/charts/<id>.ts, src/scripts/chart-modules.ts), and no generic part of the site
// (components, browser scripts, build helpers, pages) names a chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts } from '../../src/charts/registry.ts';
import { renderSvg } from '../../src/charts/svg.ts';
import { findAll, hasClass, realSiteData, textOf } from '../helpers/charts.ts';
import type { Control } from '../../src/charts/state.ts';

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

/** Every state a reader can set through one control, one value at a time (and the default). */
function readerStates(controls: Control[]): Record<string, unknown>[] {
  const one = (c: Control): unknown[] =>
    c.kind === 'range' ? [...(c.examples ?? []), c.min, c.max] : c.kind === 'choice' ? c.options.map((o) => o.value) : [[], c.options.map((o) => o.value)];
  return [{}, ...controls.flatMap((c) => one(c).map((v) => ({ [c.key]: v })))];
}

/** The first run of `n` words of `a` that `b` also contains: a note said twice, perhaps reworded at its edges. */
function sharedRun(a: string, b: string, n = 6): string | null {
  const words = a.split(/\s+/).filter(Boolean);
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n).join(' ');
    if (b.includes(run)) return run;
  }
  return null;
}

test('no chart draws a note its figure also lists, in either language: a reader sees each note once', () => {
  const repeated: string[] = [];
  let drawnNotes = 0;
  for (const lang of ['en', 'ur'] as const) {
    for (const c of charts) {
      const bound = c.bind(site, lang);
      const listed = bound.notes.join(' \n ');
      for (const state of readerStates(bound.controls)) {
        for (const width of [320, 1000]) {
          for (const note of findAll(bound.draw({ width, state, idPrefix: 'x' }).svg, (n) => hasClass(n, 'tt-footnote'))) {
            drawnNotes++;
            const run = sharedRun(textOf(note), listed);
            if (run) repeated.push(`${c.id} (${lang}, ${JSON.stringify(state)}, ${width} px): “${run}”`);
          }
        }
      }
    }
  }
  assert.ok(drawnNotes > 0, 'the check saw drawn notes');
  assert.deepEqual([...new Set(repeated)], []);
});
