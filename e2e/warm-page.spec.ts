// The worker's warm page (e2e/test.ts) reaches each test as a new page would: the first test
// leaves behind everything a test can change on it, the second (same worker: serial) finds none
// of it. If the reset missed one, every spec on warmPage would depend on the order of its tests.
import { test, expect, type Page } from './test.ts';

test.describe.configure({ mode: 'serial' });

let heardAfterItsTest = 0;
let lent: Page | undefined;

test('a test may change the warm page in every way a test can', async ({ warmPage: page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('tt-theme', 'dark');
    sessionStorage.setItem('left', 'behind');
    document.cookie = 'left=behind; path=/';
  });
  await page.setViewportSize({ width: 320, height: 500 });
  await page.emulateMedia({ colorScheme: 'dark', media: 'print', reducedMotion: 'reduce' });
  await page.route('**/*.js', (route) => route.abort());
  page.on('request', () => heardAfterItsTest++);
  lent = page;
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  heardAfterItsTest = 0;
});

test('the next test on that page finds a new page', async ({ warmPage: page }) => {
  expect(page, 'the same page, lent again').toBe(lent);
  // A blank document, not the last test's page (so a #fragment of its address still loads).
  expect(page.url()).toBe('about:blank');
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  expect(
    await page.evaluate(() => ({
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      print: matchMedia('print').matches,
      reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    })),
  ).toEqual({ dark: false, print: false, reduce: false, local: 0, session: 0, cookie: '' });
  // The route is gone (scripts load) and so is the last test's listener.
  expect(failed).toEqual([]);
  expect(heardAfterItsTest).toBe(0);
});
