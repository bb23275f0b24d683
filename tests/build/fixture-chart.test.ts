// Adding a chart is two files: its module and its registry entry (docs/AUTHORING.md). This test
// does exactly that in a copy of the project — writes a throwaway module to src/charts/, adds one
// entry to src/charts/registry.ts and places the chart in a chapter — builds the real site, and
// checks that the chart appears everywhere the registry promises: as a figure in the chapter, an
// embed page, its downloads, its data file, its browser chunk and an entry on the journalists'
// page. The copy lives in the system's temp folder and is removed afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../helpers/project-copy.ts';

const ID = 'fixture-bars';

// File 1: the module (a bar per year of the PIPS counts; enough to exercise every generated part).
const MODULE = `
import type { YearlyRow } from '../data/schemas.ts';
import { h, type SvgNode } from './svg.ts';
import { chartRoot, highlightClass, markAttrs, seriesGroup } from './frame.ts';
import type { ChartTable } from './frame.ts';

export interface FixtureData { rows: YearlyRow[] }
export interface FixtureState { highlight?: [string, string] }
export const name = '${ID}';
export const title = 'Fixture chart: one bar per row';

const rows = (d: FixtureData) => d.rows.filter((r) => r.metric === 'attacks');

export function draw(data: FixtureData, opts: { width: number; state?: FixtureState; idPrefix?: string }): { svg: SvgNode; width: number; height: number } {
  const list = rows(data);
  const max = Math.max(1, ...list.map((r) => r.value));
  const w = opts.width / Math.max(1, list.length);
  const marks = list.map((r, i) => h('rect', { class: \`tt-mark tt-bar tt-series-1 \${highlightClass(r.year, opts.state?.highlight)}\`, x: i * w, y: 200 - (180 * r.value) / max, width: w * 0.8, height: (180 * r.value) / max, ...markAttrs('attacks', i, \`\${r.year}: \${r.value}\`, i * w, 200) }));
  const svg = chartRoot({ name: '${ID}', width: opts.width, height: 210, idPrefix: opts.idPrefix ?? '${ID}', title, desc: describe(data) }, seriesGroup('attacks', 'Attacks', list.length, marks));
  return { svg, width: opts.width, height: 210 };
}

export const describe = (data: FixtureData) => \`A fixture chart with \${rows(data).length} bars, one per year.\`;

export function table(data: FixtureData): ChartTable {
  return { caption: 'Fixture rows', columns: ['Year', 'Attacks', 'Source'], rows: rows(data).map((r) => [r.year, r.value, r.source]) };
}
`;

// File 2: its registry entry (an import and one element of the list; the Urdu words are required).
const IMPORT = `import * as fixtureBars from './${ID}.ts';\n`;
const ENTRY = `  defineChart<fixtureBars.FixtureData, fixtureBars.FixtureState>({
    module: fixtureBars,
    takeaway: (d) => \`A throwaway chart of \${d.rows.length} rows, for the build test.\`,
    org: { name: 'Fixture Organisation' },
    notes: [{ en: 'Only the build test draws this chart.', ur: 'یہ چارٹ صرف بلڈ ٹیسٹ بناتا ہے۔' }],
    ur: { title: 'آزمائشی چارٹ', takeaway: () => 'صرف بلڈ ٹیسٹ کا چارٹ۔', org: { name: 'آزمائشی ادارہ' } },
    chapter: 'the-attack',
    data: (s) => ({ rows: s.pipsYearly }),
    sourceIds: (d) => [...new Set(d.rows.map((r) => r.source))],
    enhancer: 'series',
    state: { highlight: pair() },
  }),
`;

function makeProject(): string {
  const dir = copyProject('tt-fixture-chart-');
  writeFileSync(join(dir, 'src/charts', `${ID}.ts`), MODULE);
  const registry = join(dir, 'src/charts/registry.ts');
  const text = readFileSync(registry, 'utf8');
  const end = text.indexOf('\n];\n');
  assert.ok(end > 0, 'the registry ends its list with "];"');
  writeFileSync(registry, IMPORT + text.slice(0, end + 1) + ENTRY + text.slice(end + 1));
  // Place it in its chapter, as an author would.
  const chapter = readdirSync(join(dir, 'content/chapters')).find((f) => f.startsWith('01-'))!;
  writeFileSync(join(dir, 'content/chapters', chapter), `${readFileSync(join(dir, 'content/chapters', chapter), 'utf8')}\n<Figure chart="${ID}" />\n`);
  return dir;
}

test('a chart added as a module and a registry entry appears as a figure, an embed page, downloads and on the journalists’ page', { timeout: 600_000 }, () => {
  const dir = makeProject();
  try {
    const r = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    assert.equal(r.status, 0, `the build succeeds:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
    const dist = join(dir, 'dist');
    const read = (path: string) => readFileSync(join(dist, path), 'utf8');

    const chapter = read('chapters/the-attack/index.html');
    const figure = new RegExp(`<figure[^>]*id="figure-${ID}"[^>]*data-figure="${ID}"[^>]*data-enhancer="series"`);
    assert.match(chapter, figure, 'a figure in its chapter, with the enhancer its entry names');
    assert.match(chapter, /Fixture chart: one bar per row/, 'its title');
    assert.match(chapter, /A throwaway chart of \d+ rows/, 'its takeaway');
    assert.match(chapter, new RegExp(`<svg[^>]*data-chart="${ID}"`), 'its drawing, rendered on the server');
    assert.match(chapter, /<caption>Fixture rows<\/caption>/, 'its data table');

    const embed = read(`embed/${ID}/index.html`);
    assert.match(embed, /<title>Fixture chart: one bar per row/, 'an embed page');
    assert.match(embed, new RegExp(`data-embed="${ID}"`));
    assert.match(read(`embed/${ID}/snippet.html`), new RegExp(`<iframe[^>]*src="[^"]*/embed/${ID}/"`), 'an embed snippet');

    const embedUr = read(`ur/embed/${ID}/index.html`);
    assert.match(embedUr, /<title>آزمائشی چارٹ/, 'an Urdu embed page with the entry’s Urdu title');

    const csv = read(`downloads/${ID}/${ID}.csv`).split('\r\n');
    assert.equal(csv[0], 'Year,Attacks,Source', 'a CSV of its table');
    assert.ok(csv.length > 5);
    const meta = JSON.parse(read(`downloads/${ID}/${ID}.json`));
    assert.equal(meta.id, ID);
    assert.equal(meta.organisation.name, 'Fixture Organisation');
    assert.ok(meta.sources.length > 0 && meta.sources.every((s: { url: unknown }) => s.url), 'its sources, with their URLs');
    for (const f of [`${ID}-light.svg`, `${ID}-dark.svg`, `${ID}-light.png`, `${ID}-dark.png`])
      assert.ok(existsSync(join(dist, 'downloads', ID, f)), `download ${f}`);
    assert.ok(JSON.parse(read(`chart-data/${ID}.json`)).rows.length > 0, 'its data for the browser');
    assert.ok(
      readdirSync(join(dist, '_astro')).some((f) => f.startsWith(`${ID}.`) && f.endsWith('.js')),
      'its own browser chunk, loaded by id',
    );

    const journalists = read('embed-our-charts/index.html');
    assert.match(journalists, new RegExp(`<section[^>]*id="embed-${ID}"`), 'an entry on the journalists’ page');
    assert.match(journalists, new RegExp(`href="[^"]*/downloads/${ID}/${ID}\\.csv"`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
