// A chapter, in either edition, opened at its top leaves the blocks below the first screens for
// later (src/styles/prose.css, html.from-top): they are laid out as the reader nears them, in
// print, and, once the page has loaded, a few at a time when the browser is idle
// (src/scripts/late-layout.ts), after which every word is in the accessibility tree; nothing on
// screen moves as it loads or when it is opened at a section, at a passage or reloaded; each
// skipped block is held at least as tall as it is; without JavaScript nothing is skipped. Against
// the built site. Tests of the skipped state hold the idle work back (site.ts, holdIdle).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { axeViolations, builtPages, frames, holdIdle, layoutShift } from './site.ts';

test.describe('a chapter lays out the blocks below the first screens only as the reader comes near them', () => {
  // Whether a block's content is laid out is what checkVisibility({ contentVisibilityAuto: true })
  // reports of an element inside it. The Urdu chapter first (Nastaliq is slow to lay out), then
  // its English original.
  const CHAPTER = '/ur/chapters/the-attack/';
  const CHAPTERS = [CHAPTER, '/chapters/the-attack/'];
  const lastNote = '.endnotes li:last-child > :first-child';
  const laidOut = (page: Page, sel: string) => page.locator(sel).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  const opensAtTop = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('from-top'));
  /** How many elements of the page are skipped or may be (content-visibility: auto), whatever rule says so. */
  const skippable = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length);

  test('opened at its top: the last note is not laid out until the reader nears it, nothing on screen moves, and print sets everything', async ({
    warmPage: page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const idle = await holdIdle(page);
    for (const chapter of CHAPTERS) {
      await page.goto(chapter);
      await frames(page);
      expect(await opensAtTop(page), chapter).toBe(true);
      expect(await laidOut(page, lastNote), chapter).toBe(false);
      // Only blocks below the first screens are skipped: the chapter's head and what follows it
      // are set in the first frame (a skipped block in view would be drawn at its stand-in height first).
      expect(await layoutShift(page), chapter).toBeLessThanOrEqual(0.01);
      await page.emulateMedia({ media: 'print' });
      expect(await laidOut(page, lastNote), chapter).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await laidOut(page, lastNote), chapter).toBe(false);
      await page.locator('.endnotes li').last().scrollIntoViewIfNeeded();
      await expect.poll(() => laidOut(page, lastNote)).toBe(true);
    }
    await idle.script.dispose();
  });

  test('once loaded, the skipped blocks are laid out a few at a time when idle, and then every word and description is in the accessibility tree', async ({
    page,
  }) => {
    // What Chromium gives screen readers (its accessibility tree, read through the DevTools
    // protocol): a skipped block's words and links are missing from it, and so is a figure's long
    // description while the figure's foot is skipped. The idle work must put them back.
    await page.setViewportSize({ width: 375, height: 812 });
    const idle = await holdIdle(page);
    const cdp = await page.context().newCDPSession(page);
    const treeText = async () =>
      (await cdp.send('Accessibility.getFullAXTree')).nodes
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => String(n.name?.value ?? ''))
        .join(' ')
        .replace(/\s+/g, ' ');
    const description = async (describedBy: string) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[aria-describedby="${describedBy}"]` });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      return String(nodes.find((n) => n.description)?.description?.value ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    };
    for (const chapter of CHAPTERS) {
      await page.goto(chapter);
      await frames(page);
      const last = page.locator('.chapter-body .prose > p').last();
      const lastWords = (await last.textContent())!.replace(/\s+/g, ' ').trim().slice(0, 40);
      const desc = page.locator('.chapter-body .figure-foot > .visually-hidden').last();
      const descId = (await desc.getAttribute('id'))!;
      const descText = (await desc.textContent())!.replace(/\s+/g, ' ').trim();
      // Held back: blocks are skipped, and what they hold is missing from the tree.
      expect(await skippable(page), chapter).toBeGreaterThan(20);
      expect(await treeText(), chapter).not.toContain(lastWords);
      expect(await description(descId), chapter).toBe('');
      // Let the browser be idle: every block is set, in more than one slice, and nothing in view moves.
      await idle.release();
      await expect.poll(() => skippable(page), { message: chapter }).toBe(0);
      expect(await idle.slices(), chapter).toBeGreaterThan(2);
      expect(await layoutShift(page), chapter).toBeLessThanOrEqual(0.01);
      expect(await treeText(), chapter).toContain(lastWords);
      expect(await description(descId), chapter).toBe(descText);
    }
    await cdp.detach();
  });

  test('a slice stops at the end of the browser’s idle time: with none left, each lays out one block, and all are laid out', async ({ page }) => {
    // Every idle callback is told no idle time remains (as when it comes by its timeout, or while
    // the reader scrolls and a frame is due); each records how many blocks it set.
    await page.addInitScript(() => {
      const native = window.requestIdleCallback.bind(window);
      const w = window as unknown as { __perSlice: number[] };
      w.__perSlice = [];
      const set = () => document.querySelectorAll('.laid-out').length;
      window.requestIdleCallback = (cb, options) =>
        native(() => {
          const before = set();
          cb({ didTimeout: true, timeRemaining: () => 0 });
          w.__perSlice.push(set() - before);
        }, options);
    });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(CHAPTER);
    await expect.poll(() => skippable(page)).toBe(0);
    const perSlice = await page.evaluate(() => (window as unknown as { __perSlice: number[] }).__perSlice);
    expect(perSlice.length).toBeGreaterThan(20);
    expect(new Set(perSlice.filter((n) => n > 0))).toEqual(new Set([1]));
  });

  test('opened at a section, at a passage (#:~:text=) or reloaded part-way down, every block is laid out from the first frame and nothing moves', async ({
    warmPage: page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(CHAPTER);
    const id = await page.locator('.story h2[id]').nth(3).getAttribute('id');
    await page.goto('about:blank'); // a new document, not a jump within this one
    await page.goto(`${CHAPTER}#${id}`);
    await frames(page);
    expect(await opensAtTop(page)).toBe(false);
    expect(await laidOut(page, lastNote)).toBe(true);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
    // A search engine's link to a passage far down (a text fragment, which location.hash does not show).
    await page.goto(CHAPTER);
    const passage = await page
      .locator('.chapter-body .prose > p')
      .nth(14)
      .evaluate((p) => p.textContent!.trim().split(/\s+/).slice(3, 10).join(' '));
    await page.goto('about:blank');
    await page.goto(`${CHAPTER}#:~:text=${encodeURIComponent(passage)}`);
    await frames(page);
    expect(await opensAtTop(page)).toBe(false);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
    await page.goto(CHAPTER);
    await page.locator('.endnotes').scrollIntoViewIfNeeded();
    await page.reload();
    await frames(page);
    expect(await opensAtTop(page)).toBe(false);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
  });

  test('opened at its top, every block is held at least as tall as it is (375 px; the blocks below the notes at 320-800 px), and no control seems covered', async ({
    warmPage: page,
  }) => {
    // A link in a skipped block is laid out where it will be: were the block held shorter than
    // it is, the link would lie over the next figure's controls (prose.css, data-chars), and axe
    // (Lighthouse's too) would call them covered. The blocks below the notes (how to cite the
    // chapter, the site's footer) are held at fixed heights for each range of widths, so they are
    // checked in each range; laying out only them there keeps that cheap.
    const ESTIMATED = '.chapter-body .prose > [data-chars], .chapter-body .figure-foot[data-chars], .chapter-foot .endnotes li[data-chars]';
    const FIXED = '.chapter-foot .cite-this > .note, .chapter-foot .cite-format, main:has(.chapter-body) + .site-footer';
    /** Each block of `selector` held shorter than it is, laid out in full (`whole`) or by itself. */
    const shortBlocks = (selector: string, whole: boolean) =>
      page.evaluate(
        ([selector, whole]) => {
          const root = document.documentElement;
          const blocks = [...document.querySelectorAll<HTMLElement>(selector)];
          const held = blocks.map((b) => Number.parseFloat(getComputedStyle(b).containIntrinsicHeight.replace('auto', '')));
          if (whole) root.classList.remove('from-top');
          else for (const b of blocks) b.classList.add('laid-out');
          const short = blocks.flatMap((b, i) => {
            const real = b.getBoundingClientRect().height;
            return held[i]! < real - 0.5
              ? [
                  `${innerWidth} px: ${b.classList[0] ?? b.tagName}${b.dataset.chars ? ` of ${b.dataset.chars} characters` : ''} held at ${Math.round(held[i]!)} px, ${Math.round(real)} px tall`,
                ]
              : [];
          });
          if (whole) root.classList.add('from-top');
          else for (const b of blocks) b.classList.remove('laid-out');
          return short;
        },
        [selector, whole] as const,
      );
    const idle = await holdIdle(page);
    const found: string[] = [];
    for (const chapter of builtPages().filter((p) => /^\/(ur\/)?chapters\/[^/]+\/$/.test(p))) {
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(chapter);
      expect(await opensAtTop(page)).toBe(true);
      expect(await page.locator(FIXED).count(), chapter).toBe(6);
      for (const v of await axeViolations(page, { rules: ['target-size'] })) found.push(`${chapter} ${v}`);
      for (const v of await shortBlocks(`${ESTIMATED}, ${FIXED}`, true)) found.push(`${chapter} ${v}`);
      for (const width of [320, 400, 480, 800]) {
        await page.setViewportSize({ width, height: 667 });
        for (const v of await shortBlocks(FIXED, false)) found.push(`${chapter} ${v}`);
      }
    }
    await idle.script.dispose();
    expect(found).toEqual([]);
  });

  test('pages other than chapters skip nothing, notes included', async ({ warmPage: page }) => {
    // The teachers' guide and the methods page have notes too: skipped and held taller than they
    // were, they shrank as the reader scrolled past, and the page moved under the pointer.
    const others = builtPages().filter(
      (p) => !/^\/(ur\/)?chapters\/[^/]+\/$/.test(p) && readFileSync(`dist${p}index.html`, 'utf8').includes('class="endnotes'),
    );
    expect(others.length).toBeGreaterThanOrEqual(4);
    const idle = await holdIdle(page);
    for (const path of others) {
      await page.goto(path);
      expect(await opensAtTop(page), path).toBe(true);
      expect(await skippable(page), path).toBe(0);
    }
    await idle.script.dispose();
  });

  test('without JavaScript every block is laid out', async ({ warmPageNoScript: page }) => {
    for (const chapter of CHAPTERS) {
      await page.goto(chapter);
      expect(await opensAtTop(page), chapter).toBe(false);
      expect(await laidOut(page, lastNote), chapter).toBe(true);
    }
  });
});
