// The maps in the built site: each map's "Show the data" table holds exactly the rows of
// places.csv / the mappable attacks of events.csv (read here from content/data, independently of
// the chart modules); without JavaScript the server's drawing has the borders and every labelled
// place; keyboard focus reaches every attack point; the year control redraws. (Embed sizing for
// both maps runs in e2e/embeds.spec.ts, which covers every chart of the registry.)
import { test, expect, type Page } from './test.ts';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { watch } from './site.ts';

const csv = (name: string) => csvParse(readFileSync(`content/data/${name}`, 'utf8'));
const places = csv('places.csv');
const attacks = csv('events.csv').filter((e) => e.category === 'attack' && e.place_id && e.map_group);

async function tableRows(page: Page, root: string): Promise<string[][]> {
  return page
    .locator(`${root} .data-table tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

test('locator map: the table lists every place of places.csv with its coordinate', async ({ warmPage: page }) => {
  await page.goto('/chapters/the-attack/');
  const rows = await tableRows(page, 'section[data-chart="locator-map"]');
  // The site keeps places in its own order (by id); compare the sets of names.
  expect(rows.map((r) => r[0]).sort()).toEqual(places.map((p) => p.name!).sort());
  for (const p of places) {
    const r = rows.find((x) => x[0] === p.name)!;
    expect(Number(r[2]), p.id).toBe(Number(p.latitude));
    expect(Number(r[3]), p.id).toBe(Number(p.longitude));
    expect(r[6]).toBe(p.country);
  }
});

test('attack map: the table lists every mappable attack of events.csv, with its toll', async ({ warmPage: page }) => {
  await page.goto('/chapters/the-ttps-return/');
  const rows = await tableRows(page, 'figure[data-figure="attack-map"]');
  const byDate = [...attacks].sort((a, b) => a.date!.localeCompare(b.date!) || a.id!.localeCompare(b.id!));
  expect(rows.map((r) => r[0])).toEqual(byDate.map((e) => e.date));
  expect(rows.map((r) => r[1])).toEqual(byDate.map((e) => e.title));
  expect(rows.map((r) => (r[4] === '—' ? '' : r[4]!.replace(/,/g, '')))).toEqual(byDate.map((e) => e.killed));
});

test.describe('without JavaScript', () => {
  test('each locator step and the attack map are drawn with borders, the Durand Line and their place labels', async ({ warmPageNoScript: page }) => {
    await page.goto('/chapters/the-attack/');
    const flats = page.locator('section[data-chart="locator-map"] .step-flat svg');
    await expect(flats).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      const svg = flats.nth(i);
      expect(await svg.locator('.tt-map-land.tt-map-pak').count()).toBe(1);
      expect(await svg.locator('.tt-map-land.tt-map-afg').count()).toBe(1);
      expect(await svg.locator('.tt-map-durand').getAttribute('d')).toMatch(/^M/);
      await expect(svg.locator('text.tt-map-label-strong')).toHaveText('Khar');
      // Every label names a place of places.csv or a country (server drawings drop data-* hooks).
      const names = new Set([...places.map((p) => p.name), 'Asadabad', 'Pakistan', 'Afghanistan', 'India', 'Iran', 'Tajikistan', 'China']);
      for (const t of await svg.locator('text.tt-map-label').allTextContents()) expect(names.has(t), t).toBe(true);
    }
    await expect(flats.nth(2).locator('text', { hasText: 'Peshawar' })).toHaveCount(1);
    await page.goto('/chapters/the-ttps-return/');
    const map = page.locator('figure[data-figure="attack-map"] .svg-narrow svg');
    expect(await map.locator('.tt-map-durand').count()).toBe(1);
    expect(await map.locator('.tt-map-point').count()).toBe(attacks.length);
  });
});

test('keyboard: Tab reaches each group of attack points and the arrow keys every point', async ({ warmPage: page }) => {
  const w = watch(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/the-ttps-return/#figure-attack-map');
  const fig = page.locator('figure[data-figure="attack-map"]');
  await expect(fig.locator('.svg-live svg')).toHaveCount(1, { timeout: 20_000 });
  const seen = new Set<string>();
  const series = fig.locator('.svg-live .tt-series');
  const n = await series.count();
  expect(n).toBe(4);
  for (let s = 0; s < n; s++) {
    const group = series.nth(s);
    const count = await group.locator('[data-label]').count();
    await group.focus();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const current = group.locator('.is-current');
      await expect(current).toHaveCount(1);
      seen.add((await current.getAttribute('data-event'))!);
      await expect(fig.locator('[data-tooltip]')).toBeVisible();
    }
  }
  expect([...seen].sort()).toEqual(attacks.map((e) => e.id!).sort());
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('year control redraws the map with that year’s attacks only', async ({ warmPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/the-ttps-return/#figure-attack-map');
  const fig = page.locator('figure[data-figure="attack-map"]');
  // The live drawing waits for the chart module and the shared geometry file.
  await expect(fig.locator('.svg-live svg')).toHaveCount(1, { timeout: 20_000 });
  await fig.locator('input[data-state-key="year"][value="2023"]').check();
  await expect(fig.locator('.svg-live .tt-map-point')).toHaveCount(attacks.filter((e) => e.date!.startsWith('2023')).length);
  // The redrawn map has its borders: the geometry came from the shared file, not the chart's data.
  await expect(fig.locator('.svg-live .tt-map-land').first()).toBeAttached();
  await expect(fig.locator('.svg-live .tt-map-durand').first()).toBeAttached();
});

test('the map geometry is one shared file, fetched once however many maps a page or embed draws', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/chart-data/')) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/embed/locator-map/?view=bajaur');
  const fig = page.locator('figure[data-figure="locator-map"]');
  await fig.hover();
  await expect(fig.locator('.svg-live svg')).toHaveCount(1, { timeout: 20_000 });
  await expect(fig.locator('.svg-live .tt-map-land').first()).toBeAttached();
  expect(fetched.filter((p) => p.startsWith('/chart-data/shared/')).sort()).toEqual([
    '/chart-data/shared/map-detail.json',
    '/chart-data/shared/map-region.json',
  ]);
  // The embed's own data is inline, without the geometry.
  expect(fetched.filter((p) => !p.startsWith('/chart-data/shared/'))).toEqual([]);
});

test('map labels, as Chromium sets them, cover no other label and no other place’s point, in either edition', async ({ warmPage: page }) => {
  // The placer works on estimated boxes (geo.ts placeLabels, frame.ts textWidth and textReach);
  // this checks the boxes the browser draws. Urdu labels, estimated on Latin terms, overlapped by
  // 6-8 px at 375 and 1,000 px. Two boxes of Latin type may share up to 3 px of height: a text box
  // spans the font's whole line (room above the capitals and below the baseline), not its ink.
  const found: string[] = [];
  for (const lang of ['', '/ur']) {
    for (const path of ['/embed/attack-map/', '/embed/locator-map/', '/embed/locator-map/?view=northwest', '/embed/locator-map/?view=bajaur']) {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${lang}${path}`);
      await page.evaluate(() => document.fonts.ready);
      for (const width of [375, 1000]) {
        await page.setViewportSize({ width, height: 800 });
        const clashes = await page.evaluate(() => {
          const svg = [...document.querySelectorAll('figure svg')].find((s) => s.getBoundingClientRect().width > 0)!;
          const labels = [...svg.querySelectorAll<SVGTextElement>('.tt-map-label')].map((t) => ({
            id: t.dataset.place,
            text: t.textContent,
            b: t.getBoundingClientRect(),
          }));
          const points = [...svg.querySelectorAll<SVGElement>('[data-place]:not(.tt-map-label), [data-event]')].map((m) => {
            const b = m.getBoundingClientRect();
            return { id: m.dataset.place, x: b.x + b.width / 2, y: b.y + b.height / 2 };
          });
          const out: string[] = [];
          labels.forEach((l, i) => {
            for (const o of labels.slice(i + 1)) {
              const w = Math.min(l.b.right, o.b.right) - Math.max(l.b.left, o.b.left);
              const h = Math.min(l.b.bottom, o.b.bottom) - Math.max(l.b.top, o.b.top);
              if (w > 0.5 && h > 3) out.push(`${l.text} × ${o.text} (${Math.round(w)}×${Math.round(h)} px)`);
            }
            for (const p of points)
              if (p.id !== l.id && p.x > l.b.left && p.x < l.b.right && p.y > l.b.top && p.y < l.b.bottom)
                out.push(`${l.text} over a point (${p.id ?? 'attack'})`);
          });
          return { out, labels: labels.length };
        });
        expect(clashes.labels, `${lang}${path} at ${width} px`).toBeGreaterThan(5);
        for (const c of clashes.out) found.push(`${lang}${path} at ${width} px: ${c}`);
      }
    }
  }
  expect(found).toEqual([]);
});
