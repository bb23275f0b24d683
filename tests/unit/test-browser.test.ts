// Which Chromium the browser tests launch (e2e/browser.ts): the headless shell where Debian's
// package is installed, else the full browser; CHROMIUM_PATH wins, and names no browser when its
// file is missing (npm test then stops with the install command before Playwright starts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FULL_CHROMIUM, HEADLESS_SHELL, testBrowser } from '../../e2e/browser.ts';

const only =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

test('the headless shell first, then the full browser, else none', () => {
  assert.equal(testBrowser({}, only(HEADLESS_SHELL, FULL_CHROMIUM)), HEADLESS_SHELL);
  assert.equal(testBrowser({}, only(FULL_CHROMIUM)), FULL_CHROMIUM);
  assert.equal(testBrowser({}, only()), null);
});

test('CHROMIUM_PATH overrides both; "bundled" is Playwright’s own browser', () => {
  assert.equal(testBrowser({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', HEADLESS_SHELL)), '/opt/chrome');
  assert.equal(testBrowser({ CHROMIUM_PATH: '/opt/chrome' }, only(HEADLESS_SHELL)), null);
  assert.equal(testBrowser({ CHROMIUM_PATH: 'bundled' }, only()), 'bundled');
});
