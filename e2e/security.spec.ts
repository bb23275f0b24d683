// Security: every built page (embeds included) loads under its Content-Security-Policy without a
// single violation, and scripts/serve.mjs sends the headers of public/_headers (→ dist/_headers):
// Referrer-Policy, X-Content-Type-Options, Permissions-Policy, and framing by this site only,
// except on /embed/ pages, which other sites may frame. (tests/site/security.test.ts checks the
// built HTML itself: a CSP meta tag on every page, no inline script or style.)
import { test, expect } from '@playwright/test';
import { builtPages, freshServer } from './site.ts';

const pages = builtPages();

test('the build has pages and embeds to check', () => {
  expect(pages.length).toBeGreaterThan(5);
  expect(pages.some((p) => p.startsWith('/embed/'))).toBe(true);
});

for (const path of pages) {
  test(`${path}: no Content-Security-Policy violation`, async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => { if (/content[- ]security[- ]policy/i.test(m.text())) messages.push(m.text()); });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    // The policy is in force on the page itself, as a meta tag that forbids inline script.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|https?:/);
    // Interaction can load more code (figures, popovers): still nothing blocked.
    await page.mouse.move(200, 300);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(messages).toEqual([]);
  });
}

test.describe('response headers from scripts/serve.mjs (public/_headers)', () => {
  const server = freshServer();
  const get = server.get;

  const common = (h: Record<string, string>) => {
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['permissions-policy']).toMatch(/camera=\(\)/);
    expect(h['permissions-policy']).toMatch(/geolocation=\(\)/);
  };
  const chapter = pages.find((p) => p.startsWith('/chapters/'))!;
  const embed = pages.find((p) => p.startsWith('/embed/'))!;

  test(`a chapter page (${chapter}) may be framed by this site only`, async ({ request }) => {
    const h = (await get(request, chapter)).headers();
    common(h);
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
    expect(h['content-security-policy']).toBe("frame-ancestors 'self'");
  });

  test(`an embed page (${embed}) may be framed by other sites`, async ({ request }) => {
    const h = (await get(request, embed)).headers();
    common(h);
    expect(h['x-frame-options']).toBeUndefined();
    expect(h['content-security-policy']).toMatch(/^frame-ancestors /);
    expect(h['content-security-policy']).not.toMatch(/'self'$|'none'/);
  });

  test('scripts and styles are served with nosniff, the right type, and gzip when accepted', async ({ request, page }) => {
    await page.goto(`${server.origin}${chapter}`);
    const script = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
    const style = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const js = (await get(request, script!)).headers();
    const css = (await get(request, style!)).headers();
    expect(css['content-encoding']).toBe('gzip');
    // Hashed build assets are cached for a year; pages are revalidated.
    expect(js['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(request, chapter)).headers()['cache-control']).toBe('no-cache');
    expect(js['content-type']).toMatch(/^text\/javascript/);
    expect(css['content-type']).toMatch(/^text\/css/);
    expect(js['x-content-type-options']).toBe('nosniff');
  });
});
