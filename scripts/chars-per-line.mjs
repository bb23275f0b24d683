#!/usr/bin/env node
// The characters-per-line figures of src/styles/prose.css, measured again on the built site:
//   npm run build && npm run chars-per-line -- [en|ur]
// A chapter opened at its top holds each paragraph, list and note below the first screens at a
// height estimated from its length (data-chars): (characters ÷ characters a line + 1.5) lines, lists
// with lines three quarters as long, notes + 1 line. For each width where prose.css changes figure,
// this prints the largest figures that keep every block of the edition's seven chapters held at
// least as tall as it is, and the block that sets each: the paragraph and list limits bound
// --chars-per-line, the note limit --note-chars-per-line. Use figures at or below them (README,
// Quality; docs/AUTHORING.md says when). It also prints, for the blocks below the notes that are
// held at fixed heights (--cite-note, --cite-format, --cite-bibtex, --site-foot), the tallest of
// each in em of its own font size, plus the 5 % prose.css adds. It serves dist/ itself on a free port.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { FULL_CHROMIUM, testBrowser } from '../e2e/browser.ts';

const lang = process.argv[2] ?? 'en';
const prefix = lang === 'ur' ? '/ur' : '';
const WIDTHS = [320, 360, 400, 480, 768];

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve) =>
  server.stdout.on('data', (d) => {
    const m = /localhost:(\d+)/.exec(String(d));
    if (m) resolve(`http://localhost:${m[1]}`);
  }),
);
const executable = testBrowser() ?? FULL_CHROMIUM;
const browser = await chromium.launch({ executablePath: executable === 'bundled' ? undefined : executable, args: ['--no-sandbox'] });
try {
  const home = await browser.newPage();
  await home.goto(`${origin}${prefix}/`);
  const chapters = [
    ...new Set(await home.locator(`a[href^="${prefix}/chapters/"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href').split('#')[0]))),
  ].filter((h) => /\/chapters\/[^/]+\/$/.test(h));
  await home.close();
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const best = { paragraph: [Infinity, ''], list: [Infinity, ''], note: [Infinity, ''] };
    const tallest = { '--cite-note': 0, '--cite-format': 0, '--cite-bibtex': 0, '--site-foot': 0 };
    for (const chapter of chapters) {
      await page.goto(origin + chapter);
      await page.evaluate(() => document.fonts.ready);
      const blocks = await page.evaluate(() => {
        document.documentElement.classList.remove('from-top'); // every block at its own height
        return [...document.querySelectorAll('.chapter-body .prose > [data-chars], .chapter-foot .endnotes li[data-chars]')].map((e) => ({
          kind: e.matches('li') ? 'note' : e.matches('ul, ol') ? 'list' : 'paragraph',
          chars: Number(e.dataset.chars),
          lines: e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).lineHeight),
        }));
      });
      const fixed = await page.evaluate(() =>
        Object.entries({
          '--cite-note': '.chapter-foot .cite-this > .note',
          '--cite-format': '.chapter-foot .cite-format:not(:has(pre))',
          '--cite-bibtex': '.chapter-foot .cite-format:has(pre)',
          '--site-foot': 'main:has(.chapter-body) + .site-footer',
        }).flatMap(([name, sel]) =>
          [...document.querySelectorAll(sel)].map((e) => [name, e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).fontSize)]),
        ),
      );
      for (const [name, em] of fixed) tallest[name] = Math.max(tallest[name], em);
      for (const { kind, chars, lines } of blocks) {
        const extra = kind === 'note' ? 1 : 1.5;
        if (lines <= extra) continue; // held taller than it is at any figure
        const limit = chars / ((kind === 'list' ? 0.75 : 1) * (lines - extra));
        if (limit < best[kind][0]) best[kind] = [limit, `${chapter}: ${chars} characters on ${lines.toFixed(1)} lines`];
      }
    }
    console.log(`${width} px and up`);
    for (const [kind, [limit, where]] of Object.entries(best)) console.log(`  ${kind}: at most ${limit.toFixed(1)} (${where})`);
    console.log(
      `  fixed heights: ${Object.entries(tallest)
        .map(([name, em]) => `${name} ${(Math.ceil(em * 1.05 * 10) / 10).toFixed(1)}em`)
        .join(', ')}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
