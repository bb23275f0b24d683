// Every built page carries a strict Content-Security-Policy meta tag (no inline script, no other
// origin) and a Referrer-Policy meta tag, and needs neither: no inline <script> except JSON data
// blocks, no <style> blocks, no style="" attributes, no inline event handlers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

const files = htmlFiles('dist').filter((f) => !f.includes('/pagefind/'));
const isPage = (html: string) => /^\s*<!doctype html>/i.test(html);

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
  assert.deepEqual(directives.get('style-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  for (const [name, sources] of directives) {
    for (const s of sources) assert.doesNotMatch(s, /^(https?:|\*|'unsafe-inline'|'unsafe-eval')/, `${name} allows ${s}`);
  }
  assert.match(html, /<meta name="referrer" content="strict-origin-when-cross-origin"/, 'a Referrer-Policy meta tag');
}

function checkNoInlineScript(html: string) {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/\ssrc=/.test(attrs)) {
      assert.equal(m[2]!.trim(), '', 'a script with src has no body');
      continue;
    }
    assert.match(attrs, /\stype="application\/json"/, `inline script: <script${attrs}>${m[2]!.slice(0, 80)}`);
  }
  assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+="/i, 'no inline event handler');
}

test('the site is built', () => assert.ok(files.filter((f) => isPage(readFileSync(f, 'utf8'))).length > 5));

for (const file of files) {
  const html = readFileSync(file, 'utf8');
  if (isPage(html)) {
    test(`${file}: strict CSP and referrer policy, no inline script or style`, () => {
      checkPolicies(html);
      checkNoInlineScript(html);
      assert.doesNotMatch(html, /<style[\s>]/, 'no <style> block');
      assert.doesNotMatch(html, /<[^>]+\sstyle="/, 'no style="" attribute');
    });
  } else {
    // Fragments (the embed snippets other sites paste into their pages) live under the host's
    // policy, not ours; their inline style sizes the iframe before any script runs. No inline code.
    test(`${file} (fragment): no inline script`, () => checkNoInlineScript(html));
  }
}
