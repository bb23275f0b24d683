// The attack-frequency charts, the toll chart, the regional chart and the timeline, in the built
// site: each chart's "Show the data" table holds exactly the rows of its dataset (read here from
// content/data, independently of the chart modules); tooltips open on keyboard focus, move with
// the arrow keys and close with Esc; the chart is redrawn to its container's width; the timeline
// filters by kind; and with JavaScript disabled every chart is still there, as a picture.
import { test, expect, type Page } from './test.ts';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import sharp from 'sharp';
import { axeViolations, watch } from './site.ts';

const csv = (name: string) => csvParse(readFileSync(`content/data/${name}`, 'utf8'));
const num = (s: string | undefined) => (!s || s === '—' ? null : Number(s.replace(/,/g, '')));

/** Every body row of the figure's data table: cell texts, plus the source ids of a Source(s) column. */
async function tableRows(page: Page, root: string): Promise<{ cells: string[]; sources: string[] }[]> {
  return page.locator(`${root} .data-table tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => ({
      cells: [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
      sources: (tr.querySelector('[data-source-ids]')?.getAttribute('data-source-ids') ?? '').split(/\s+/).filter(Boolean).sort(),
    })),
  );
}

/** Where each chart is published as a figure or a scrolly, and the element that wraps it. */
const places: Record<string, { path: string; root: string }> = {
  'picss-yearly': { path: '/chapters/the-ttps-return/', root: 'figure[data-figure="picss-yearly"]' },
  'pips-yearly': { path: '/chapters/the-ttps-return/', root: 'figure[data-figure="pips-yearly"]' },
  'picss-monthly': { path: '/chapters/the-ttps-return/', root: 'section[data-chart="picss-monthly"]' },
  'bajaur-toll': { path: '/chapters/the-attack/', root: 'section[data-chart="bajaur-toll"]' },
  'regions-2023': { path: '/chapters/pakistans-dilemma/', root: 'figure[data-figure="regions-2023"]' },
  timeline: { path: '/timeline/', root: 'figure[data-figure="timeline"]' },
};

test.describe('every chart’s table equals its dataset', () => {
  test('PICSS yearly: one row per year 2015–2025, each metric and source as in picss-yearly.csv', async ({ warmPage: page }) => {
    const data = csv('picss-yearly.csv');
    await page.goto(places['picss-yearly']!.path);
    const rows = await tableRows(page, places['picss-yearly']!.root);
    expect(rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 11 }, (_, i) => String(2015 + i)));
    for (const { cells, sources } of rows) {
      const year = cells[0];
      const get = (metric: string) => data.find((d) => d.year === year && d.metric === metric);
      expect([num(cells[1]), num(cells[2]), num(cells[3])], year).toEqual(
        ['attacks', 'killed', 'suicide_attacks'].map((m) => (get(m) ? Number(get(m)!.value) : null)),
      );
      expect(sources, year).toEqual([...new Set(['attacks', 'killed', 'suicide_attacks'].map((m) => get(m)?.source).filter(Boolean))].sort());
    }
    // Gaps are gaps: deaths in 2025 and suicide attacks in 2024 were not found.
    expect(rows.find((r) => r.cells[0] === '2025')!.cells[2]).toBe('—');
    expect(rows.find((r) => r.cells[0] === '2024')!.cells[3]).toBe('—');
  });

  test('PIPS yearly: 2005–2025 with 2012 and 2016 empty, as in pips-yearly.csv', async ({ warmPage: page }) => {
    const data = csv('pips-yearly.csv').filter((d) => d.metric === 'attacks');
    await page.goto(places['pips-yearly']!.path);
    const rows = await tableRows(page, places['pips-yearly']!.root);
    expect(rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 21 }, (_, i) => String(2005 + i)));
    for (const { cells, sources } of rows) {
      const row = data.find((d) => d.year === cells[0]);
      expect(num(cells[1]), cells[0]).toBe(row ? Number(row.value) : null);
      expect(sources).toEqual(row ? [row.source!] : []);
    }
    expect(rows.filter((r) => r.cells[1] === '—').map((r) => r.cells[0])).toEqual(['2012', '2016']);
  });

  test('PICSS monthly: every month from December 2021 to the last figure, gaps empty, as in picss-monthly.csv', async ({ warmPage: page }) => {
    const data = csv('picss-monthly.csv').filter((d) => d.month! >= '2021-12');
    const last = data
      .filter((d) => d.metric !== 'injured')
      .map((d) => d.month!)
      .sort()
      .at(-1)!;
    await page.goto(places['picss-monthly']!.path);
    const rows = await tableRows(page, places['picss-monthly']!.root);
    const months: string[] = [];
    for (let d = new Date(Date.UTC(2021, 11, 1)); d.toISOString().slice(0, 7) <= last; d.setUTCMonth(d.getUTCMonth() + 1))
      months.push(d.toISOString().slice(0, 7));
    expect(rows.map((r) => r.cells[0])).toEqual(months);
    for (const { cells, sources } of rows) {
      const get = (metric: string) => data.find((d) => d.month === cells[0] && d.metric === metric);
      expect([num(cells[1]), num(cells[2])], cells[0]).toEqual(['attacks', 'killed'].map((m) => (get(m) ? Number(get(m)!.value) : null)));
      expect(sources).toEqual([...new Set(['attacks', 'killed'].map((m) => get(m)?.source).filter(Boolean))].sort());
    }
    for (const gap of ['2022-08', '2023-06', '2023-12', '2024-09', '2024-12']) expect(rows.find((r) => r.cells[0] === gap)!.cells[1], gap).toBe('—');
  });

  test('Bajaur toll: every report of bajaur-toll.csv once, with its count, status and source', async ({ warmPage: page }) => {
    const data = csv('bajaur-toll.csv');
    await page.goto(places['bajaur-toll']!.path);
    const rows = await tableRows(page, places['bajaur-toll']!.root);
    expect(rows.map((r) => r.cells[0]).sort()).toEqual(data.map((d) => d.id!).sort());
    for (const { cells, sources } of rows) {
      const row = data.find((d) => d.id === cells[0])!;
      expect(num(cells[2]), row.id).toBe(Number(row.killed));
      expect(num(cells[3]), row.id).toBe(row.injured ? Number(row.injured) : null);
      expect(cells[5], row.id).toBe(row.status);
      expect(sources, row.id).toEqual([row.source]);
    }
    expect(rows.some((r) => r.cells[5] === 'official' && r.cells[2] === '63')).toBe(true);
  });

  test('regions: 2023 and 2024 rows of picss-regions-2023.csv and picss-regions-2024.csv, each region with its three metrics and sources', async ({
    warmPage: page,
  }) => {
    // Region names as the chart prints them, keyed by the CSV's region ids (written here, not imported from the chart).
    const names: Record<string, string> = {
      KP_incl_exFATA: 'Khyber Pakhtunkhwa (incl. merged districts)',
      KP_mainland: 'Khyber Pakhtunkhwa, settled districts',
      ex_FATA: 'Khyber Pakhtunkhwa, merged districts (former FATA)',
      Balochistan: 'Balochistan',
    };
    await page.goto(places['regions-2023']!.path);
    const rows = await tableRows(page, places['regions-2023']!.root);
    let expected = 0;
    for (const year of ['2023', '2024']) {
      const data = csv(`picss-regions-${year}.csv`);
      const regions = [...new Set(data.map((d) => d.region!))];
      expected += regions.length;
      for (const region of regions) {
        const row = rows.find((r) => r.cells[0] === year && r.cells[1] === names[region]);
        expect(row, `${year} ${region}`).toBeTruthy();
        const own = data.filter((d) => d.region === region);
        expect(row!.cells.slice(2, 5).map(num), `${year} ${region}`).toEqual(
          ['attacks', 'killed', 'injured'].map((m) => Number(own.find((d) => d.metric === m)?.value)),
        );
        expect(row!.sources).toEqual([...new Set(own.map((d) => d.source!))].sort());
      }
    }
    expect(rows).toHaveLength(expected);
  });

  test('regions: the year control redraws the chart for 2024, with the settled and merged districts apart', async ({ warmPage: page }) => {
    await page.goto(places['regions-2023']!.path);
    const root = page.locator(places['regions-2023']!.root);
    await root.scrollIntoViewIfNeeded();
    await expect(root.locator('.chart-graphic.is-live')).toBeAttached({ timeout: 20_000 });
    await expect(root.locator('[data-series="KP_mainland"]')).toHaveCount(0);
    await root.getByRole('radio', { name: '2024' }).check();
    await expect(root.locator('svg [data-series="KP_mainland"] .tt-bar')).toHaveCount(3);
    await expect(root.locator('svg [data-series="KP_incl_exFATA"]')).toHaveCount(0);
  });

  test('timeline: every event of events.csv from 2007 to 2025, in date order, each with its source', async ({ warmPage: page }) => {
    const data = csv('events.csv').filter((d) => Number(d.date!.slice(0, 4)) >= 2007 && Number(d.date!.slice(0, 4)) <= 2025);
    await page.goto(places.timeline!.path);
    const rows = await tableRows(page, places.timeline!.root);
    expect(rows).toHaveLength(data.length);
    expect(rows.map((r) => r.cells[0])).toEqual([...rows.map((r) => r.cells[0]!)].sort());
    for (const { cells, sources } of rows) {
      const row = data.find((d) => d.title === cells[2] && d.date === cells[0]);
      expect(row, `${cells[0]} ${cells[2]}`).toBeTruthy();
      expect(cells[1]).toBe(row!.category);
      expect(num(cells[4])).toBe(row!.killed ? Number(row!.killed) : null);
      expect(sources).toEqual([row!.source]);
    }
  });

  test('each source in a table links to the published report', async ({ warmPage: page }) => {
    const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string; url: string | null; outlet: string }[];
    for (const { path, root } of Object.values(places)) {
      await page.goto(path);
      const cells = await page.locator(`${root} .data-table td[data-source-ids]`).evaluateAll((tds) =>
        tds.map((td) => ({
          ids: td.getAttribute('data-source-ids')!.split(/\s+/).filter(Boolean),
          hrefs: [...td.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        })),
      );
      expect(cells.length, path).toBeGreaterThan(0);
      for (const { ids: cellIds, hrefs } of cells) {
        const urls = cellIds.map((id) => sources.find((s) => s.id === id)?.url).filter(Boolean);
        expect(hrefs).toEqual(urls);
      }
    }
  });
});

test.describe('tooltips and keyboard', () => {
  for (const id of ['picss-yearly', 'pips-yearly', 'regions-2023', 'timeline'] as const) {
    test(`${id}: a tooltip opens on keyboard focus, arrow keys move it, Esc closes it`, async ({ warmPage: page }) => {
      const w = watch(page);
      const { path, root } = places[id]!;
      await page.goto(path);
      const figure = page.locator(root);
      await figure.scrollIntoViewIfNeeded();
      const series = figure.locator('.svg-live .tt-series[tabindex="0"]').first();
      await expect(series).toBeAttached();
      // Reach the series with Tab from the control just before the chart, as a keyboard user would.
      await series.evaluate((el) => (el.previousElementSibling as HTMLElement | null)?.focus());
      await series.focus();
      const tip = figure.locator('[data-tooltip]');
      await expect(tip).toBeVisible();
      const first = await tip.textContent();
      expect(first!.length).toBeGreaterThan(3);
      await page.keyboard.press('ArrowRight');
      await expect(tip).not.toHaveText(first!);
      await expect(figure.locator('[data-figure-live]')).not.toBeEmpty();
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      expect(w.errors).toEqual([]);
    });
  }

  test('each series is one tab stop: Tab leaves the series instead of walking its points', async ({ warmPage: page }) => {
    await page.goto(places['picss-yearly']!.path);
    const figure = page.locator(places['picss-yearly']!.root);
    await figure.scrollIntoViewIfNeeded();
    const series = figure.locator('.svg-live .tt-series[tabindex="0"]');
    await expect(series.first()).toBeAttached();
    const stops = await figure.locator('.svg-live [tabindex="0"]').count();
    expect(stops).toBe(await series.count());
    expect(await figure.locator('.svg-live [data-label]').count()).toBeGreaterThan(stops);
  });

  test('hovering a bar shows its value; axe finds nothing wrong with a tooltip open', async ({ warmPage: page }) => {
    await page.goto(places['picss-yearly']!.path);
    const figure = page.locator(places['picss-yearly']!.root);
    await figure.scrollIntoViewIfNeeded();
    const bar = figure.locator('.svg-live [data-label]').first();
    await bar.hover();
    await expect(figure.locator('[data-tooltip]')).toBeVisible();
    await expect(figure.locator('[data-tooltip]')).toHaveText((await bar.getAttribute('data-label'))!);
    expect(await axeViolations(page, { include: places['picss-yearly']!.root })).toEqual([]);
  });
});

test.describe('redrawn to the container, not scaled', () => {
  for (const width of [320, 768, 1280]) {
    test(`at ${width} px the chart is drawn at its container's width and its text stays at least 11 px`, async ({ warmPage: page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(places['picss-yearly']!.path);
      const figure = page.locator(places['picss-yearly']!.root);
      await figure.scrollIntoViewIfNeeded();
      const svg = figure.locator('.svg-live svg');
      await expect(svg).toBeAttached();
      const { drawn, box, smallest } = await svg.evaluate((el) => ({
        drawn: Number(el.getAttribute('width')),
        box: el.parentElement!.clientWidth,
        smallest: Math.min(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)),
      }));
      expect(Math.abs(drawn - box)).toBeLessThanOrEqual(1);
      expect(smallest).toBeGreaterThanOrEqual(11);
    });
  }

  test('the yearly chart switches between attacks, deaths and suicide attacks, and announces it', async ({ warmPage: page }) => {
    await page.goto(places['picss-yearly']!.path);
    const figure = page.locator(places['picss-yearly']!.root);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.svg-live svg')).toBeAttached();
    await figure.getByRole('radio', { name: 'Deaths' }).check();
    await expect(figure.locator('.svg-live svg title')).toContainText('killed');
    // The deaths series ends where the data ends: 2025 is drawn as a gap.
    await expect(figure.locator('.svg-live .tt-gap')).not.toHaveCount(0);
    await expect(figure.locator('[data-figure-live]')).toContainText('Deaths');
    await figure.getByRole('radio', { name: 'Suicide attacks' }).check();
    await expect(figure.locator('.svg-live svg title')).toContainText('Suicide');
  });

  test('the timeline filters by kind of event', async ({ warmPage: page }) => {
    const data = csv('events.csv').filter((d) => Number(d.date!.slice(0, 4)) >= 2007 && Number(d.date!.slice(0, 4)) <= 2025);
    await page.goto(places.timeline!.path);
    const figure = page.locator(places.timeline!.root);
    await figure.scrollIntoViewIfNeeded();
    const marks = figure.locator('.svg-live [data-label]');
    await expect(marks).toHaveCount(data.length);
    await figure.getByRole('checkbox', { name: 'Attack', exact: true }).uncheck();
    await expect(marks).toHaveCount(data.filter((d) => d.category !== 'attack').length);
    await figure.getByRole('checkbox', { name: 'Political', exact: true }).uncheck();
    await expect(marks).toHaveCount(data.filter((d) => d.category !== 'attack' && d.category !== 'political').length);
  });
});

test.describe('with JavaScript disabled', () => {
  for (const [id, { path, root }] of Object.entries(places)) {
    test(`${id}: the server-rendered chart is there and is a picture, not a blank box`, async ({ warmPageNoScript: page }) => {
      await page.goto(path);
      const figure = page.locator(root);
      const chart = figure.locator('.chart-graphic svg:visible').first();
      await expect(chart).toBeVisible();
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(250);
      expect(box!.height).toBeGreaterThan(150);
      const png = await chart.screenshot();
      const { channels } = await sharp(png).stats();
      // A drawn chart has both ink and paper: the luminance varies across the image.
      expect(Math.max(...channels.slice(0, 3).map((c) => c.stdev))).toBeGreaterThan(15);
      await expect(figure.locator('.figure-source')).toBeVisible();
      await expect(figure.locator('.data-table summary')).toBeVisible();
    });
  }
});
