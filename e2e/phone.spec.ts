// Phone-first reading (issue 14), on the built site in Chromium at phone sizes: the marks each
// scrolly step highlights or adds stay in view while its card is read; the header menu is fully
// on screen and reaches every chapter; the network is legible at 375 px and its focus mode shows
// exactly one group's ties (checked against content/data/relations.csv, read here); every
// interactive element in a chapter body is a 24 × 24 px target; the home page's first screen; and
// the step counter and address after instant jumps.
import { test, expect, type Page } from './test.ts';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { builtPages, watch } from './site.ts';

const STORIES = [
  { path: '/chapters/the-attack/', chart: 'bajaur-toll' },
  { path: '/chapters/whos-who/', chart: 'network' },
  { path: '/chapters/the-ttps-return/', chart: 'picss-monthly' },
];
// Chapter pages only (not /chapters/<slug>/handout/, the printable one-page handouts).
const CHAPTERS = builtPages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));

const relations = csvParse(readFileSync('content/data/relations.csv', 'utf8'));
const actors = JSON.parse(readFileSync('content/data/actors.json', 'utf8')) as { id: string }[];
const known = new Set(actors.map((a) => a.id));
const yearOf = (d: string | undefined) => Number((d ?? '').slice(0, 4));
/** Ties of `group` in force in `year` (started by then or undated, not ended before it). */
const tiesOf = (group: string, year: number) =>
  relations
    .filter((r) => known.has(r.from!) && known.has(r.to!) && (r.from === group || r.to === group))
    .filter((r) => (!r.start || yearOf(r.start) <= year) && (!r.end || yearOf(r.end) >= year))
    .map((r) => r.id!)
    .sort();

const stepIds = (page: Page, chart: string) => page.locator(`[data-scrolly][data-chart="${chart}"] [data-step]`).evaluateAll((els) => els.map((e) => e.id));

/** Wait until the scrolly controller has drawn (it starts after the page's load event). */
async function started(page: Page, chart: string) {
  await expect(page.locator(`[data-scrolly][data-chart="${chart}"] [data-scrolly-graphic]`)).toHaveAttribute('data-active-step', /.+/);
}

/**
 * Instant jump to a step's reading position: its card's top just below the sticky stage (phones),
 * where the reader reads it.
 */
async function toReadingPosition(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const card = step.querySelector('.step-card')!;
    const sticky = step.closest('[data-scrolly]')!.querySelector('.scrolly-sticky')!;
    const header = document.querySelector('.site-header')!.getBoundingClientRect().height;
    const stageBottom = header + sticky.getBoundingClientRect().height;
    window.scrollTo({ top: window.scrollY + card.getBoundingClientRect().top - stageBottom - 16, behavior: 'instant' });
  }, id);
}

/**
 * For each [data-mark] in the stage: the share of points sampled over its box (a 5 × 5 grid) where
 * document.elementFromPoint finds the chart itself, not a card, the header or nothing.
 */
const markVisibility = (page: Page, chart: string) =>
  page.evaluate((c) => {
    const graphic = document.querySelector(`[data-scrolly][data-chart="${c}"] [data-scrolly-graphic]`)!;
    return [...graphic.querySelectorAll('[data-mark]')].map((m) => {
      const r = m.getBoundingClientRect();
      let seen = 0;
      let all = 0;
      for (let i = 0; i < 5; i++)
        for (let j = 0; j < 5; j++) {
          const x = r.left + (r.width * (i + 0.5)) / 5;
          const y = r.top + (r.height * (j + 0.5)) / 5;
          all += 1;
          const hit = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;
          if (hit && graphic.contains(hit)) seen += 1;
        }
      return {
        mark: `${m.tagName}${m.getAttribute('data-tie') ? ` tie ${m.getAttribute('data-tie')}` : ''}${m.getAttribute('data-id') ? ` ${m.getAttribute('data-id')}` : ''}`,
        ratio: seen / all,
      };
    });
  }, chart);

