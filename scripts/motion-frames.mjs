#!/usr/bin/env node
// Frame strips of the scrolly transitions, for a human look at the motion (src/scripts/motion.ts):
// for each scrolly and each step change, the sticky chart at fixed moments of the transition
// (every animation paused and set to that time, so the frames are exact, not timing-dependent),
// three to a row in one PNG. Needs a served build (npm start, or ORIGIN=…).
//   node scripts/motion-frames.mjs            all scrollies, every step change, at 375 and 1280 px
// Options via env: WIDTHS=375,1280 TIMES=0,120,250,380,520,900 ONLY=network ORIGIN=http://localhost:4321
// OUT=reports/screens/motion (ignored by git, as all screenshots are)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const STORIES = [
  ['/chapters/the-attack/', 'locator-map'],
  ['/chapters/the-attack/', 'bajaur-toll'],
  ['/chapters/whos-who/', 'network'],
  ['/chapters/the-ttps-return/', 'picss-monthly'],
  ['/chapters/iskps-war/', 'attack-map'],
].filter(([, chart]) => !process.env.ONLY || process.env.ONLY.split(',').includes(chart));
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
const times = (process.env.TIMES ?? '0,120,250,380,520,900').split(',').map(Number);
const origin = process.env.ORIGIN ?? 'http://localhost:4321';
const out = process.env.OUT ?? 'reports/screens/motion';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
  for (const [path, chart] of STORIES) {
    const section = `[data-scrolly][data-chart="${chart}"]`;
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const ids = await page.locator(`${section} [data-step]`).evaluateAll((els) => els.map((e) => e.id));
    for (let i = 0; i + 1 < ids.length; i++) {
      await page.goto(`${origin}${path}#${ids[i]}`, { waitUntil: 'networkidle' });
      await page.waitForSelector(`${section} [data-scrolly-graphic][data-active-step="${ids[i]}"]`);
      // Freeze the page's clock for the transition: click, then pause every animation at once.
      await page.evaluate((sel) => {
        document.querySelector(`${sel} [data-scrolly-next]`).click();
        for (const a of document.querySelector(`${sel} [data-scrolly-graphic]`).getAnimations({ subtree: true })) a.pause();
      }, section);
      // The step button scrolls the page to the step: let that scroll end (the animations stay paused).
      await page.evaluate(
        () =>
          new Promise((done) => {
            let last = -1;
            let still = 0;
            const tick = () => {
              still = scrollY === last ? still + 1 : 0;
              last = scrollY;
              if (still >= 5) done();
              else requestAnimationFrame(tick);
            };
            tick();
          }),
      );
      const shots = [];
      for (const t of times) {
        await page.evaluate(
          ({ sel, t }) => {
            for (const a of document.querySelector(`${sel} [data-scrolly-graphic]`).getAnimations({ subtree: true })) a.currentTime = t;
          },
          { sel: section, t },
        );
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        // A clip of the page, not an element screenshot: that would scroll, and scrolling moves the story on.
        const clip = await page.locator(`${section} [data-scrolly-graphic]`).boundingBox();
        shots.push((await page.screenshot({ clip })).toString('base64'));
      }
      // One strip: the frames side by side, each labelled with its time.
      const strip = await browser.newPage({ viewport: { width: 3 * 604, height: 200 } });
      await strip.setContent(
        `<body style="margin:0;display:grid;grid-template-columns:repeat(3,600px);gap:4px;background:#888;font:14px sans-serif">${shots
          .map(
            (b64, k) =>
              `<figure style="margin:0;background:#fff"><img style="width:600px" src="data:image/png;base64,${b64}"><figcaption>${times[k]} ms</figcaption></figure>`,
          )
          .join('')}</body>`,
      );
      const name = `${out}/${chart}-${i + 1}-to-${i + 2}-${width}.png`;
      await strip.screenshot({ path: name, fullPage: true });
      await strip.close();
      console.log(name);
    }
  }
  await page.close();
}
await browser.close();
