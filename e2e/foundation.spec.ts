// Every page of the built site: loads without console errors, stays on its own origin, passes
// axe in light and dark themes, and is readable with JavaScript disabled.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, watch } from './site.ts';

const pages = builtPages().filter((p) => !p.startsWith('/embed/'));

test('the build produced the core pages', () => {
  for (const p of ['/', '/sources/', '/methods/', '/chapters/the-attack/']) expect(pages).toContain(p);
});

for (const path of pages) {
  test.describe(path, () => {
    test('loads with no console error and no request to another origin', async ({ page }) => {
      const w = watch(page);
      const res = await page.goto(path, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violation (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path, { waitUntil: 'networkidle' });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path} is readable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(200);
    });
  }
});

test('the theme toggle persists and causes no flash', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The saved theme is applied by a blocking head script, before first paint.
  await page.route('**/*.js', async (route) => { await new Promise((r) => setTimeout(r, route.request().url().includes('theme-init') ? 0 : 300)); await route.continue(); });
  await page.goto('/sources/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 23, 28)');
});
