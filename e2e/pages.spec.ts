// Every page of the built site, each loaded once for all the checks that need only a load: it
// answers 200 with one h1, logs no console error, requests nothing from another origin, breaks
// no rule of its Content-Security-Policy (also once the reader moves the pointer, which loads
// chart code), and passes axe in the light and then the dark theme. Embed pages are included;
// their chart SVGs are left to axe on the chapter pages, where the same drawings appear.
// (tests/site/security.test.ts checks the built HTML itself: a CSP meta tag on every page, no
// inline script or style. Pages without JavaScript and without CSS: robustness.spec.ts.)
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, builtPages, THEME_RULES, watch } from './site.ts';

for (const path of builtPages()) {
  test(`${path}: loads cleanly under its CSP, on its own origin, and passes axe (light, dark)`, async ({ page }) => {
    // One test doing the work of the four it replaced (a load and two axe runs): their time budget.
    test.setTimeout(180_000);
    const w = watch(page);
    const cspMessages: string[] = [];
    page.on('console', (m) => {
      if (/content[- ]security[- ]policy/i.test(m.text())) cspMessages.push(m.text());
    });
    await page.addInitScript(() => {
      const win = window as unknown as { __csp: string[] };
      win.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        win.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // The policy is in force on the page itself, as a meta tag that forbids inline script.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|https?:/);
    // Interaction can load more code (figures, popovers): still nothing blocked.
    await page.mouse.move(200, 300);
    await page.waitForLoadState('networkidle');

    // Every rule in the light theme, then the colour rules again in the dark one (site.ts), and
    // only violations collected: listing every passing node cost more than the checks.
    const axe = (scheme: 'light' | 'dark') => {
      const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
      if (scheme === 'light') builder.withTags(AXE_TAGS);
      else builder.withRules(THEME_RULES);
      if (path.startsWith('/embed/')) builder.exclude('svg.tt-chart').exclude('svg[data-chart]');
      return builder.analyze();
    };
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      // Switching the emulated scheme restyles the page in place: no second load needed.
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const result = await axe(scheme);
      found.push(
        ...result.violations.map(
          (v) =>
            `${scheme} ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        ),
      );
    }
    expect(found).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(cspMessages).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
}
