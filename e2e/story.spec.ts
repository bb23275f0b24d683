// The seven chapters as a reader meets them: each has its dek, key points, numbered citations
// and sources, and links to its neighbours; every citation leads to its endnote (and from there
// to the Sources page), opens by tap and by keyboard and closes with Esc; glossary terms show
// their definition; the Sources page groups every source by outlet with the chapters citing it.
import { test, expect } from './test.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { smartQuotes } from '../src/lib/typography.ts';

const chapterFiles = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const chapters = chapterFiles
  .map((f) => {
    const text = readFileSync(`content/chapters/${f}`, 'utf8');
    const field = (k: string) => text.match(new RegExp(`^${k}: "?(.+?)"?$`, 'm'))?.[1] ?? '';
    return { file: f, slug: field('slug'), title: smartQuotes(field('title')), order: Number(field('order')) };
  })
  .sort((a, b) => a.order - b.order);

test('there are seven chapters, in order', () => {
  expect(chapters.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
});

for (const [i, c] of chapters.entries()) {
  test.describe(`chapter ${c.order}, “${c.title}”`, () => {
    test('has its dek, 3–5 key points, numbered citations, its sources and links to its neighbours', async ({ warmPage: page }) => {
      await page.goto(`/chapters/${c.slug}/`);
      await expect(page.locator('h1')).toHaveText(c.title);
      await expect(page.locator('.chapter-head .dek')).not.toBeEmpty();
      const points = await page.locator('.key-points li').count();
      expect(points).toBeGreaterThanOrEqual(3);
      expect(points).toBeLessThanOrEqual(5);
      const cites = page.locator('.story a.cite-link');
      expect(await cites.count()).toBeGreaterThan(10);
      // Numbered by first use: the first citation is [1] and numbers never skip.
      const numbers = await cites.evaluateAll((as) => as.map((a) => Number(a.textContent!.replace(/\D/g, ''))));
      expect(numbers[0]).toBe(1);
      let max = 0;
      for (const n of numbers) {
        expect(n).toBeLessThanOrEqual(max + 1);
        max = Math.max(max, n);
      }
      await expect(page.locator('.endnotes li')).toHaveCount(max);
      const nav = page.getByRole('navigation', { name: 'Chapters' }).last();
      if (i > 0) await expect(nav.locator('a.prev')).toHaveAttribute('href', `/chapters/${chapters[i - 1]!.slug}/`);
      else await expect(nav.locator('a.prev')).toHaveCount(0);
      if (i < chapters.length - 1) await expect(nav.locator('a.next')).toHaveAttribute('href', `/chapters/${chapters[i + 1]!.slug}/`);
      else await expect(nav.locator('a.next')).toHaveCount(0);
    });

    test('every citation link leads to its endnote, and every endnote to the Sources page', async ({ warmPage: page }) => {
      await page.goto(`/chapters/${c.slug}/`);
      const targets = await page.locator('a.cite-link').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      for (const href of targets) {
        expect(href).toMatch(/^#source-/);
        const note = page.locator(href);
        await expect(note, href).toHaveCount(1);
        const all = note.locator('a[href*="/sources/#"]');
        await expect(all, href).toHaveCount(1);
      }
      // …and the Sources page has each of them.
      const ids = targets.map((h) => h.slice('#source-'.length));
      await page.goto('/sources/');
      for (const id of ids) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
      // Each is listed with this chapter among those that cite it.
      for (const id of ids.slice(0, 12)) await expect(page.locator(`[id="${id}"] a[href="/chapters/${c.slug}/"]`), id).toHaveCount(1);
    });
  });
}

test.describe('citations open by tap and keyboard and close with Esc', () => {
  test('a tap opens the source in a popover with links to the note, all sources and the original', async ({ warmPage: page }) => {
    await page.goto('/chapters/the-attack/');
    const link = page.locator('.story a.cite-link').first();
    const pop = page.locator(`[id="${await link.getAttribute('data-cite-pop')}"]`);
    await link.click();
    await expect(pop).toBeVisible();
    await expect(pop.getByRole('link', { name: /^Note \d+$/ })).toBeVisible();
    await expect(pop.getByRole('link', { name: 'All sources' })).toBeVisible();
    await expect(page).toHaveURL(/\/chapters\/the-attack\/$/); // the popover, not a jump
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    // A tap on "Note n" goes to the endnote.
    await link.click();
    await pop.getByRole('link', { name: /^Note \d+$/ }).click();
    await expect(page).toHaveURL(/#source-/);
    await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();
  });

  test('Enter on a focused citation opens it and moves focus inside; Esc closes it', async ({ warmPage: page }) => {
    await page.goto('/chapters/the-ttps-return/');
    const link = page.locator('.story a.cite-link').nth(2);
    await link.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator(`[id="${await link.getAttribute('data-cite-pop')}"]`);
    await expect(pop).toBeVisible();
    await expect(pop.locator('a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test('a citation is a plain link to its endnote', async ({ warmPageNoScript: page }) => {
      await page.goto('/chapters/iskps-war/');
      const link = page.locator('.story a.cite-link').first();
      const href = await link.getAttribute('href');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator(href!)).toBeInViewport();
    });
  });
});

test('a glossary term shows its definition and links to the glossary, where every alias is listed', async ({ warmPage: page }) => {
  await page.goto('/chapters/the-attack/');
  const term = page.locator('.story [data-term="iskp"]').first();
  await term.click();
  const pop = page.locator(`[id="${await term.getAttribute('data-term-pop')}"]`);
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('ISIS-K');
  await pop.getByRole('link', { name: 'In the glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/#iskp$/);
  const entry = page.locator('section.gloss-entry[aria-labelledby="iskp"]');
  for (const alias of ['ISIS-K', 'IS-K', 'Islamic State Khorasan']) await expect(entry).toContainText(alias);
});

test('where sources disagree the story shows the range: the Bajaur toll from 10 to 63, Peshawar from 101 to 84', async ({ warmPage: page }) => {
  await page.goto('/chapters/the-attack/');
  const story = page.locator('.story');
  await expect(story.locator('.stat', { hasText: /^10$/ }).first()).toBeAttached();
  await expect(story.locator('.stat', { hasText: /^63$/ }).first()).toBeAttached();
  await page.goto('/chapters/the-ttps-return/');
  const ttp = page.locator('.story');
  await expect(ttp).toContainText('101');
  await expect(ttp).toContainText('84');
  await expect(ttp).toContainText('Jamaat-ul-Ahrar');
});

test('the Sources page groups every source by outlet and names the chapters that cite it', async ({ warmPage: page }) => {
  await page.goto('/sources/');
  const groups = page.locator('main section');
  expect(await groups.count()).toBeGreaterThan(40);
  const outlets = await groups.locator('h2').allTextContents();
  expect(outlets).toEqual([...outlets].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  for (const c of chapters) expect(await page.locator(`main a[href="/chapters/${c.slug}/"]`).count(), c.slug).toBeGreaterThan(3);
});

test('the Methods page explains each dataset and keeps a dated corrections log', async ({ warmPage: page }) => {
  await page.goto('/methods/');
  const main = page.locator('main');
  for (const text of ['PICSS', 'PIPS', 'Corrections log']) await expect(main).toContainText(text);
  const log = main.locator('.heading-anchor:has(#corrections-log) + ul li');
  expect(await log.count()).toBeGreaterThan(0);
  for (const entry of await log.all()) await expect(entry).toContainText(/^\d{4}-\d{2}-\d{2} — /);
});
