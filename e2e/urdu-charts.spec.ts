// Urdu charts (issue 17), through the Urdu embed pages (/ur/embed/<id>/): an Urdu embed pasted on
// a journalist's page on a second origin sizes itself; an Urdu figure's data table and controls
// work and redraw in Urdu; an Urdu embed page passes axe in the light and the dark theme.
// (Every chart's Urdu drawing at 320/768/1280 px: tests/unit/urdu-charts.test.ts.)
import { test, expect, type Page } from './test.ts';
import { axeViolations, HOST, SITE, watch } from './site.ts';

/** The Urdu snippet as built, pointed at the served site (as the site's own pages do for readers). */
async function urduSnippet(page: Page, id: string): Promise<string> {
  const code = await (await page.request.get(`${SITE}/ur/embed/${id}/snippet.html`)).text();
  const built = new URL(code.match(/<iframe[^>]* src="([^"]+)"/)![1]!).origin;
  return code.replaceAll(`${built}/`, `${SITE}/`);
}

/** The iframe's height and the height of the embed page inside it. */
async function heights(page: Page, sel: string) {
  const frame = await (await page.locator(sel).elementHandle())!.contentFrame();
  const content = await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const box = await page.locator(sel).evaluate((el) => el.getBoundingClientRect().height);
  return { frame: box, content };
}

test('an Urdu embed on another origin sizes itself to its content at 320 and 1000 px', async ({ warmPage: page }) => {
  const w = watch(page);
  const code = await urduSnippet(page, 'bajaur-toll');
  expect(code).toContain('/ur/embed/bajaur-toll/');
  expect(code).toContain('lang="ur"');
  const sel = 'iframe[data-twin-threats="bajaur-toll"]';
  for (const width of [320, 1000]) {
    await page.goto(`${HOST}/?width=${width}&paste=${encodeURIComponent(code)}`);
    await expect
      .poll(
        async () => {
          const h = await heights(page, sel);
          return Math.abs(h.frame - h.content);
        },
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(2);
    const frame = await (await page.locator(sel).elementHandle())!.contentFrame();
    expect(await frame!.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
  }
  expect(w.errors).toEqual([]);
});

test('an Urdu figure: its data table opens with Urdu headers, and its control redraws the chart in Urdu', async ({ warmPage: page }) => {
  const w = watch(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${SITE}/ur/embed/picss-yearly/`);
  const figure = page.locator('figure.figure');
  await figure.getByText('اعداد و شمار دیکھیں').click();
  const table = figure.locator('.data-table table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead th').first()).toHaveText('سال');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
  await figure.getByRole('radio', { name: 'ہلاکتیں', exact: true }).check();
  const live = figure.locator('.svg-live svg');
  await expect(live).toHaveAttribute('data-lang', 'ur');
  await expect(live.locator('title')).toHaveText(/ہلاکتیں/);
  const text = await live.locator('text').allTextContents();
  expect(text.join(' ')).not.toMatch(/[A-Za-z]/);
  expect(w.errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`an Urdu embed page passes axe (${theme})`, async ({ warmPage: page }) => {
    await page.goto(`${SITE}/ur/embed/bajaur-toll/?theme=${theme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('an Urdu group profile: the panel’s words, the group’s data and the announcement are Urdu; aliases and outlets’ names are marked English', async ({
  page,
}) => {
  const w = watch(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${SITE}/ur/chapters/whos-who/`);
  const figure = page.locator('figure[data-figure="network"]');
  await figure.scrollIntoViewIfNeeded();
  const node = figure.locator('.svg-live [data-actor="ISKP"]');
  await node.focus();
  await page.keyboard.press('Enter');
  const panel = figure.locator('[data-graph-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('h4').first()).toHaveText(/^\d{4} میں تعلقات: \d+$/);
  await expect(panel.locator('button[data-graph-close]')).toContainText('بند کریں');
  await expect(figure.locator('[data-figure-live]')).toContainText('کا تعارف');
  // The group's summary (the panel's last paragraph, before its source) and its leaders (the first
  // list: name, period, note) are Urdu, not English marked as such.
  const urduText = (el: Element) => {
    const first = el.firstChild;
    const text = first?.textContent ?? '';
    return {
      arabic: /^[\u0600-\u06ff]/.test(text.trim()),
      latin: /[A-Za-z]/.test(text),
      marked: first?.nodeType !== Node.TEXT_NODE || !!el.closest('[lang="en"]'),
    };
  };
  const plain = { arabic: true, latin: false, marked: false };
  expect(await panel.locator(':scope > p').last().evaluate(urduText)).toEqual(plain);
  const leaders = panel.locator(':scope > ul').first().locator('li');
  await expect(leaders).toHaveCount(4);
  for (const li of await leaders.all()) {
    expect(await li.evaluate(urduText)).toEqual(plain);
    expect(await li.evaluate((el) => ({ latin: /[A-Za-z]/.test(el.textContent ?? ''), english: el.querySelectorAll('[lang="en"]').length }))).toEqual({
      latin: false,
      english: 0,
    });
  }
  await expect(leaders.first()).toContainText('حافظ سعید خان');
  await expect(panel).toContainText('شہاب المہاجر');
  // Every Latin-script word in the panel sits inside an element marked English (aliases, outlets).
  const unmarked = await panel.evaluate((el) => {
    const out: string[] = [];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode())
      if (/[A-Za-z]{2,}/.test(n.textContent ?? '') && !n.parentElement?.closest('[lang="en"]')) out.push(n.textContent!.trim());
    return out;
  });
  expect(unmarked).toEqual([]);
  expect(await axeViolations(page, { include: 'figure[data-figure="network"]' })).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(w.errors).toEqual([]);
});
