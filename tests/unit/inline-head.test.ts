// The build step that puts the head's palette and theme script inline and allows each inline
// block by its hash (src/lib/inline-head.ts). The built pages themselves: tests/site/security.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { addSources, inlinePage } from '../../src/lib/inline-head.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const files: Record<string, string> = { 'chart-palette.css': ':root{--a:red}', 'theme-init.js': 'document.documentElement.classList.add("js");\n' };
const read = (f: string) => files[f] ?? assert.fail(`unexpected read of ${f}`);
const page = (base: string, extra = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'">` +
  `<script src="${base}theme-init.js"></script><link rel="stylesheet" href="${base}chart-palette.css"><style>p{color:blue}</style>${extra}</head><body></body></html>`;

test('addSources appends to one directive and keeps the others', () => {
  assert.equal(
    addSources("default-src 'self'; style-src 'self'; img-src data:", 'style-src', ["'sha256-x'", "'sha256-x'"]),
    "default-src 'self'; style-src 'self' 'sha256-x'; img-src data:",
  );
  assert.equal(addSources("style-src 'self'", 'script-src', []), "style-src 'self'");
  assert.throws(() => addSources("style-src 'self'", 'script-src', ["'sha256-y'"]), /no script-src/);
});

for (const base of ['/', '/twin-threats/']) {
  test(`inlinePage under base ${base}: palette and theme script inline, every block allowed by its hash`, () => {
    const out = inlinePage(page(base), base, read);
    assert.doesNotMatch(out, /<link rel="stylesheet"|<script src=/);
    assert.ok(out.includes(`<style>${files['chart-palette.css']}</style>`));
    assert.ok(out.includes(`<script>${files['theme-init.js']!.trim()}</script>`));
    const policy = /content="([^"]*)"/.exec(out)![1]!;
    assert.match(
      policy,
      new RegExp(`style-src 'self' ${[hash(files['chart-palette.css']!), hash('p{color:blue}')].map((h) => h.replace(/[+/=]/g, '\\$&')).join(' ')}(;|$)`),
    );
    assert.ok(policy.includes(`script-src 'self' ${hash(files['theme-init.js']!.trim())};`));
    assert.ok(policy.includes("object-src 'none'"), 'other directives kept');
  });
}

test('inlinePage leaves JSON data blocks and external modules out of the policy', () => {
  const out = inlinePage(page('/', '<script type="application/json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>'), '/', read);
  const scriptSrc = /script-src ([^;]*)/.exec(out)![1]!.split(' ');
  assert.equal(scriptSrc.length, 2, `only 'self' and the theme script: ${scriptSrc.join(' ')}`);
});

test('inlinePage fails on a link it cannot inline rather than shipping a policy that blocks it', () => {
  assert.throws(() => inlinePage(page('/', '<link rel="stylesheet" media="print" href="/chart-palette.css">'), '/', read), /does not inline/);
});

test('a fragment without a policy of its own is left as it is', () => {
  const fragment = '<div class="embed"><style>.x{}</style></div>';
  assert.equal(inlinePage(fragment, '/', read), fragment);
});
