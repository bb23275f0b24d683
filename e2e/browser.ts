// Which Chromium the browser tests drive (playwright.config.ts) and `npm test` checks for before it
// starts (scripts/test.mjs).
//
// Playwright itself runs headless tests in Chromium's headless shell (chrome-headless-shell), the
// same engine without the full browser's window and UI layers. Debian packages that build as
// `chromium-headless-shell`, from the same source and version as its `chromium`; where it is
// installed the suite uses it, and the browser tests take about half the time (README, Two commands).
// Elsewhere the full Debian Chromium. CHROMIUM_PATH overrides both, and CHROMIUM_PATH=bundled uses
// Playwright's own browser where one is installed.
import { existsSync } from 'node:fs';

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_CHROMIUM = '/usr/bin/chromium';

/** The executable to launch: a path, 'bundled' (Playwright's own), or null when none is installed. */
export function testBrowser(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH === 'bundled' || exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return [HEADLESS_SHELL, FULL_CHROMIUM].find(exists) ?? null;
}
