// Every built page carries a strict Content-Security-Policy meta tag (no other origin, no
// 'unsafe-inline') and a Referrer-Policy meta tag. Its inline code is exactly what the build put
// there (src/lib/inline-head.ts: the styles and the theme script of the head): each <style> and
// inline <script> is allowed by its SHA-256 in the policy, and the policy names no hash that is not
// on the page. No style="" attributes, no inline event handlers (a hash does not cover them).
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { htmlFiles } from '../helpers/html-files.ts';

const files = htmlFiles('dist').filter((f) => !f.includes('/pagefind/'));
const isPage = (html: string) => /^\s*<!doctype html>/i.test(html);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineStyles = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=|type="application\/json"/.test(m[1]!)).map((m) => m[2]!);
const hashes = (sources: string[] | undefined) => (sources ?? []).filter((s) => s.startsWith("'sha256-")).sort();

function checkPolicies(html: string) {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
  assert.ok(csp, 'a Content-Security-Policy meta tag');
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.equal(directives.get('script-src')?.[0], "'self'");
  assert.equal(directives.get('style-src')?.[0], "'self'");
  assert.deepEqual(
    directives.get('style-src')?.filter((s) => !s.startsWith("'sha256-")),
    ["'self'"],
  );
  // Exactly the page's own inline code, by hash: none missing (it would be blocked), none stale.
  assert.deepEqual(hashes(directives.get('style-src')), [...new Set(inlineStyles(html).map(sha256))].sort(), "style-src hashes = the page's <style> blocks");
  assert.deepEqual(hashes(directives.get('script-src')), [...new Set(inlineScripts(html).map(sha256))].sort(), "script-src hashes = the page's inline scripts");
  assert.ok(inlineStyles(html).length > 0, 'the styles are inline (no stylesheet request before first paint)');
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  for (const [name, sources] of directives) {
    for (const s of sources) assert.doesNotMatch(s, /^(https?:|\*|'unsafe-inline'|'unsafe-eval')/, `${name} allows ${s}`);
  }
  assert.match(html, /<meta name="referrer" content="strict-origin-when-cross-origin"/, 'a Referrer-Policy meta tag');
}

function checkScripts(html: string, inlineAllowed: boolean) {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/\ssrc=/.test(attrs)) {
      assert.equal(m[2]!.trim(), '', 'a script with src has no body');
      continue;
    }
    if (!inlineAllowed) assert.match(attrs, /\stype="application\/json"/, `inline script: <script${attrs}>${m[2]!.slice(0, 80)}`);
  }
  assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+="/i, 'no inline event handler');
}

test('the site is built', () => assert.ok(files.filter((f) => isPage(readFileSync(f, 'utf8'))).length > 5));

for (const file of files) {
  const html = readFileSync(file, 'utf8');
  if (isPage(html)) {
    test(`${file}: strict CSP and referrer policy, inline code only by hash`, () => {
      checkPolicies(html);
      checkScripts(html, true);
      assert.doesNotMatch(html, /<link rel="stylesheet"/, 'no stylesheet request before first paint');
      assert.doesNotMatch(html, /<[^>]+\sstyle="/, 'no style="" attribute');
    });
  } else {
    // Fragments (the embed snippets other sites paste into their pages) live under the host's
    // policy, not ours; their inline style sizes the iframe before any script runs. No inline code.
    test(`${file} (fragment): no inline script`, () => checkScripts(html, false));
  }
}
