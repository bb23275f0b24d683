// Motion between scrolly steps (issue 18, src/scripts/motion.ts), in real Chromium on the built
// site, for every scrolly at a phone's and a desktop's width:
//  - each step change (the Next button) animates the marks that enter or move, every animation
//    ends within a second, and then the drawing is exactly the state's own drawing (the markup a
//    jump to that step draws, with no ghost, transform or style left behind);
//  - with reduced motion no step change starts an animation;
//  - a fast scroll through a whole scrolly ends on the last step's own drawing.
// The step-by-step tests run the page's animation clock ten times faster (DevTools' own control,
// CDP Animation.setPlaybackRate): what they assert is which marks animate, each animation's own
// timing (endTime, in the effect's time, which the clock rate does not change) and the settled
// drawing, none of which needs the suite to sit through 300–700 ms per step in real time (65 →
// 18 worker-seconds). The fast-scroll and reduced-motion tests keep the real clock.
import { test, expect, type Page } from './test.ts';
import { frames, watch } from './site.ts';

const STORIES = [
  { path: '/chapters/the-attack/', chart: 'locator-map' },
  { path: '/chapters/the-attack/', chart: 'bajaur-toll' },
  { path: '/chapters/whos-who/', chart: 'network' },
  { path: '/chapters/the-ttps-return/', chart: 'picss-monthly' },
  { path: '/chapters/iskps-war/', chart: 'attack-map' },
];
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 900 },
];

const section = (chart: string) => `[data-scrolly][data-chart="${chart}"]`;

async function stepIds(page: Page, chart: string): Promise<string[]> {
  return page.locator(`${section(chart)} [data-step]`).evaluateAll((els) => els.map((e) => e.id));
}

/** Every animation of the sticky chart has ended and every leaving mark's copy is gone. */
async function settled(page: Page, chart: string) {
  await expect
    .poll(() =>
      page.evaluate((sel) => {
        const g = document.querySelector(`${sel} [data-scrolly-graphic]`)!;
        return g.getAnimations({ subtree: true }).length + g.querySelectorAll('[data-motion-ghost]').length;
      }, section(chart)),
    )
    .toBe(0);
}

/** The sticky chart's markup, and the box of each keyed mark on screen, from the chart's corner (the page may scroll). */
function drawing(page: Page, chart: string) {
  return page.evaluate((sel) => {
    const svg = document.querySelector(`${sel} [data-scrolly-graphic] svg`)!;
    const origin = svg.getBoundingClientRect();
    const boxes: Record<string, number[]> = {};
    for (const el of svg.querySelectorAll<SVGGraphicsElement>('[data-key]')) {
      const r = el.getBoundingClientRect();
      boxes[el.dataset.key!] = [r.x - origin.x, r.y - origin.y, r.width, r.height].map(Math.round);
    }
    // For a failure message: the drawing's box, the scroll and any animation still running (a
    // settled drawing whose marks sat 36 px off its own was the previous step redrawn after Next:
    // fixed in src/scripts/scrolly.ts, steering).
    const frame = `box ${[origin.x, origin.y, origin.width, origin.height].map(Math.round).join(',')}, scroll ${Math.round(scrollY)}, ${svg.getAnimations({ subtree: true }).length} animations`;
    return { markup: svg.outerHTML, boxes, frame };
  }, section(chart));
}

/** The page's animations (CSS and Web Animations) run `rate` times faster from now on. */
async function fastClock(page: Page, rate = 10) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: rate });
}

