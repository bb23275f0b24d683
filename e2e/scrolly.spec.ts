// Scrollytelling: the active step follows the text at several viewports and pixel ratios, step URLs
// deep-link without replaying intermediate states, keyboard controls work, reduced motion has no
// transition, and without JavaScript every step shows its own server-rendered chart.
import { test, expect, type Page } from './test.ts';
import { axeViolations, frames, gotoSettled, watch } from './site.ts';

const STORIES = [
  { path: '/chapters/the-attack/', chart: 'bajaur-toll' },
  { path: '/chapters/whos-who/', chart: 'network' },
  { path: '/chapters/the-ttps-return/', chart: 'picss-monthly' },
];
// Each viewport at one device pixel ratio, three ratios in all: a phone's 2, a fractional 1.5 (as
// at 150 % zoom, where element boxes fall between device pixels: a Scrollama bug, see
// ../shared/design/ANCHORS.md) and a desktop's 1.
const VIEWPORTS = [
  { width: 375, height: 667, dpr: 2 },
  { width: 768, height: 1024, dpr: 1.5 },
  { width: 1440, height: 900, dpr: 1 },
];

/** Wait until the page stops scrolling (the same scrollY over two frames, polled). */
async function scrollSettled(page: Page) {
  let last = -1;
  await expect
    .poll(async () => {
      await frames(page);
      const y = await page.evaluate(() => scrollY);
      const same = y === last;
      last = y;
      return same;
    })
    .toBe(true);
}

async function stepIds(page: Page, chart: string) {
  return page.locator(`[data-scrolly][data-chart="${chart}"] [data-step]`).evaluateAll((els) => els.map((e) => e.id));
}
const activeStep = (page: Page, chart: string) => page.locator(`[data-scrolly][data-chart="${chart}"] [data-scrolly-graphic]`).getAttribute('data-active-step');

/**
 * Record every state the sticky graphic of `chart` draws, from before the page's own scripts run
 * (a chapter may hold other scrollies, which set their own first state).
 */
async function recordDraws(page: Page, chart: string) {
  await page.addInitScript((chart) => {
    (window as unknown as { __draws: string[] }).__draws = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName !== 'data-active-step' || !el.dataset.activeStep) continue;
        if (el.closest<HTMLElement>('[data-scrolly]')?.dataset.chart !== chart) continue;
        (window as unknown as { __draws: string[] }).__draws.push(el.dataset.activeStep);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-step'] });
  }, chart);
}
/** The sequence of distinct states drawn (a redraw of the same state at a new width is not a new state). */
const draws = (page: Page) => page.evaluate(() => (window as unknown as { __draws: string[] }).__draws.filter((id, i, all) => all[i - 1] !== id));

/**
 * Scroll through a section with the mouse wheel, in steps of `fraction` of the viewport. Slowly:
 * small steps, each painted and observed before the next. Quickly: large steps sent `burst` at a
 * time without waiting, as a flick of the wheel sends them.
 */
async function wheelThrough(page: Page, chart: string, fraction: number, burst = 1) {
  const section = page.locator(`[data-scrolly][data-chart="${chart}"]`);
  const box = await section.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  });
  const vh = page.viewportSize()!.height;
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, box.top - vh));
  await scrollSettled(page);
  await page.mouse.move(10, vh / 2);
  while ((await page.evaluate(() => scrollY)) < box.bottom - vh / 3) {
    for (let i = 0; i < burst; i++) await page.mouse.wheel(0, Math.round(vh * fraction));
    // Painted, and the IntersectionObserver has reported, before the next step.
    await frames(page);
  }
  await scrollSettled(page);
}

