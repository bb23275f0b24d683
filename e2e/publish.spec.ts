// "Out into the world" (issue 16, parts 2-4): share controls, search results that read well,
// a compact print of every chapter and a one-page handout per chapter. Runs on the built site
// with its real Pagefind index, in Chromium; the PDFs are read with pdfinfo/pdftotext.
import { test, expect, parkPointer, type Page } from './test.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoSettled, watch as watchErrors } from './site.ts';

/** Console errors (site.ts) and any request that leaves the origin the tests are served from. */
function watch(page: Page, origin: string) {
  const { errors } = watchErrors(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== new URL(origin).origin) foreign.push(r.url());
  });
  return { errors, foreign };
}

/** Chapter slugs in reading order, from the home page's chapter list. */
async function chapterSlugs(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.match(/\/chapters\/([^/]+)\//)![1]!);
}

test.describe('share', () => {
  const CHAPTER = '/chapters/the-attack/';

  test('without JavaScript the chapter and every figure have plain e-mail, WhatsApp and X links to themselves', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await parkPointer(page);
    await page.goto(CHAPTER);
    const chapterShare = page.locator('.chapter-tools details[data-share]');
    await chapterShare.locator('summary').click();
    // Built without JavaScript from the site's configured address (SITE_URL), as the canonical link.
    const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(new URL(url).pathname).toBe(CHAPTER);
    const hrefs = await chapterShare.locator('a[data-share-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(3);
    expect(decodeURIComponent(hrefs[0]!)).toMatch(/^mailto:\?subject=The attack — Twin Threats&body=/);
    expect(decodeURIComponent(hrefs[0]!)).toContain(url);
    expect(new URL(hrefs[1]!).origin).toBe('https://wa.me');
    expect(new URL(hrefs[1]!).searchParams.get('text')).toContain(url);
    expect(new URL(hrefs[2]!).searchParams.get('url')).toBe(url);
    await expect(chapterShare.getByRole('button', { name: 'Copy link' })).toBeHidden();
    // Every figure and scrolly shares a link to itself.
    const figures = await page.locator('figure.figure[id], section.scrolly[id]').evaluateAll((fs) => fs.map((f) => f.id));
    expect(figures.length).toBeGreaterThan(0);
    for (const id of figures) {
      const x = page.locator(`[id="${id}"] details[data-share] a[data-share-link="x"]`);
      expect(new URL((await x.getAttribute('href'))!).searchParams.get('url')).toBe(`${url}#${id}`);
    }
    await context.close();
  });

  test('copy link writes the chapter address with the section the reader went to', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const w = watch(page, baseURL!);
    await page.goto(CHAPTER);
    await page.getByRole('navigation', { name: 'In this chapter' }).locator('a[href="#the-claim"]').click();
    await expect(page).toHaveURL(/#the-claim$/);
    // No share sheet in this browser context: Share opens the menu.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { configurable: true, value: undefined }));
    const share = page.locator('.chapter-tools details[data-share]');
    await share.locator('summary').click();
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${CHAPTER}#the-claim`);
    // The plain links were rewritten to the same address.
    const x = new URL((await share.locator('a[data-share-link="x"]').getAttribute('href'))!);
    expect(x.searchParams.get('url')).toBe(`${baseURL}${CHAPTER}#the-claim`);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  test('a figure’s share links carry its active step', async ({ page, baseURL }) => {
    await page.goto(CHAPTER);
    const scrolly = page.locator('section.scrolly').first();
    const steps = await scrolly.locator('[data-step]').evaluateAll((s) => s.map((e) => e.id));
    const step = steps[2]!;
    // A deep link to a step (scrolly.ts keeps the active step in the address the same way).
    await page.goto(`${CHAPTER}#${step}`);
    await expect(page).toHaveURL(new RegExp(`#${step}$`));
    const share = scrolly.locator('details[data-share]');
    await share.evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    }); // opened without scrolling away from the step
    await expect(share.locator('a[data-share-link="x"]')).toHaveAttribute('href', new RegExp(encodeURIComponent(`#${step}`)));
    const mail = decodeURIComponent((await share.locator('a[data-share-link="email"]').getAttribute('href'))!);
    expect(mail).toContain(`${baseURL}${CHAPTER}#${step}`);
    const wa = new URL((await share.locator('a[data-share-link="whatsapp"]').getAttribute('href'))!);
    expect(wa.searchParams.get('text')).toContain(`${baseURL}${CHAPTER}#${step}`);
  });

  test('where the browser has the Web Share API, Share hands the address to it', async ({ page, baseURL }) => {
    // A page-level navigator.share that records its calls: the site's code decides to call it.
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (d: ShareData) => {
          calls.push(d);
          return Promise.resolve();
        },
      });
    });
    await page.goto(`${CHAPTER}#who-was-killed`);
    const share = page.locator('.chapter-tools details[data-share]');
    await share.locator('summary').click();
    const calls = () => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    await expect.poll(async () => (await calls()).length).toBe(1);
    const [data] = await calls();
    expect(data).toEqual({ title: 'The attack — Twin Threats', text: expect.stringContaining('30 July 2023'), url: `${baseURL}${CHAPTER}#who-was-killed` });
    // The share sheet replaced the menu: it stays closed.
    await expect(share).not.toHaveAttribute('open', '');
  });
  // Each chapter's own og:image, og:title and og:description: tests/site/seo.test.ts (built site).
});

