// Every built page is valid HTML (html-validate), has exactly one h1, and every image has alt text.
// Registered by two test files, one per edition (tests/site/html.test.ts and html-ur.test.ts), so
// that on two cores the slowest built-site check runs as two halves side by side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from './html-files.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Generated markup: formatting rules that say nothing about validity are off.
    'no-inline-style': 'error',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'no-redundant-role': 'off',
    'prefer-native-element': 'off',
    'text-content': 'off',
    'unique-landmark': 'off',
    'valid-id': ['error', { relaxed: true }],
  },
});

/** The built pages: every HTML file of dist/ but Pagefind's and the embed snippets (dist/embed/<id>/snippet.html), which are fragments for other people's pages. */
const pages = () => htmlFiles('dist').filter((f) => !f.includes('/pagefind/') && !f.endsWith('/snippet.html'));

/** Urdu pages: those under dist/ur/. */
export const isUrdu = (file: string) => file.startsWith(join('dist', 'ur') + '/');

/** One test per built page that `include` accepts (and one that there are such pages). */
export function checkHtmlValidity(edition: string, include: (file: string) => boolean) {
  const files = pages().filter(include);
  test(`the ${edition} pages are built`, () => assert.ok(files.length > 5, `${files.length} pages`));
  for (const file of files) {
    test(`${file} is valid HTML with one h1 and alt text on every image`, async () => {
      const html = readFileSync(file, 'utf8');
      const report = await validator.validateString(html, file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
      assert.deepEqual(messages, []);
      assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1, 'exactly one h1');
      for (const img of html.match(/<img\b[^>]*>/g) ?? []) assert.match(img, /\salt="[^"]*"/, `image without alt: ${img}`);
    });
  }
}
