#!/usr/bin/env node
// Screenshots of the served site for a human look: node scripts/screenshots.mjs /path/ [/other/ …]
// Options via env: WIDTHS=375,1280 THEMES=light,dark JS=on|off FULL=1 ORIGIN=http://localhost:4321
// OUT=reports/screens (ignored by git: screenshots are for looking at, not for the repository)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light').split(',');
const out = process.env.OUT ?? 'reports/screens';
const origin = process.env.ORIGIN ?? 'http://localhost:4321';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const theme of themes)
  for (const width of widths) {
    const page = await browser.newPage({
      viewport: { width, height: width < 600 ? 740 : 900 },
      colorScheme: theme,
      javaScriptEnabled: process.env.JS !== 'off',
    });
    for (const p of paths) {
      await page.goto(origin + p, { waitUntil: 'networkidle' });
      if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env.SCROLL);
      // Settled: web fonts loaded and two frames painted after any scroll.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const name = `${out}/${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${theme}${process.env.JS === 'off' ? '-nojs' : ''}.png`;
      await page.screenshot({ path: name, fullPage: !!process.env.FULL });
      console.log(name);
    }
    await page.close();
  }
await browser.close();
