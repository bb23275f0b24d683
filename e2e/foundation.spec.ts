// The theme toggle. (Every page's load, console, origin, CSP and axe checks: pages.spec.ts; pages
// without JavaScript or CSS: robustness.spec.ts; the core pages exist: tests/site/deploy.test.ts.)
import { test, expect } from './test.ts';

test('the theme toggle persists and causes no flash', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The saved theme is applied by a blocking head script, before first paint.
  await page.route('**/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, route.request().url().includes('theme-init') ? 0 : 300));
    await route.continue();
  });
  await page.goto('/sources/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 23, 28)');
});
