// Security headers: scripts/serve.mjs sends those of public/_headers (→ dist/_headers):
// Referrer-Policy, X-Content-Type-Options, Permissions-Policy, and framing by this site only,
// except on /embed/ pages, which other sites may frame. (No CSP violation on any page:
// pages.spec.ts; the CSP meta tag and inline code allowed only by hash in the built HTML: tests/site/security.test.ts.)
import { test, expect } from './test.ts';
import { builtPages, freshServer } from './site.ts';

const pages = builtPages();

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

  test('scripts are served with nosniff, the right type, and gzip when accepted', async ({ request, page }) => {
    await page.goto(`${server.origin}${chapter}`);
    // (Styles are inline, src/lib/inline-head.ts: the page is their only request.)
    const script = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
    const js = (await get(request, script!)).headers();
    expect(js['content-encoding']).toBe('gzip');
    // Hashed build assets are cached for a year; pages are revalidated.
    expect(js['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(request, chapter)).headers()['cache-control']).toBe('no-cache');
    expect(js['content-type']).toMatch(/^text\/javascript/);
    expect(js['x-content-type-options']).toBe('nosniff');
  });
});