test.describe('search that reads well', () => {
  interface Shown {
    kind: string;
    title: string;
    href: string;
    excerpts: string[];
  }
  async function search(page: Page, q: string): Promise<Shown[]> {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-search-status]')).toContainText(/\d+ pages? match/, { timeout: 45_000 });
    return page.locator('.search-result').evaluateAll((lis) =>
      lis.map((li) => ({
        kind: li.querySelector('.search-kind')!.textContent!,
        title: li.querySelector('.search-title')!.textContent!,
        href: li.querySelector<HTMLAnchorElement>('.search-title')!.getAttribute('href')!,
        excerpts: [...li.querySelectorAll('.search-excerpt')].map((p) => p.textContent!),
      })),
    );
  }

  // The first result for each query, and why it is the right one.
  const expected: [string, string, string][] = [
    // The section of the ISKP chapter that is about Bajaur district itself: its heading names the
    // district and it traces ISKP's killings there from 2019 up to the bombing. The attack chapter
    // (one day in Khar) must follow it among the results.
    ['Bajaur', '/chapters/iskps-war/#a-campaign-in-bajaur', 'ISKP’s war on the Afghan Taliban’s friends › A campaign in Bajaur'],
    // The chapter about ISKP, from its top: title, dek and key points say who ISKP is and why it
    // fights JUI-F; no single section is more about ISKP than the chapter as a whole.
    ['ISKP', '/chapters/iskps-war/', 'ISKP’s war on the Afghan Taliban’s friends'],
    // Where the story introduces Khar: the convention in the town, its place in Bajaur.
    ['Khar', '/chapters/the-attack/#a-convention-in-khar', 'The attack › A convention in Khar'],
    // Where the name is introduced and explained: the Pakistani state's label for the TTP since
    // July 2024, in the section on the TTP (Who's who).
    ['Fitna al-Khawarij', '/chapters/whos-who/#the-ttp-and-its-splinters', 'Who’s who › The TTP and its splinters'],
    // Where the Doha Agreement is explained: the deal the takeover of Kabul followed.
    ['Doha', '/chapters/the-takeover-next-door/#kabul-falls', 'The takeover next door › Kabul falls'],
  ];
  for (const [q, href, title] of expected) {
    test(`“${q}”: the first result is ${href}`, async ({ warmPage: page, baseURL }) => {
      const w = watch(page, baseURL!);
      const results = await search(page, q);
      expect(results[0]!.href).toBe(href);
      expect(results[0]!.title).toBe(title);
      expect(results[0]!.kind).toMatch(/^Chapter \d$/);
      if (q === 'Bajaur') {
        const attack = results.findIndex((r) => r.href.startsWith('/chapters/the-attack/'));
        const timeline = results.findIndex((r) => r.href.startsWith('/timeline/'));
        expect(attack).toBeGreaterThan(0);
        expect(timeline === -1 || timeline > attack, 'the timeline ranks below the attack chapter').toBe(true);
      }
      // The result opens that address (the navigation's own URL: once the reader is there, a
      // scrolly just below the heading may rename the address after its step)...
      await Promise.all([
        page.waitForURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), { waitUntil: 'commit' }),
        page.locator('.search-title').first().click(),
      ]);
      // ...and lands on it: the section's heading at the top of the window, under the header.
      const id = new URL(href, 'http://x').hash.slice(1);
      // Until the parser reaches the heading (the URL commits before the document is read), no top.
      const top = () => page.evaluate((i) => Math.round(document.getElementById(i)?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY), id);
      if (id) {
        await expect.poll(top).toBeLessThan(200);
        expect(await top()).toBeGreaterThanOrEqual(0);
      }
      expect(w.errors).toEqual([]);
    });
  }

  test('no excerpt runs a label into its value', async ({ warmPage: page }) => {
    test.setTimeout(600_000); // eleven searches, each on a fresh page load of the index
    // Labels the timeline, glossary and teachers' guide put before a value, and the timeline's
    // category names that follow a date.
    const labels = ['Place', 'Source', 'Toll', 'Claimed by', 'Suspected', 'Also called'];
    const categories = ['Attack', 'Militant', 'Diplomatic', 'Political', 'Military', 'State'];
    for (const q of [
      'Bajaur',
      'ISKP',
      'Khar',
      'Fitna al-Khawarij',
      'Doha',
      'Mamund',
      'Strategic Perspective',
      'shot',
      'Operation Sarbakaf',
      'milestone',
      'Jamaat-ul-Ahrar',
    ]) {
      const results = await search(page, q);
      expect(results.length, q).toBeGreaterThan(0);
      for (const text of results.flatMap((r) => r.excerpts)) {
        for (const l of labels) expect(text, `“${q}”: ${text}`).not.toMatch(new RegExp(`\\b${l}[A-Z“"‘']`));
        for (const c of categories) expect(text, `“${q}”: ${text}`).not.toMatch(new RegExp(`\\d${c}`));
        expect(text, `“${q}”: ${text}`).not.toMatch(/\)[A-Z]/); // "(also …)The definition"
      }
    }
  });
});

