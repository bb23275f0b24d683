// The specs' `test`: Playwright's, with the page's pointer parked off the page before a test
// starts (parkPointer). Chromium's headless shell (e2e/browser.ts) treats a new page's pointer as
// resting at (0, 0), over whatever loads there, and sends that element pointerover: a reader's
// move towards an embed, which loads its chart code (src/scripts/embed-page.ts). A reader whose
// pointer is elsewhere does not do that, and neither does the full browser in tests. Pages a test
// opens itself (context.newPage()) are parked by calling parkPointer.
//
// It also gives `warmPage` and `warmPageNoScript`: one page per worker, for the tests that load a
// built page and read it (every page's audit, pages without script or styles, data tables,
// search, print), handed to each test as a new reader would find it. See lend below for what is
// reset and why it is safe. Tests that count what a page fetches, time motion, stub browser APIs
// or need a context, touch or a pixel ratio of their own keep `page`.
import { test as base, expect, type Browser, type Page, type ViewportSize } from '@playwright/test';
import { SITE } from './origins.ts';
import { forgetRequests } from './site.ts';

/** Puts the pointer far past the bottom right corner of any viewport the suite uses. */
export async function parkPointer(page: Page) {
  // On a document of the page's own: the blank page a new tab starts with takes no pointer moves.
  await page.setContent('<title>Pointer parked</title>');
  await page.mouse.move(9999, 9999);
}

/** Playwright's defaults for a test's own page (the config sets no other viewport or scheme). */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Hands the worker's page to one test as a new page would be, and takes back after it what the
 * test added. Before: the viewport the test asks for (test.use({ viewport })), emulated media at
 * the defaults, storage and cookies cleared, a blank document, the pointer parked. After: the
 * test's listeners (and the request tracker of site.ts, which listens too) and routes removed. A
 * test that adds an init script disposes of it itself (pages.spec.ts does). What stays is what a
 * reader's browser keeps between pages of a site: a running renderer, its compiled code
 * (axe-core's 0.5 MB among it) and the HTTP cache. On two cores that saves about 0.3 s a page
 * (8 pages with axe: 7.4–8.5 s fresh, 5.2–5.6 s warm). A failed test ends its worker (Playwright
 * starts a new one), so no state a failure leaves reaches the next test. warm-page.spec.ts checks
 * the reset.
 */
async function lend(page: Page, viewport: ViewportSize, use: (page: Page) => Promise<void>) {
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: null, forcedColors: null, contrast: null });
  await page.context().clearCookies();
  if (page.url().startsWith('http'))
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  // A blank document first: a test that opens the last test's address with a #fragment must get
  // a new load, not a scroll within the parked document (which keeps the address it replaced).
  await page.goto('about:blank');
  await parkPointer(page);
  try {
    await use(page);
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
    forgetRequests(page);
  }
}

interface WorkerPages {
  workerPage: Page;
  workerPageNoScript: Page;
}
interface TestPages {
  /** The worker's page, as a new page (see lend). For tests that load built pages and read them. */
  warmPage: Page;
  /** The same with JavaScript disabled (the context's javaScriptEnabled: false). */
  warmPageNoScript: Page;
}

/** A worker's page in a context of its own, made as the `page` fixture makes one; closed with the worker. */
const workerFixture = (
  javaScriptEnabled: boolean,
): [(args: { browser: Browser }, use: (page: Page) => Promise<void>) => Promise<void>, { scope: 'worker' }] => [
  async ({ browser }, use) => {
    const context = await browser.newContext({ baseURL: SITE, viewport: DEFAULT_VIEWPORT, javaScriptEnabled });
    await use(await context.newPage());
    await context.close();
  },
  { scope: 'worker' },
];

/**
 * The viewport a warm page takes for a test; a test whose options a page cannot change once made
 * (touch, mobile, pixel ratio, script: test.use) is refused rather than given a page without them.
 */
function warmViewport(
  viewport: ViewportSize | null,
  options: { hasTouch: boolean; isMobile: boolean; deviceScaleFactor: number | undefined; javaScriptEnabled: boolean },
) {
  const { hasTouch, isMobile, deviceScaleFactor, javaScriptEnabled } = options;
  if (hasTouch || isMobile || (deviceScaleFactor ?? 1) !== 1 || !javaScriptEnabled)
    throw new Error('A warm page keeps its context: use `page` for touch, mobile or a pixel ratio, and warmPageNoScript for a page without script');
  return viewport ?? DEFAULT_VIEWPORT;
}

export const test = base.extend<TestPages, WorkerPages>({
  page: async ({ page }, use) => {
    await parkPointer(page);
    await use(page);
  },
  workerPage: workerFixture(true),
  workerPageNoScript: workerFixture(false),
  // Each option named: Playwright reads a fixture's parameter list to know what it uses.
  warmPage: async ({ workerPage, viewport, hasTouch, isMobile, deviceScaleFactor, javaScriptEnabled }, use) =>
    lend(workerPage, warmViewport(viewport, { hasTouch, isMobile, deviceScaleFactor, javaScriptEnabled }), use),
  warmPageNoScript: async ({ workerPageNoScript, viewport, hasTouch, isMobile, deviceScaleFactor }, use) =>
    lend(workerPageNoScript, warmViewport(viewport, { hasTouch, isMobile, deviceScaleFactor, javaScriptEnabled: true }), use),
});
export { expect };
export type { Browser, Frame, Page } from '@playwright/test';