for (const vp of [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
]) {
  test.describe(`${vp.width}×${vp.height}`, () => {
    test.use({ viewport: vp });
    for (const story of STORIES) {
      test(`${story.chart}: every step's highlighted or added marks are at least 90 % visible while its card is read`, async ({ warmPage: page }) => {
        const w = watch(page);
        await page.goto(story.path);
        const ids = await stepIds(page, story.chart);
        expect(ids.length).toBeGreaterThan(2);
        await page.locator(`[data-scrolly][data-chart="${story.chart}"]`).scrollIntoViewIfNeeded();
        await started(page, story.chart);
        for (const id of ids) {
          await toReadingPosition(page, id);
          await expect(page.locator(`[data-scrolly][data-chart="${story.chart}"] [data-scrolly-graphic]`), id).toHaveAttribute('data-active-step', id);
          const marks = await markVisibility(page, story.chart);
          expect(marks.length, `${id}: marks the step highlights or adds`).toBeGreaterThan(0);
          for (const m of marks) expect(m.ratio, `${id}: ${m.mark}`).toBeGreaterThanOrEqual(0.9);
          // The card being read is itself on screen, below the stage.
          const card = await page.locator(`#${id} .step-card`).boundingBox();
          expect(card!.y).toBeLessThan(vp.height - 40);
        }
        expect(w.errors).toEqual([]);
      });
    }
  });
}

for (const width of [320, 375, 414]) {
  test(`menu at ${width} px: inside the viewport, every chapter link clickable, Timeline, Teachers, Search and theme reachable; Tab stays inside, Esc closes and returns focus`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/chapters/whos-who/');
    const summary = page.locator('.chapters-menu > summary');
    await summary.click();
    const menu = page.locator('.chapters-menu .menu');
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    const chapterLinks = menu.locator('ol a');
    expect(await chapterLinks.count()).toBe(CHAPTERS.length);
    for (let i = 0; i < CHAPTERS.length; i++) await chapterLinks.nth(i).click({ trial: true });
    for (const name of ['Timeline', 'Teachers'])
      await page.locator('.site-header').getByRole('link', { name, exact: true }).filter({ visible: true }).first().click({ trial: true });
    await page.locator('.site-header').getByRole('link', { name: 'Search' }).filter({ visible: true }).first().click({ trial: true });
    await page.locator('.site-header [data-theme-toggle]').click({ trial: true });
    // Keyboard: focus cycles inside the open menu, Esc closes it and focus returns to its button.
    await summary.focus();
    const stops = await menu.locator('a').filter({ visible: true }).count();
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.chapters-menu'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(summary).toBeFocused();
  });
}

test.describe('network at 375 px', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  // Both editions: the layout was tuned for the English labels, and the Urdu ones, longer and
  // taller, collided until the module moved them (settleLabels in src/charts/network.ts).
  for (const path of ['/chapters/whos-who/', '/ur/chapters/whos-who/'])
    test(`${path}: labels are at least 12 px and no two label boxes overlap, in the figure and on the scrolly stage`, async ({ page }) => {
      await page.goto(path);
      const figure = page.locator('figure[data-figure="network"]');
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('.svg-live svg[data-chart="network"]')).toBeAttached();
      const slider = figure.locator('input[data-state-key="year"]');
      const stage = page.locator('[data-scrolly][data-chart="network"]');
      const check = async (svgSel: string, what: string) => {
        const labels = await page
          .locator(svgSel)
          .first()
          .evaluate((svg: SVGSVGElement) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('.tt-net-label')].map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
            });
          });
        expect(labels.length).toBeGreaterThan(10);
        for (const l of labels) expect(l.size, `${what}: ${l.text}`).toBeGreaterThanOrEqual(11.9);
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i]!, labels[j]!];
            const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
            expect(overlap, `${what}: "${a.text}" overlaps "${b.text}"`).toBe(false);
          }
      };
      for (const year of [2007, 2014, 2021, 2025]) {
        await slider.fill(String(year));
        await expect(figure.locator('.svg-live svg')).toHaveAttribute('data-year', String(year));
        await check('figure[data-figure="network"] .svg-live svg', `figure ${year}`);
      }
      const ids = await stepIds(page, 'network');
      for (const id of [ids[0]!, ids.at(-1)!]) {
        await stage.scrollIntoViewIfNeeded();
        await toReadingPosition(page, id);
        await expect(stage.locator('[data-scrolly-graphic]')).toHaveAttribute('data-active-step', id);
        await check('[data-scrolly][data-chart="network"] [data-scrolly-graphic] svg', `stage ${id}`);
      }
    });

  test('focus mode: tap or Enter on a group shows exactly its ties that year (relations.csv) and fades the rest; tap again or Esc clears', async ({ page }) => {
    const w = watch(page);
    await page.goto('/chapters/whos-who/');
    const figure = page.locator('figure[data-figure="network"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.svg-live svg[data-chart="network"]')).toBeAttached();
    const shown = () => figure.locator('.svg-live [data-tie]:not(.tt-dim)').evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!).sort());
    const faded = () => figure.locator('.svg-live [data-tie].tt-dim').count();
    for (const [year, group] of [
      [2015, 'ISKP'],
      [2021, 'AFG_TALIBAN'],
      [2025, 'TTP'],
      [2025, 'PAK_GOV'],
    ] as const) {
      await figure.locator('input[data-state-key="year"]').fill(String(year));
      await expect(figure.locator('.svg-live svg')).toHaveAttribute('data-year', String(year));
      // The node's own 24 px disc (its label may sit under a neighbour's ties).
      await figure.locator(`.svg-live [data-actor="${group}"] .tt-net-hit`).tap();
      const expected = tiesOf(group, year);
      expect(expected.length, `${group} ${year} has ties in the data`).toBeGreaterThan(0);
      await expect.poll(shown, `${group} ${year}`).toEqual(expected);
      expect(await faded()).toBeGreaterThan(0);
      await figure.locator(`.svg-live [data-actor="${group}"] .tt-net-hit`).tap();
      await expect.poll(faded, 'a second tap clears focus mode').toBe(0);
    }
    const node = figure.locator('.svg-live [data-actor="ISKP"]');
    await node.focus();
    await page.keyboard.press('Enter');
    await expect.poll(shown).toEqual(tiesOf('ISKP', 2025));
    await page.keyboard.press('Escape');
    await expect.poll(faded).toBe(0);
    await expect(figure.locator('.svg-live [data-actor="ISKP"]')).toBeFocused();
    expect(w.errors).toEqual([]);
  });
});

