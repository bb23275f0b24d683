// The group-relations diagram in the built site (chapter 2's figure): for several years the ties
// drawn are exactly those in force according to content/data/relations.csv (read here, not
// through the chart module); contested ties look different; groups keep their places from year to
// year; the type filter works; a group's profile opens and closes by keyboard; the table lists
// every tie and comes before the drawing; without JavaScript the network is still drawn.
import { test, expect, type Page } from './test.ts';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { axeViolations, watch } from './site.ts';

const PATH = '/chapters/whos-who/';
const FIGURE = 'figure[data-figure="network"]';
const relations = csvParse(readFileSync('content/data/relations.csv', 'utf8'));
const actors = JSON.parse(readFileSync('content/data/actors.json', 'utf8')) as { id: string; name: string; short: string; aliases: string[] }[];
const outletOf = new Map((JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string; outlet: string }[]).map((s) => [s.id, s.outlet]));
const known = new Set(actors.map((a) => a.id));
const yearOf = (d: string | undefined) => Number((d ?? '').slice(0, 4));

/** Ties in force in `year`: started by then (or undated start) and not ended before it. */
const inForce = (year: number) =>
  relations
    .filter((r) => known.has(r.from!) && known.has(r.to!))
    .filter((r) => (!r.start || yearOf(r.start) <= year) && (!r.end || yearOf(r.end) >= year))
    .map((r) => r.id!)
    .sort();

async function open(page: Page) {
  await page.goto(PATH);
  const figure = page.locator(FIGURE);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.svg-live svg[data-chart="network"]')).toBeAttached();
  return figure;
}

async function setYear(page: Page, year: number) {
  const figure = page.locator(FIGURE);
  await figure.locator('input[data-state-key="year"]').fill(String(year));
  await expect(figure.locator('.svg-live svg[data-chart="network"]')).toHaveAttribute('data-year', String(year));
}

