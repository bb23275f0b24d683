// The Urdu edition's reading pages in Chromium, against the built site. The list of pages comes
// from dist/ (e2e/site.ts builtPages), never from a hand list: every English reading page has its
// Urdu counterpart under /ur/ and back; hreflang pairs are valid and reciprocal; lang/dir are
// right; the language switch lands on the same section; search finds Urdu words on Urdu pages
// only. Axe in both themes and overflow at 320 px are checked on every page, Urdu ones included,
// by e2e/pages.spec.ts; blocks laid out as the reader nears them, by e2e/late-layout.spec.ts. Embed pages (/embed/, /ur/embed/) are the charts' (e2e/urdu-charts.spec.ts).
import { test, expect } from './test.ts';
import { builtPages } from './site.ts';

const reading = (p: string) => !/^\/(ur\/)?embed\//.test(p);
const all = builtPages().filter(reading);
const english = all.filter((p) => !p.startsWith('/ur/'));
const urdu = all.filter((p) => p.startsWith('/ur/'));
const toUrdu = (p: string) => `/ur${p}`;
const toEnglish = (p: string) => p.replace(/^\/ur(?=\/)/, '');

test('every English reading page has an Urdu counterpart, and every Urdu page an English one', () => {
  expect(english.length).toBeGreaterThan(15);
  expect(english.filter((p) => !urdu.includes(toUrdu(p)))).toEqual([]);
  expect(urdu.filter((p) => !english.includes(toEnglish(p)))).toEqual([]);
});

test('hreflang pairs are valid and reciprocal; lang, dir, canonical and og:locale match the edition', async ({ request }) => {
  test.setTimeout(120_000);
  const alternates = new Map<string, Record<string, string>>();
  for (const path of all) {
    const html = await (await request.get(path)).text();
    const ur = path.startsWith('/ur/');
    expect(html, path).toContain(ur ? '<html lang="ur" dir="rtl">' : '<html lang="en-GB" dir="ltr">');
    expect(html, path).toMatch(new RegExp(`<meta property="og:locale" content="${ur ? 'ur_PK' : 'en_GB'}"`));
    const canonical = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname;
    expect(canonical, path).toBe(path);
    const links = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]),
    );
    expect(Object.keys(links).sort(), path).toEqual(['en-GB', 'ur', 'x-default']);
    expect(links, path).toEqual({ 'en-GB': toEnglish(path), ur: ur ? path : toUrdu(path), 'x-default': toEnglish(path) });
    alternates.set(path, links);
  }
  // Reciprocal: a page and the page it names as its other language name the same pair.
  for (const [path, links] of alternates) {
    const other = path.startsWith('/ur/') ? links['en-GB']! : links.ur!;
    expect(alternates.get(other), `${path} ⇄ ${other}`).toEqual(links);
  }
});

test('the language switch lands on the same section of a chapter, both ways (desktop header, phone menu)', async ({ warmPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/the-attack/');
  // A section further down: the fourth h2 of the story.
  const id = await page.locator('.story h2[id]').nth(3).getAttribute('id');
  expect(id).toBeTruthy();
  await page.goto(`/chapters/the-attack/#${id}`);
  // The switch opens the same section's address (the navigation's own URL: a scrolly step in view
  // under the heading may rename the address once the reader is there, by design).
  await Promise.all([
    page.waitForURL(new RegExp(`/ur/chapters/the-attack/#${id}$`), { waitUntil: 'commit' }),
    page.locator('.site-nav > a.lang-switch').click(),
  ]);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toHaveCount(1);
  await expect(heading).toBeInViewport();
  // Back to English from the phone menu.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.locator('.chapters-menu summary').click();
  // The address names where the reader is: a scrolly step keeps its id in the address as the
  // reader scrolls (step ids are the same in both editions), else the section.
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toBeTruthy();
  await Promise.all([
    page.waitForURL(new RegExp(`/chapters/the-attack/${hash}$`), { waitUntil: 'commit' }),
    page.locator('.menu-more a[data-lang-switch]').click(),
  ]);
  await expect(page).not.toHaveURL(/\/ur\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator(`[id="${hash.slice(1)}"]`)).toHaveCount(1);
});

test('a chapter’s references and BibTeX (Latin text) are set at the English line height in Urdu too, not at Nastaliq’s', async ({ warmPage: page }) => {
  // Inherited, Nastaliq's 2.15 read double-spaced: the Urdu BibTeX stood 1.7 times as tall as the
  // English one at 375 px.
  await page.setViewportSize({ width: 375, height: 812 });
  const spacing = async (path: string) => {
    await page.goto(`${path}#cite-this-chapter`);
    return page.locator('.cite-text, .cite-bibtex').evaluateAll((blocks) =>
      blocks.map((block) => {
        const style = getComputedStyle(block);
        return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
      }),
    );
  };
  const english = await spacing('/chapters/the-attack/');
  expect(english).toHaveLength(4);
  for (const ratio of english) expect(ratio).toBeLessThan(1.8);
  expect(await spacing('/ur/chapters/the-attack/')).toEqual(english);
});

test('the glossary keeps its anchors and gives each Urdu term its English original', async ({ warmPage: page }) => {
  await page.goto('/ur/glossary/#iskp');
  await expect(page.locator('#iskp')).toBeInViewport();
  const entry = page.locator('section.gloss-entry[aria-labelledby="iskp"]');
  await expect(entry.locator('.english-term [lang="en"]')).toHaveText(/Islamic State Khorasan Province|ISKP/);
});

test('search on /ur/search/ finds an Urdu word on Urdu pages only, and /search/ finds none', async ({ warmPage: page }) => {
  await page.goto('/ur/search/?q=باجوڑ');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith('/ur/'))).toEqual([]);
  await page.goto('/search/?q=باجوڑ');
  await expect(page.locator('[data-search-status]')).toContainText('No results', { timeout: 15_000 });
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
});
