// Robustness: every page still presents its text and its server-rendered charts when JavaScript
// is off; every chapter (and a few other pages) when a chart's script fails and when the page's
// styles are taken out. Charts are drawn on the server, so none of these may leave a figure empty. (That the build
// has the chapters and chart chunks these tests need: tests/site/deploy.test.ts.)
import { test, expect, type Page } from './test.ts';
import { readdirSync } from 'node:fs';
import { builtPages, gotoSettled } from './site.ts';

const all = builtPages();
// Chapter pages, not their one-page handouts (/chapters/<slug>/handout/), which draw no live chart.
const chapters = all.filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
const others = ['/', '/teachers/', '/sources/', '/embed/picss-yearly/', '/embed/network/'].filter((p) => all.includes(p));
const pages = [...all.filter((p) => p.startsWith('/chapters/')), ...others];
/** Without JavaScript: every page but the embeds (two of which are in `others`). */
const noJsPages = [...new Set([...all.filter((p) => !p.startsWith('/embed/')), ...others])];

/** Chart module chunks in the build, by chart id ("picss-monthly" → "picss-monthly.Ab12Cd34.js"). */
const chunks = new Map<string, string>();
for (const name of readdirSync('dist/_astro')) {
  const m = /^([a-z0-9-]+)\.[\w-]+\.js$/.exec(name);
  if (m && !['chart-core', 'preload-helper', 'reader', 'embed-dialog'].includes(m[1]!)) chunks.set(m[1]!, name);
}

/** Text of the main content: the <main> element (every page has one, the embeds too). */
// innerText, not textContent: the text a reader sees (hidden nodes excluded).
// biome-ignore lint/performance/useDomNodeTextContent: see above
const mainText = (page: Page) => page.locator('main').innerText();

/** Every visible chart figure (figures and flat scrolly steps) shows an SVG with a real size. */
async function chartsDrawn(page: Page) {
  // One evaluate for all figures: a chapter has dozens (each flat step is one), and three round
  // trips a figure were most of this spec's time.
  return page.locator('figure:has(.chart-graphic)').evaluateAll((figures) => {
    const empty: string[] = [];
    for (const [i, fig] of figures.entries()) {
      if (!fig.checkVisibility()) continue;
      const drawn = [...fig.querySelectorAll('.chart-graphic svg')].some((svg) => {
        const r = svg.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      });
      if (!drawn) empty.push(fig.id || fig.getAttribute('aria-label') || `figure ${i}`);
    }
    return { visible: figures.length, empty };
  });
}

async function textAndCharts(page: Page, path: string) {
  await expect(page.locator('h1')).toBeVisible();
  const minText = path.startsWith('/embed/') ? 100 : path.startsWith('/chapters/') ? 500 : 200;
  expect((await mainText(page)).length).toBeGreaterThan(minText);
  const { empty } = await chartsDrawn(page);
  expect(empty, 'figures without a drawn chart').toEqual([]);
}

// These two groups load and read, so they use the worker's warm page (e2e/test.ts); the one that
// breaks a chart module has pages of its own.
test.describe('JavaScript blocked', () => {
  for (const path of noJsPages) {
    test(`${path}: text, server-rendered charts and flat scrollies`, async ({ warmPageNoScript: page }) => {
      await page.goto(path);
      await textAndCharts(page, path);
      // Scrolly sections are flat: the sticky stage is not shown, every step shows its chart.
      for (const section of await page.locator('[data-scrolly]').all()) {
        await expect(section.locator('[data-scrolly-stage]')).toBeHidden();
        const flat = section.locator('.step-flat');
        expect(await flat.count()).toBeGreaterThan(0);
        for (const f of await flat.all()) await expect(f.locator('svg').first()).toBeVisible();
      }
      if (chapters.includes(path)) expect(await page.locator('figure:has(.chart-graphic)').count()).toBeGreaterThan(0);
    });
  }
});

test.describe('a chart module that throws', () => {
  for (const path of chapters) {
    test(`${path}: the page keeps its text and charts, and the scrolly falls back to flat`, async ({ page }) => {
      // The charts this chapter draws, first its scrolly's (if any).
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const ids = await page.evaluate(() =>
        [
          ...[...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) => s.dataset.chart ?? ''),
          ...[...document.querySelectorAll<HTMLElement>('[data-figure]')].map((f) => f.dataset.figure ?? ''),
        ].filter(Boolean),
      );
      const broken = ids.find((id) => chunks.has(id));
      expect(broken, `a chart of ${path} with its own chunk (${[...chunks.keys()].join(', ')})`).toBeTruthy();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route(`**/_astro/${chunks.get(broken!)}`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("boom");' }),
      );
      await gotoSettled(page, path);
      await textAndCharts(page, path);
      const flatCharts = (p: Page) =>
        p
          .locator(`[data-scrolly][data-chart="${broken}"] .step-flat`)
          .evaluateAll((figures) => figures.map((f) => f.querySelector('.chart-graphic')?.outerHTML));
      for (const section of await page.locator(`[data-scrolly][data-chart="${broken}"]`).all()) {
        // A story starts (and its broken module fails) as it comes near the viewport.
        await section.scrollIntoViewIfNeeded();
        await expect(section).toHaveClass(/\bis-flat\b/);
        await expect(section.locator('[data-scrolly-stage]')).toBeHidden();
        for (const f of await section.locator('.step-flat').all()) await expect(f.locator('svg').first()).toBeVisible();
      }
      // The steps' charts, sent in <noscript> (src/scripts/flat-layout.ts), are built as the page
      // without JavaScript builds them.
      if (await page.locator(`[data-scrolly][data-chart="${broken}"]`).count()) {
        const noScript = await page.context().browser()!.newPage({ javaScriptEnabled: false });
        await noScript.goto(path);
        const expected = await flatCharts(noScript);
        await noScript.close();
        expect(expected.length).toBeGreaterThan(1);
        expect(await flatCharts(page)).toEqual(expected);
      }
      // Figures of that chart keep the server's drawing (no live redraw replaced it).
      for (const fig of await page.locator(`figure[data-figure="${broken}"]`).all()) {
        await expect(fig.locator('.chart-graphic svg:visible').first()).toBeVisible();
      }
      // The failure is contained: the only errors are the broken module's own (its "boom", or a
      // script that imports it statically failing to link), nothing else broke.
      const chunk = chunks.get(broken!)!;
      expect(errors.filter((e) => !e.includes('boom') && !e.includes(chunk))).toEqual([]);
    });
  }
});

// The styles are inline (src/lib/inline-head.ts), so they cannot fail on their own: this is the
// page with its styles taken out, as a reader mode, a text browser or a user style sheet that
// turns author styles off would show it.
test.describe('without styles', () => {
  for (const path of pages) {
    test(`${path}: readable text and charts as SVG with a real size`, async ({ warmPage: page }) => {
      await page.route(
        (url) => url.pathname === path,
        async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
          await route.fulfill({ response, body });
        },
      );
      await gotoSettled(page, path);
      // The page really has no author styles (a stylesheet fetched later would undo the test).
      expect(await page.evaluate(() => document.styleSheets.length), page.url()).toBe(0);
      await textAndCharts(page, path);
      if (chapters.includes(path) || path.startsWith('/embed/')) expect(await page.locator('.chart-graphic svg').count()).toBeGreaterThan(0);
    });
  }
});