const drawnTies = (page: Page) => page.locator(`${FIGURE} .svg-live [data-tie]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!).sort());

test('for each year, the ties drawn are exactly the ties in force that year', async ({ warmPage: page }) => {
  const w = watch(page);
  await open(page);
  for (const year of [2007, 2009, 2014, 2015, 2017, 2021, 2022, 2023, 2024, 2025]) {
    await setYear(page, year);
    expect(await drawnTies(page), String(year)).toEqual(inForce(year));
    await expect(page.locator(`${FIGURE} output[data-state-output="year"]`)).toHaveText(String(year));
  }
  // The story's turning points are visible in the data: ISKP appears in 2015, the 2021–2022 talks end.
  expect(inForce(2014).some((id) => relations.find((r) => r.id === id)!.from === 'ISKP' && relations.find((r) => r.id === id)!.to === 'IS')).toBe(false);
  expect(inForce(2015).some((id) => relations.find((r) => r.id === id)!.from === 'ISKP')).toBe(true);
  expect(w.errors).toEqual([]);
});

// Issue 14 changed this deliberately: contested ties are told apart by line style (thinner, fainter,
// explained in the legend), no longer by a "?" badge on every tie.
test('contested ties are drawn differently from reported ones: their own class, a thinner, fainter line and no badge', async ({ warmPage: page }) => {
  const figure = await open(page);
  const ties = await figure.locator('.svg-live [data-tie]').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-tie')!,
      status: e.getAttribute('data-status'),
      contestedClass: e.classList.contains('tt-tie-contested'),
      badge: [...e.querySelectorAll('text')].some((t) => t.textContent?.trim() === '?'),
      opacity: Math.min(...[...e.querySelectorAll('path.tt-tie-line')].map((p) => parseFloat(getComputedStyle(p).opacity))),
      stroke: Math.max(...[...e.querySelectorAll('path, line')].map((p) => parseFloat(getComputedStyle(p).strokeWidth) || 0)),
      group: e.getAttribute('data-group'),
    })),
  );
  const contested = relations.filter((r) => r.status === 'contested').map((r) => r.id);
  expect(ties.filter((t) => t.status === 'contested').length).toBeGreaterThan(0);
  for (const t of ties) {
    expect(t.status === 'contested', t.id).toBe(contested.includes(t.id));
    expect(t.contestedClass, t.id).toBe(t.status === 'contested');
    expect(t.badge, t.id).toBe(false);
    if (t.status === 'contested') expect(t.opacity, t.id).toBeLessThan(1);
  }
  for (const c of ties.filter((t) => t.status === 'contested')) {
    const same = ties.find((t) => t.group === c.group && t.status !== 'contested');
    if (same) expect(c.stroke, `${c.id} thinner than ${same.id}`).toBeLessThan(same.stroke);
  }
});

test('groups keep their places from one year to the next', async ({ warmPage: page }) => {
  await open(page);
  const positions = async () =>
    page
      .locator(`${FIGURE} .svg-live [data-actor] circle`)
      .evaluateAll((els) =>
        Object.fromEntries(els.map((c) => [c.parentElement!.getAttribute('data-actor'), `${c.getAttribute('cx')},${c.getAttribute('cy')}`])),
      );
  await setYear(page, 2010);
  const a = await positions();
  await setYear(page, 2023);
  const b = await positions();
  expect(Object.keys(a).sort()).toEqual([...known].sort());
  expect(b).toEqual(a);
});

test('the type filter hides and shows a kind of tie', async ({ warmPage: page }) => {
  const figure = await open(page);
  await setYear(page, 2023);
  const all = await drawnTies(page);
  const conflict = await figure.locator('.svg-live [data-tie][data-group="conflict"]').count();
  expect(conflict).toBeGreaterThan(0);
  await figure.getByRole('checkbox', { name: 'Rivalry and fighting' }).uncheck();
  await expect(figure.locator('.svg-live [data-tie][data-group="conflict"]')).toHaveCount(0);
  expect((await drawnTies(page)).length).toBe(all.length - conflict);
  await figure.getByRole('checkbox', { name: 'Rivalry and fighting' }).check();
  expect(await drawnTies(page)).toEqual(all);
});

test('keyboard: a group’s profile opens with Enter, lists its ties with sources, and Esc closes it and returns focus', async ({ warmPage: page }) => {
  const figure = await open(page);
  await setYear(page, 2023);
  const node = figure.locator('.svg-live [data-actor="ISKP"]');
  await node.focus();
  await expect(node).toBeFocused();
  // Focus alone highlights the group's ties.
  await expect(figure.locator('.svg-live [data-tie].tt-highlight').first()).toBeAttached();
  await page.keyboard.press('Enter');
  const panel = figure.locator('[data-graph-panel]');
  await expect(panel).toBeVisible();
  await expect(node).toHaveAttribute('aria-expanded', 'true');
  const iskp = actors.find((a) => a.id === 'ISKP')!;
  await expect(panel.locator('h3')).toHaveText(iskp.name);
  for (const alias of iskp.aliases.slice(0, 2)) await expect(panel).toContainText(alias);
  await expect(panel).toContainText('Ties in 2023');
  const tieCount = inForce(2023).filter((id) => {
    const r = relations.find((x) => x.id === id)!;
    return r.from === 'ISKP' || r.to === 'ISKP';
  }).length;
  await expect(panel.getByText(`Ties in 2023: ${tieCount}`)).toBeVisible();
  const links = panel.locator('a[href*="/sources/#"]');
  expect(await links.count()).toBeGreaterThan(tieCount);
  // Each link names the outlet of the source it leads to, not the source's id.
  for (const link of await links.all()) {
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    expect(outletOf.has(id), id).toBe(true);
    await expect(link).toHaveText(outletOf.get(id)!);
  }
  await expect(figure.locator('[data-figure-live]')).toContainText('Profile of');
  expect(await axeViolations(page, { include: FIGURE })).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(node).toBeFocused();
  await expect(node).toHaveAttribute('aria-expanded', 'false');
  // A profile's source links lead to the site's sources list.
  await page.keyboard.press('Enter');
  const href = await links.first().getAttribute('href');
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('each group, a button, is named by the words drawn beside it, even on two lines (Label in Name)', async ({ warmPage: page }) => {
    const figure = await open(page);
    const named = await figure
      .locator('.svg-live [data-actor][role="button"]')
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ drawn: n.querySelector('text')!.textContent!, lines: n.querySelectorAll('tspan').length, name: n.getAttribute('aria-label')! })),
      );
    // Labels wrap at this width ("Afghan Republic" on two lines).
    expect(named.filter(({ lines }) => lines > 1).length).toBeGreaterThan(2);
    for (const { drawn, name } of named) expect(name.toLowerCase(), drawn).toContain(drawn.toLowerCase());
    expect(await axeViolations(page, { include: FIGURE })).toEqual([]);
  });
});

test('the table lists every tie, with its dates, status and source, and comes before the drawing', async ({ warmPage: page }) => {
  const figure = await open(page);
  const rows = await figure.locator('.data-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      cells: [...tr.children].map((c) => c.textContent?.trim() ?? ''),
      sources: tr.querySelector('[data-source-ids]')?.getAttribute('data-source-ids') ?? '',
    })),
  );
  expect(rows).toHaveLength(relations.length);
  expect(rows.map((r) => r.sources).sort()).toEqual(relations.map((r) => r.source!).sort());
  const name = (id: string) => actors.find((a) => a.id === id)!.name;
  for (const r of relations) {
    expect(
      rows.some((row) => row.cells[0] === name(r.from!) && row.cells[1] === name(r.to!) && row.sources === r.source && row.cells[5] === r.status),
      r.id,
    ).toBe(true);
  }
  // A date that no source gives (precision "approx" in the data) is marked "≈" in the table; sourced dates are not.
  const approxDates = relations.flatMap((r) => [r.start_precision === 'approx' ? r.start : '', r.end_precision === 'approx' ? r.end : ''].filter(Boolean));
  expect(approxDates.length).toBeGreaterThan(0);
  const dateCells = rows.flatMap((row) => [row.cells[3]!, row.cells[4]!]);
  expect(dateCells.filter((c) => c.startsWith('≈ ')).length).toBe(approxDates.length);
  expect(rows.find((row) => row.cells[0] === name('TTP') && row.cells[1] === name('AFG_TALIBAN') && row.cells[2] === 'is allied with')?.cells[3]).toBe(
    '≈ December 2007',
  );
  // Reading order: the table (reachable first by a screen reader) precedes the drawing.
  const order = await figure.evaluate((f) => {
    const table = f.querySelector('.data-table')!;
    const chart = f.querySelector('.figure-chart')!;
    return table.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // The method note: collected outward from the story's groups, not a census; contested ties explained.
  await expect(figure.locator('.figure-notes')).toContainText('not by a census');
  await expect(figure.locator('.figure-notes')).toContainText('Contested ties');
  await expect(figure.locator('.figure-notes')).toContainText('no source gives');
});

test.describe('without JavaScript', () => {
  test('the server-rendered network shows the ties in force in 2025, with its legend', async ({ warmPageNoScript: page }) => {
    await page.goto(PATH);
    const svg = page.locator(`${FIGURE} .chart-graphic svg[data-chart="network"]:visible`);
    await expect(svg).toHaveCount(1);
    const ties = await svg.locator('[data-tie]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!).sort());
    expect(ties).toEqual(inForce(2025));
    await expect(svg.locator('[data-actor]')).toHaveCount(actors.length);
    await expect(svg.getByText('Contested: thin, faint')).toBeVisible();
    await expect(svg.getByText('Date approximate (≈)')).toBeVisible();
    // Ties whose date no source gives are drawn with the approximate-date treatment, and only they.
    const approx = relations.filter((r) => r.start_precision === 'approx' || r.end_precision === 'approx').map((r) => r.id!);
    const drawnApprox = await svg.locator('[data-tie].tt-tie-approx').evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!).sort());
    expect(drawnApprox).toEqual(inForce(2025).filter((id) => approx.includes(id)));
    expect(drawnApprox.length).toBeGreaterThan(0);
    const box = await svg.boundingBox();
    expect(box!.height).toBeGreaterThan(250);
  });
});