/**
 * Per page, the words whose box lies mostly below the page's text area (the 20 mm bottom margin
 * of @page in print.css). Chromium paints the ink that a page's first line has above its line
 * box at the foot of the page before as well, where it shows as stray strokes under the last
 * line; Nastaliq's tall letters have a lot of it (print.css makes room for it). A page's own
 * last line reaches into the margin only by its descenders.
 */
function straysPerPage(file: string): number[] {
  return execFileSync('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 })
    .toString()
    .split('<page ')
    .slice(1)
    .map((page) => {
      const textBottom = Number(/height="([\d.]+)"/.exec(page)![1]) - (20 / 25.4) * 72;
      const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)];
      return words.filter((w) => (Number(w[1]) + Number(w[2])) / 2 > textBottom).length;
    });
}

/** Per scrolly step card: its left and right padding and the width of its number (::before). */
function stepCardSpacing(cards: Element[]) {
  return cards.map((c) => ({
    left: parseFloat(getComputedStyle(c).paddingLeft),
    right: parseFloat(getComputedStyle(c).paddingRight),
    number: parseFloat(getComputedStyle(c, '::before').width),
  }));
}

test.describe('compact print', () => {
  // Made in beforeAll, not when the file is loaded: every process that loads the spec (the runner
  // listing tests, each worker) ran that line, and only the workers that ran these tests removed it.
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tt-publish-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function pdf(page: Page, path: string, format: 'A4' | 'Letter', setup?: (p: Page) => Promise<void>) {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoSettled(page, path);
    if (setup) await setup(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const file = join(dir, `${path.replace(/\W+/g, '-')}-${format}.pdf`);
    writeFileSync(file, await page.pdf({ format }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    return { pages, text, strays: straysPerPage(file) };
  }

  test('every chapter prints on at most 10 A4 pages', async ({ warmPage: page }) => {
    test.setTimeout(180_000);
    const counts: Record<string, number> = {};
    for (const slug of await chapterSlugs(page)) {
      const { pages, text, strays } = await pdf(page, `/chapters/${slug}/`, 'A4');
      counts[slug] = pages;
      expect(text.toLowerCase()).toContain('cite this chapter');
      // The endnotes print without their kind and their link to the sources page, and so without
      // the dot between them.
      expect(text, `${slug}: a line ending in a separator`).not.toMatch(/·\s*$/m);
      expect(strays, `${slug}: words below the text area, per page`).toEqual(strays.map(() => 0));
    }
    console.log('A4 pages per chapter:', JSON.stringify(counts));
    for (const [slug, n] of Object.entries(counts)) expect(n, slug).toBeLessThanOrEqual(10);
  });

  test('every Urdu chapter prints on at most 13 A4 pages, with no stroke of a page’s first line at the foot of the page before', async ({ warmPage: page }) => {
    // 13, not 10: Nastaliq at the edition's line height (2.15) takes about 1.4 times the height
    // of the English text, and the translation is a little longer (8–13 pages against 6–10).
    test.setTimeout(180_000);
    const counts: Record<string, number> = {};
    for (const slug of await chapterSlugs(page)) {
      const { pages, strays } = await pdf(page, `/ur/chapters/${slug}/`, 'A4');
      counts[slug] = pages;
      expect(strays, `${slug}: words below the text area, per page`).toEqual(strays.map(() => 0));
      // A step's number stands at the start of its line, right of the text, not over it.
      const cards = await page.locator('.scrolly .step-card').evaluateAll(stepCardSpacing);
      for (const card of cards) {
        expect(card.left, slug).toBe(0);
        expect(card.right, slug).toBeGreaterThanOrEqual(card.number);
      }
    }
    console.log('A4 pages per Urdu chapter:', JSON.stringify(counts));
    for (const [slug, n] of Object.entries(counts)) expect(n, slug).toBeLessThanOrEqual(13);
  });

  test('the glossary prints each letter on the page of its first entry, and the Urdu glossary with no stray strokes', async ({ warmPage: page }) => {
    const { text } = await pdf(page, '/glossary/', 'A4');
    const lastLines = text.split('\f').map((p) => p.trim().split('\n').at(-1)?.trim() ?? '');
    expect(
      lastLines.filter((l) => /^[A-Z]$/.test(l)),
      'pages ending in a lone letter',
    ).toEqual([]);
    const { strays } = await pdf(page, '/ur/glossary/', 'A4');
    expect(strays).toEqual(strays.map(() => 0));
  });

  test('a scrolly prints as one chart in its final state, then its steps as numbered captions', async ({ warmPage: page }) => {
    await page.goto('/chapters/the-attack/');
    await page.emulateMedia({ media: 'print' });
    const scrolly = page.locator('section.scrolly').first();
    const visibleCharts = scrolly.locator('.chart-graphic svg:visible');
    await expect(visibleCharts).toHaveCount(1);
    const steps = scrolly.locator('[data-step]');
    const n = await steps.count();
    // The chart shown is the last step's drawing (the final state), and it comes before the steps.
    await expect(steps.last().locator('.step-flat svg')).toBeVisible();
    const [chartTop, firstStepTop] = [(await visibleCharts.boundingBox())!.y, (await steps.first().locator('.step-card').boundingBox())!.y];
    expect(chartTop).toBeLessThan(firstStepTop);
    const numbers = await steps.locator('.step-card').evaluateAll((cs) => cs.map((c) => getComputedStyle(c, '::before').content));
    expect(numbers).toEqual(Array.from({ length: n }, () => 'counter(step) "."'));
    // At the paper's text width (A4 minus margins, 178 mm = 673 px) the chart fills the width
    // and its labels print at 7 pt or more (1 CSS px = 0.75 pt).
    await page.setViewportSize({ width: 673, height: 1000 });
    const box = (await visibleCharts.boundingBox())!;
    expect(box.width).toBeGreaterThan(673 * 0.6);
    const smallest = await visibleCharts.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(
        ...[...svg.querySelectorAll('text')]
          .filter((t) => t.textContent!.trim() && t.getBoundingClientRect().width > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75),
      );
    });
    expect(smallest).toBeGreaterThanOrEqual(7);
  });

  test('figure labels print at 7 pt or more on A4', async ({ warmPage: page }) => {
    for (const slug of await chapterSlugs(page)) {
      await page.setViewportSize({ width: 673, height: 1000 });
      await page.goto(`/chapters/${slug}/`);
      await page.emulateMedia({ media: 'print' });
      const sizes = await page.locator('.chart-graphic svg:visible').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim() && t.getBoundingClientRect().width > 0);
          return texts.length ? Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75)) : 99;
        }),
      );
      expect(sizes.length, slug).toBeGreaterThan(0);
      for (const s of sizes) expect(s, `${slug}: smallest chart label in pt`).toBeGreaterThanOrEqual(7);
    }
  });

  test('data tables print only with “Print with data tables”', async ({ warmPage: page }) => {
    const path = '/chapters/the-ttps-return/';
    await page.goto(path);
    const caption = (await page.locator('figure.figure .data-table caption').first().textContent())!.trim();
    const norm = (s: string) => s.replace(/[\s\u00ad\-‐‑–]+/g, '').toLowerCase();
    const without = await pdf(page, path, 'A4');
    expect(norm(without.text)).not.toContain(norm(caption));
    const withTables = await pdf(page, path, 'A4', (p) => p.getByRole('checkbox', { name: 'Print with data tables' }).check());
    expect(norm(withTables.text)).toContain(norm(caption));
    expect(withTables.pages).toBeGreaterThan(without.pages);
  });
});

