// Scrollytelling: the active step follows the text at several viewports and pixel ratios, step URLs
// deep-link without replaying intermediate states, keyboard controls work, reduced motion has no
// transition, and without JavaScript every step shows its own server-rendered chart.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watch } from './site.ts';

const STORIES = [
  { path: '/chapters/the-attack/', chart: 'bajaur-toll' },
  { path: '/chapters/whos-who/', chart: 'network' },
  { path: '/chapters/the-ttps-return/', chart: 'picss-monthly' },
];
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
];

async function stepIds(page: Page, chart: string) {
  return page.locator(`[data-scrolly][data-chart="${chart}"] [data-step]`).evaluateAll((els) => els.map((e) => e.id));
}
const activeStep = (page: Page, chart: string) =>
  page.locator(`[data-scrolly][data-chart="${chart}"] [data-scrolly-graphic]`).getAttribute('data-active-step');

/** Record every state the sticky graphic draws, from before the page's own scripts run. */
async function recordDraws(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __draws: string[] }).__draws = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === 'data-active-step' && el.dataset.activeStep) (window as unknown as { __draws: string[] }).__draws.push(el.dataset.activeStep);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-step'] });
  });
}
/** The sequence of distinct states drawn (a redraw of the same state at a new width is not a new state). */
const draws = (page: Page) => page.evaluate(() => (window as unknown as { __draws: string[] }).__draws.filter((id, i, all) => all[i - 1] !== id));

/** Scroll through a section with the mouse wheel, in steps of `fraction` of the viewport. */
async function wheelThrough(page: Page, chart: string, fraction: number, pause: number) {
  const section = page.locator(`[data-scrolly][data-chart="${chart}"]`);
  const box = await section.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY }; });
  const vh = page.viewportSize()!.height;
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, box.top - vh));
  await page.waitForTimeout(150);
  await page.mouse.move(10, vh / 2);
  while ((await page.evaluate(() => scrollY)) < box.bottom - vh / 3) {
    await page.mouse.wheel(0, Math.round(vh * fraction));
    await page.waitForTimeout(pause);
  }
  await page.waitForTimeout(300);
}

for (const vp of VIEWPORTS) for (const dpr of [1, 2]) {
  test.describe(`${vp.width}×${vp.height} @${dpr}x`, () => {
    test.use({ viewport: vp, deviceScaleFactor: dpr });

    for (const speed of [{ name: 'slowly', fraction: 0.12, pause: 60 }, { name: 'quickly', fraction: 0.6, pause: 40 }]) {
      test(`scrolling ${speed.name} activates every step in order`, async ({ page }) => {
        const w = watch(page);
        await recordDraws(page);
        await page.goto(STORIES[0]!.path);
        const ids = await stepIds(page, STORIES[0]!.chart);
        expect(ids.length).toBeGreaterThanOrEqual(4);
        await wheelThrough(page, STORIES[0]!.chart, speed.fraction, speed.pause);
        const seen = (await draws(page)).filter((id, i, all) => all[i - 1] !== id);
        // Every step appears, in order (the first may be drawn on load before scrolling).
        const firstVisits = ids.map((id) => seen.indexOf(id));
        expect(firstVisits.every((i) => i >= 0), `steps drawn: ${seen.join(', ')}`).toBe(true);
        expect([...firstVisits].sort((a, b) => a - b)).toEqual(firstVisits);
        expect(w.errors).toEqual([]);
      });
    }

    test('a deep link to a step draws that state with no intermediate state', async ({ page }) => {
      for (const story of STORIES) {
        await recordDraws(page);
        await page.goto('about:blank');
        const ids = await (async () => { await page.goto(story.path); return stepIds(page, story.chart); })();
        const target = ids[ids.length - 2]!;
        await page.goto('about:blank');
        await page.goto(`${story.path}#${target}`);
        await expect.poll(() => activeStep(page, story.chart)).toBe(target);
        await page.waitForTimeout(400);
        expect(await draws(page)).toEqual([target]);
      }
    });

    test('reloading mid-story restores the step in view', async ({ page }) => {
      const { path, chart } = STORIES[0]!;
      await page.goto(path);
      const ids = await stepIds(page, chart);
      const target = ids[2]!;
      await page.locator(`#${target}`).scrollIntoViewIfNeeded();
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), target);
      await expect.poll(() => activeStep(page, chart)).toBe(target);
      await expect(page).toHaveURL(new RegExp(`#${target}$`));
      await recordDraws(page);
      await page.reload();
      await expect.poll(() => activeStep(page, chart)).toBe(target);
      expect(await draws(page)).toEqual([target]);
    });
  });
}

test('the address follows the reader with replaceState, not new history entries', async ({ page }) => {
  const { path, chart } = STORIES[0]!;
  await page.goto(path);
  const before = await page.evaluate(() => history.length);
  await wheelThrough(page, chart, 0.3, 50);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('keyboard: previous and next step controls move the story and announce it', async ({ page }) => {
  const { path, chart } = STORIES[0]!;
  await page.goto(path);
  const ids = await stepIds(page, chart);
  const section = page.locator(`[data-scrolly][data-chart="${chart}"]`);
  await page.goto(`${path}#${ids[0]}`);
  await expect.poll(() => activeStep(page, chart)).toBe(ids[0]);
  const next = section.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => activeStep(page, chart)).toBe(ids[1]);
  await expect(section.locator('[data-scrolly-position]')).toHaveText(`Step 2 of ${ids.length}`);
  await expect(section.locator('[data-scrolly-live]')).toContainText('Step 2 of');
  await section.getByRole('button', { name: 'Previous step' }).click();
  await expect.poll(() => activeStep(page, chart)).toBe(ids[0]);
});

test('reduced motion: state changes without transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { path, chart } = STORIES[0]!;
  await page.goto(path);
  const ids = await stepIds(page, chart);
  await page.goto(`${path}#${ids[0]}`);
  await page.locator(`[data-scrolly][data-chart="${chart}"]`).getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => activeStep(page, chart)).toBe(ids[1]);
  const motion = await page.evaluate(() => {
    const svg = document.querySelector('[data-scrolly-graphic] svg')!;
    const card = document.querySelector('.step-card')!;
    return { animation: getComputedStyle(svg).animationName, transition: getComputedStyle(card).transitionDuration };
  });
  expect(motion.animation).toBe('none');
  expect(motion.transition).toBe('0s');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { path, chart } of STORIES) {
    test(`${path}: the section unrolls, each step followed by its own chart`, async ({ page }) => {
      await page.goto(path);
      const steps = page.locator(`[data-scrolly][data-chart="${chart}"] [data-step]`);
      const n = await steps.count();
      expect(n).toBeGreaterThanOrEqual(4);
      await expect(page.locator(`[data-scrolly][data-chart="${chart}"] [data-scrolly-stage]`)).toBeHidden();
      for (let i = 0; i < n; i++) {
        const flat = steps.nth(i).locator('.step-flat svg:visible');
        await expect(flat).toHaveCount(1);
        expect(await flat.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);
      }
      // Each state is distinct: the flat charts are not all the same picture.
      const svgs = await steps.locator('.step-flat .svg-narrow svg').evaluateAll((els) => els.map((e) => e.innerHTML.replace(/id="[^"]*"|aria-labelledby="[^"]*"|url\(#[^)]*\)/g, '')));
      expect(new Set(svgs).size).toBeGreaterThan(1);
    });
  }
});

test('scrolly chapters pass axe with the sticky layout active', async ({ page }) => {
  for (const { path } of STORIES) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).include('[data-scrolly]').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }
});