/** Redraw the active step as a jump draws it (no motion): the state's own drawing. */
async function ownDrawing(page: Page, chart: string) {
  await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  await frames(page);
  return drawing(page, chart);
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const { path, chart } of STORIES) {
      test(`${chart}: each step animates what enters or moves, and settles within a second on the step's own drawing`, async ({ page }) => {
        test.setTimeout(120_000);
        const w = watch(page);
        await page.goto(path);
        await fastClock(page);
        const ids = await stepIds(page, chart);
        await page.goto(`${path}#${ids[0]}`);
        await expect(page.locator(`${section(chart)} [data-scrolly-graphic]`)).toHaveAttribute('data-active-step', ids[0]!);
        // The motion code comes with the reader's first scroll (here, the jump to the step).
        await expect(page.locator(section(chart))).toHaveAttribute('data-motion', 'on');
        await settled(page, chart);
        for (let i = 1; i < ids.length; i++) {
          const before = await drawing(page, chart);
          // In one task: press Next, then look at the new drawing before any frame is painted.
          const change = await page.evaluate((sel) => {
            document.querySelector<HTMLButtonElement>(`${sel} [data-scrolly-next]`)!.click();
            const svg = document.querySelector(`${sel} [data-scrolly-graphic] svg`)!;
            const animated: string[] = [];
            // A mark is animated if it is, if its map layer's children are (a zoom), or if an
            // element around it moves it (the drawing rescaled to a new height).
            const movedBy = (el: Element) => el.getAnimations().some((a) => JSON.stringify((a.effect as KeyframeEffect).getKeyframes()).includes('transform'));
            for (const el of svg.querySelectorAll<SVGGraphicsElement>('[data-key]')) {
              // A group without a transform is moved by its parts (motion.ts restyles the group only).
              const group = el.localName === 'g' && !el.hasAttribute('transform');
              const targets = el.hasAttribute('data-zoom') ? [...el.children] : group ? [el, ...el.querySelectorAll('*')] : [el];
              let around = false;
              for (let n = el.parentElement; n && !around; n = n === svg ? null : n.parentElement) around = movedBy(n);
              if (around || targets.some((t) => t.getAnimations().length > 0)) animated.push(el.dataset.key!);
            }
            const ends = svg
              .closest('[data-scrolly-graphic]')!
              .getAnimations({ subtree: true })
              .map((a) => Number(a.effect?.getComputedTiming().endTime ?? 0));
            return { animated, ends };
          }, section(chart));
          await expect(page.locator(`${section(chart)} [data-scrolly-graphic]`)).toHaveAttribute('data-active-step', ids[i]!);
          expect(change.ends.length, `${ids[i]}: the change is animated`).toBeGreaterThan(0);
          expect(Math.max(...change.ends), `${ids[i]}: every animation ends within a second`).toBeLessThanOrEqual(1000);

          await settled(page, chart);
          const after = await drawing(page, chart);
          // The marks that entered, or moved by more than a pixel, were animated (a step may also
          // only restyle marks: a highlight).
          const moved = Object.keys(after.boxes).filter((k) => {
            const a = before.boxes[k];
            const b = after.boxes[k]!;
            return !a || a.some((v, j) => Math.abs(v - b[j]!) > 1);
          });
          expect(
            moved.filter((k) => !change.animated.includes(k)),
            `${ids[i]}: marks that entered or moved without animation`,
          ).toEqual([]);
          // Settled on exactly what the state draws: same markup, same marks in the same places.
          const own = await ownDrawing(page, chart);
          expect(after.markup, `${ids[i]}: the drawing after the motion is the state's own`).toBe(own.markup);
          expect(after.boxes, `${ids[i]}: marks where the state draws them (after: ${after.frame}; own: ${own.frame})`).toEqual(own.boxes);
        }
        expect(w.errors).toEqual([]);
      });
    }
  });
}

test.describe('reduced motion', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test('no step change of any scrolly starts an animation', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const { path, chart } of STORIES) {
      await page.goto(path);
      const ids = await stepIds(page, chart);
      await page.goto(`${path}#${ids[0]}`);
      await expect(page.locator(`${section(chart)} [data-scrolly-graphic]`)).toHaveAttribute('data-active-step', ids[0]!);
      // Under reduced motion the motion code is never fetched.
      await page.mouse.wheel(0, 10);
      await frames(page);
      await expect(page.locator(section(chart))).not.toHaveAttribute('data-motion', 'on');
      for (let i = 1; i < ids.length; i++) {
        const running = await page.evaluate((sel) => {
          document.querySelector<HTMLButtonElement>(`${sel} [data-scrolly-next]`)!.click();
          const g = document.querySelector(`${sel} [data-scrolly-graphic]`)!;
          return g.getAnimations({ subtree: true }).length + g.querySelectorAll('[data-motion-ghost]').length;
        }, section(chart));
        expect(running, `${chart} → ${ids[i]}`).toBe(0);
        await expect(page.locator(`${section(chart)} [data-scrolly-graphic]`)).toHaveAttribute('data-active-step', ids[i]!);
      }
    }
  });
});

test.describe('fast scrolling', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  for (const { path, chart } of STORIES.filter((s) => ['network', 'picss-monthly', 'locator-map'].includes(s.chart))) {
    test(`${chart}: a flick through the whole scrolly ends on the last step's own drawing`, async ({ page }) => {
      await page.goto(path);
      const ids = await stepIds(page, chart);
      const box = await page.locator(section(chart)).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY };
      });
      const last = box.bottom;
      const vh = page.viewportSize()!.height;
      await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, box.top - vh));
      await expect(page.locator(section(chart))).toHaveAttribute('data-motion', 'on');
      await page.mouse.move(10, vh / 2);
      // Large wheel steps sent without waiting, as a flick sends them, to the end of the section;
      // then the reader stops at the last step.
      while ((await page.evaluate(() => scrollY)) < last - vh * 1.5) {
        for (let k = 0; k < 3; k++) await page.mouse.wheel(0, vh);
      }
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), ids.at(-1)!);
      await expect(page.locator(`${section(chart)} [data-scrolly-graphic]`)).toHaveAttribute('data-active-step', ids.at(-1)!);
      await settled(page, chart);
      const after = await drawing(page, chart);
      const own = await ownDrawing(page, chart);
      expect(after.markup).toBe(own.markup);
      expect(after.boxes).toEqual(own.boxes);
    });
  }
});