for (const { dpr, ...vp } of VIEWPORTS) {
  test.describe(`${vp.width}×${vp.height} @${dpr}x`, () => {
    test.use({ viewport: vp, deviceScaleFactor: dpr });

    for (const speed of [
      { name: 'slowly', fraction: 0.12, burst: 1 },
      { name: 'quickly', fraction: 0.6, burst: 2 },
    ]) {
      test(`scrolling ${speed.name} activates every step in order`, async ({ page }) => {
        const w = watch(page);
        await recordDraws(page, STORIES[0]!.chart);
        await page.goto(STORIES[0]!.path);
        const ids = await stepIds(page, STORIES[0]!.chart);
        expect(ids.length).toBeGreaterThanOrEqual(4);
        await wheelThrough(page, STORIES[0]!.chart, speed.fraction, speed.burst);
        const seen = (await draws(page)).filter((id, i, all) => all[i - 1] !== id);
        // Every step appears, in order (the first may be drawn on load before scrolling).
        const firstVisits = ids.map((id) => seen.indexOf(id));
        expect(
          firstVisits.every((i) => i >= 0),
          `steps drawn: ${seen.join(', ')}`,
        ).toBe(true);
        expect([...firstVisits].sort((a, b) => a - b)).toEqual(firstVisits);
        expect(w.errors).toEqual([]);
      });
    }

    test('a deep link to a step draws that state with no intermediate state', async ({ page }) => {
      for (const story of STORIES) {
        await recordDraws(page, story.chart);
        await page.goto('about:blank');
        const ids = await (async () => {
          await page.goto(story.path);
          return stepIds(page, story.chart);
        })();
        const target = ids[ids.length - 2]!;
        await page.goto('about:blank');
        await gotoSettled(page, `${story.path}#${target}`);
        await expect.poll(() => activeStep(page, story.chart)).toBe(target);
        // Settled: everything the page loads has loaded and two frames have been drawn since.
        await frames(page);
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
      await recordDraws(page, chart);
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
  await wheelThrough(page, chart, 0.3);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('keyboard: previous and next step controls move the story and announce it', async ({ warmPage: page }) => {
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

test('Next goes straight to the next step even if the end of an earlier scroll arrives as it starts', async ({ page }) => {
  // On a busy phone the scrollend of the scroll before (here: the jump to the first step) can be
  // delivered a frame after Next is pressed. It must not end the button's steering, or the step
  // still in view at the start of the smooth scroll is drawn again on the way.
  const { path, chart } = STORIES[2]!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  const ids = await stepIds(page, chart);
  await recordDraws(page, chart);
  await page.goto('about:blank');
  await page.goto(`${path}#${ids[0]}`);
  await expect.poll(() => activeStep(page, chart)).toBe(ids[0]);
  await page.evaluate((sel) => {
    document.querySelector<HTMLButtonElement>(`${sel} [data-scrolly-next]`)!.click();
    window.dispatchEvent(new Event('scrollend'));
  }, `[data-scrolly][data-chart="${chart}"]`);
  await scrollSettled(page);
  await expect.poll(() => activeStep(page, chart)).toBe(ids[1]);
  expect(await draws(page)).toEqual([ids[0], ids[1]]);
});

test('a story’s step buttons stay disabled until it has started, then step', async ({ warmPage: page }) => {
  // The last story of a long chapter, several screens below the top on a phone: not started yet.
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/chapters/the-attack/');
  const section = page.locator('[data-scrolly]').last();
  const next = section.getByRole('button', { name: 'Next step' });
  await expect(section.getByRole('button', { name: 'Previous step' })).toBeDisabled();
  await expect(next).toBeDisabled();
  await section.scrollIntoViewIfNeeded();
  await expect(next).toBeEnabled();
  const chart = (await section.getAttribute('data-chart'))!;
  const ids = await stepIds(page, chart);
  const before = ids.indexOf((await activeStep(page, chart))!);
  await next.click();
  await expect.poll(() => activeStep(page, chart)).toBe(ids[before + 1]);
});

test('reduced motion: state changes without transitions', async ({ warmPage: page }) => {
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
  for (const { path, chart } of STORIES) {
    test(`${path}: the section unrolls, each step followed by its own chart`, async ({ warmPageNoScript: page }) => {
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
      const svgs = await steps
        .locator('.step-flat .svg-narrow svg')
        .evaluateAll((els) => els.map((e) => e.innerHTML.replace(/id="[^"]*"|aria-labelledby="[^"]*"|url\(#[^)]*\)/g, '')));
      expect(new Set(svgs).size).toBeGreaterThan(1);
    });
  }
});

test('with JavaScript, only the last step’s own chart is built; the others wait, unparsed, in <noscript>', async ({ warmPage: page }) => {
  // The sticky layout never shows the steps' own charts; print shows the last (print.css), and a
  // scrolly that goes flat builds the rest (src/scripts/flat-layout.ts, robustness.spec.ts).
  for (const path of [...STORIES.map((s) => s.path), '/ur/chapters/whos-who/']) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const scrollies = await page.locator('[data-scrolly]').evaluateAll((sections) =>
      sections.map((section) =>
        [...section.querySelectorAll('[data-step]')].map((step) => ({
          built: step.querySelectorAll('.step-flat svg').length,
          held: [...step.querySelectorAll('.step-flat noscript[data-flat-chart]')].map((n) => (n.textContent ?? '').includes('<svg')),
        })),
      ),
    );
    expect(scrollies.length, path).toBeGreaterThan(0);
    for (const steps of scrollies) {
      const last = steps.pop()!;
      expect(last, path).toEqual({ built: 1, held: [] });
      for (const step of steps) expect(step, path).toEqual({ built: 0, held: [true] });
    }
  }
});

test('scrolly chapters pass axe with the sticky layout active', async ({ warmPage: page }) => {
  // Scrollies start when the reader nears them (src/scripts/when-near.ts), so each is brought
  // into view first: pages.spec.ts audits the page as loaded, this the scrollies as read.
  for (const { path } of STORIES) {
    await page.goto(path);
    const scrolly = page.locator('[data-scrolly]').first();
    await scrolly.scrollIntoViewIfNeeded();
    // Started: the controller marks the step being read.
    await expect(scrolly.locator('.is-active').first()).toBeAttached();
    expect(await axeViolations(page, { include: '[data-scrolly]' }), path).toEqual([]);
  }
});
