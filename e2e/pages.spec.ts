// Every page of the built site, each loaded once for all the checks that need only a load: it
// answers 200 with one h1, logs no console error, requests nothing from another origin, breaks
// no rule of its Content-Security-Policy (also once the reader moves the pointer, which loads
// chart code), passes axe in the light and then the dark theme, and at 320 px has no horizontal
// overflow, no line holding only a citation marker or a heading's link control, and no number
// parted from its month or unit in a chapter's own words (site.ts, aloneOnALine). Embed pages
// are included with their charts, made live by the pointer's move (a chapter's figures far down
// the page stay as drawn by the server here): an exclusion of embed charts that missed the Urdu
// ones hid that the network's group buttons were not named by the words drawn on them. The live
// previews (iframes) of the journalists' page are the embed pages audited here on their own.
// Urdu pages are in the list like any other.
// (tests/site/security.test.ts checks the built HTML itself: a CSP meta tag on every page, no
// inline script or style. Pages without JavaScript and without CSS: robustness.spec.ts.)
import { test, expect } from './test.ts';
import { aloneOnALine, axeViolations, builtPages, frames, gotoSettled, layOutWhole, requests, THEME_RULES, watch } from './site.ts';

for (const path of builtPages()) {
  // The worker's warm page (e2e/test.ts): these checks only load and read, and a warm renderer
  // saves about 0.3 s a page, most of it compiling axe-core again.
  test(`${path}: loads cleanly under its CSP, on its own origin, passes axe (light, dark) and fits 320 px`, async ({ warmPage: page }) => {
    // One test doing the work of the four it replaced (a load and two axe runs): their time budget.
    test.setTimeout(180_000);
    const w = watch(page);
    const cspMessages: string[] = [];
    page.on('console', (m) => {
      if (/content[- ]security[- ]policy/i.test(m.text())) cspMessages.push(m.text());
    });
    const collector = await page.addInitScript(() => {
      const win = window as unknown as { __csp: string[] };
      win.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        win.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    // Once the chart code a page fetches after its load event (figures near the viewport) has run.
    const res = await gotoSettled(page, path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // The policy is in force on the page itself, as a meta tag that forbids inline script.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|https?:/);
    // Interaction can load more code (figures, popovers): still nothing blocked.
    await page.mouse.move(200, 300);
    await requests(page).settled();
    // Every block laid out: chapters opened at their top leave some for later (site.ts).
    await layOutWhole(page);

    // Every rule in the light theme, then the colour rules again in the dark one (site.ts).
    const exclude = ['iframe'];
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      // Switching the emulated scheme restyles the page in place: no second load needed.
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      for (const v of await axeViolations(page, { exclude, ...(scheme === 'dark' ? { rules: THEME_RULES } : {}) })) found.push(`${scheme} ${v}`);
    }
    // Frames are left out of axe above, not their names: every frame is titled.
    expect(await page.locator('iframe:not([title]), iframe[title=""]').count()).toBe(0);
    // The narrowest phone: nothing wider than the screen once the page has laid itself out again.
    await page.setViewportSize({ width: 320, height: 640 });
    await frames(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
    // …and no line that holds only a citation marker or a heading's link control, or a month.
    expect(await aloneOnALine(page), 'alone on a line at 320 px').toEqual({ markers: [], controls: [], numbers: [] });
    expect(found).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(cspMessages).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await collector.dispose();
  });
}

test('the audit fails a page that breaks a rule, in either theme', async ({ page }) => {
  // The helper's options (legacy mode, exclusions) must not leave it blind: a picture without a
  // text alternative, and grey on grey text, added to a page that passes.
  await page.goto('/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
    const p = Object.assign(document.createElement('p'), { textContent: 'Faint words on a faint ground' });
    p.style.cssText = 'color:#999;background:#aaa';
    main.append(p);
  });
  expect((await axeViolations(page, { exclude: ['iframe'] })).map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await axeViolations(page, { rules: THEME_RULES })).map((v) => v.split(':')[0])).toEqual(['color-contrast']);
});

test('the audit checks the contrast of Urdu words in Nastaliq as it does English', async ({ warmPage: page }) => {
  // axe's icon-ligature guess took most short Urdu texts (headings, links, labels) for icons and
  // left them out (site.ts, axeViolations): every section heading made faint must be reported.
  await page.goto('/ur/chapters/the-attack/');
  await layOutWhole(page);
  const faint = await page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('.chapter-body h2')];
    for (const h of headings) h.style.cssText = 'color:#999;background:#aaa';
    return headings.length;
  });
  expect(faint).toBeGreaterThan(5);
  // One line per rule: its first three elements, then how many more (site.ts).
  const [line, ...others] = await axeViolations(page, { rules: ['color-contrast'] });
  expect(others).toEqual([]);
  expect(line).toMatch(/^color-contrast: /);
  expect(3 + Number(/ and (\d+) more$/.exec(line!)?.[1] ?? 0), line).toBeGreaterThanOrEqual(faint);
});