/**
 * Every chapter's handout in one edition (`prefix`: '' for English, '/ur' for Urdu): linked from
 * its chapter, with everything it promises, printed on one A4 and one US Letter page whose last
 * line (the footer, with the chapter's address) is on the page and whose foot has no stray ink.
 * Returns the chapters' slugs.
 */
async function checkHandouts(page: Page, prefix: '' | '/ur'): Promise<string[]> {
  const slugs = await chapterSlugs(page);
  const dir = mkdtempSync(join(tmpdir(), 'tt-handout-'));
  try {
    for (const slug of slugs) {
      const path = `${prefix}/chapters/${slug}/handout/`;
      // Linked from its chapter's tools (read in the built page: loading the chapter for it took
      // a second a chapter).
      const chapter = readFileSync(`dist${prefix}/chapters/${slug}/index.html`, 'utf8');
      const tools = chapter.slice(chapter.indexOf('<div class="chapter-tools'), chapter.indexOf('</header>', chapter.indexOf('<div class="chapter-tools')));
      expect(tools, path).toContain(`href="${path}"`);
      await page.goto(path);
      // Titled after its chapter.
      const heading = (await page.locator('h1').textContent())!.trim();
      expect(heading.length, path).toBeGreaterThan(2);
      expect(await page.title()).toContain(heading);
      await expect(page.locator('.handout-points li')).toHaveCount(3);
      expect(await page.locator('.handout-vocab dt').count()).toBeGreaterThan(0);
      await expect(page.locator('.handout-chart svg')).toHaveCount(1);
      expect(await page.locator('.handout-questions li').count()).toBeGreaterThanOrEqual(3);
      await expect(page.locator('.handout-activity p')).not.toBeEmpty();
      for (const format of ['A4', 'Letter'] as const) {
        await page.emulateMedia({ media: 'print' });
        const file = join(dir, `${slug}-${format}.pdf`);
        writeFileSync(file, await page.pdf({ format }));
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
        expect(pages, `${path} on ${format}`).toBe(1);
        expect(straysPerPage(file), `${path} on ${format}: words below the text area`).toEqual([0]);
        const text = execFileSync('pdftotext', [file, '-']).toString();
        expect(text, `${path} on ${format}: the footer's address`).toContain(`${prefix}/chapters/${slug}/`);
        // The questions print too (checked in English: pdftotext reads Nastaliq's joined letters unreliably).
        if (!prefix) expect(text.replace(/\s+/g, ' ').toLowerCase()).toContain('discussion questions');
        await page.emulateMedia({ media: 'screen' });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return slugs;
}

test.describe('one-page handout', () => {
  test('each chapter’s handout fits one A4 and one US Letter page, with everything it promises', async ({ warmPage: page }) => {
    test.setTimeout(180_000);
    const slugs = await checkHandouts(page, '');
    // Linked from its lesson in the teachers' guide.
    await page.goto('/teachers/');
    for (const slug of slugs) await expect(page.locator(`section.lesson a[href="/chapters/${slug}/handout/"]`)).toHaveCount(1);
  });

  test('each Urdu handout fits one A4 and one US Letter page too, with everything it promises', async ({ warmPage: page }) => {
    // Its 8 pt text is set in Naskh on paper (handout.css): in Nastaliq it ran onto a second page.
    test.setTimeout(180_000);
    await checkHandouts(page, '/ur');
  });

  test('the handout reads at 375 px without sideways scrolling and is not in the search index', async ({ warmPage: page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/chapters/the-attack/handout/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    const results = await (async () => {
      await page.goto('/search/?q=handout');
      await expect(page.locator('[data-search-status]')).toContainText(/match|No results/, { timeout: 45_000 });
      return page.locator('.search-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    })();
    expect(results.filter((h) => h?.includes('/handout/'))).toEqual([]);
  });
});
