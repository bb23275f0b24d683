// The specs' `test`: Playwright's, with the page's pointer parked off the page before a test
// starts (parkPointer). Chromium's headless shell (e2e/browser.ts) treats a new page's pointer as
// resting at (0, 0), over whatever loads there, and sends that element pointerover: a reader's
// move towards an embed, which loads its chart code (src/scripts/embed-page.ts). A reader whose
// pointer is elsewhere does not do that, and neither does the full browser in tests. Pages a test
// opens itself (context.newPage()) are parked by calling parkPointer.
import { test as base, expect, type Page } from '@playwright/test';

/** Puts the pointer far past the bottom right corner of any viewport the suite uses. */
export async function parkPointer(page: Page) {
  // On a document of the page's own: the blank page a new tab starts with takes no pointer moves.
  await page.setContent('<title>Pointer parked</title>');
  await page.mouse.move(9999, 9999);
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await parkPointer(page);
    await use(page);
  },
});
export { expect };
export type { Browser, Frame, Page } from '@playwright/test';