test.describe('targets at 375 px', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test('every a, button and [tabindex] in a chapter body has a hit box of at least 24 × 24 px', async ({ warmPage: page }) => {
    expect(CHAPTERS.length).toBeGreaterThan(5);
    for (const path of CHAPTERS) {
      await page.goto(path);
      // Let every figure and the scrolly start (their scripts add controls and node buttons).
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
          window.scrollTo({ top: y, behavior: 'instant' });
          await new Promise(requestAnimationFrame);
        }
      });
      const small = await page.locator('.chapter-body').evaluate((body) =>
        [...body.querySelectorAll<HTMLElement | SVGElement>('a, button, [tabindex]')]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[aria-hidden="true"]'))
          .map((el) => {
            const r = el.getBoundingClientRect();
            return {
              el: `${el.tagName} ${el.getAttribute('class') ?? ''} in ${el.parentElement?.tagName} ${el.parentElement?.className ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
              w: r.width,
              h: r.height,
            };
          })
          .filter((b) => b.w < 23.5 || b.h < 23.5),
      );
      expect(small, path).toEqual([]);
    }
  });
});

test.describe('home at 375 × 667', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test('the first screen has the title, a premise of at most two sentences, "Start reading" and a key figure', async ({ warmPage: page }) => {
    await page.goto('/');
    const within = async (sel: string) => {
      const b = (await page.locator(sel).first().boundingBox())!;
      expect(b.y + b.height, sel).toBeLessThanOrEqual(667);
    };
    await within('h1');
    await within('.hero .premise');
    await expect(page.getByRole('link', { name: /Start reading/ })).toBeVisible();
    await within('a.button-primary');
    await within('.glance-list li .glance-number');
    const premise = (await page.locator('.hero .premise').textContent())!;
    expect(premise.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length).toBeLessThanOrEqual(2);
    // The rest of the premise follows.
    await expect(page.locator('.hero .premise-more')).toContainText('Pakistani Taliban');
  });
});

test.describe('counter at 375 × 667', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  for (const story of STORIES) {
    test(`${story.chart}: after instant jumps to each step the counter and the address name it`, async ({ warmPage: page }) => {
      await page.goto(story.path);
      const ids = await stepIds(page, story.chart);
      const section = page.locator(`[data-scrolly][data-chart="${story.chart}"]`);
      await expect(section.locator('[data-scrolly-position]')).toHaveText(`Step 1 of ${ids.length}`);
      await section.scrollIntoViewIfNeeded();
      await started(page, story.chart);
      // Jump from the top straight to the end, then back to the start, then through the middle.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const order = [
        ids.length - 1,
        0,
        ...ids
          .map((_, i) => i)
          .slice(1, -1)
          .reverse(),
        ids.length - 2,
      ];
      for (const i of order) {
        await toReadingPosition(page, ids[i]!);
        await expect(section.locator('[data-scrolly-position]'), ids[i]).toHaveText(`Step ${i + 1} of ${ids.length}`);
        await expect.poll(() => page.evaluate(() => location.hash), ids[i]).toBe(`#${ids[i]}`);
      }
    });
  }
});
