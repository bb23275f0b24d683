// What a deploy needs from dist/, checked on the files alone (no browser):
//  - the core pages, the chapters and the chart code chunks the browser tests rely on;
//  - every chart has its embed page, its snippet and its six downloads, and its images carry its notes;
//  - every rule in _headers matches at least one built file (a stale section is a sign of a
//    renamed page left unprotected);
//  - a build made for a public origin (SITE_URL) leaves no `localhost` anywhere, text or binary,
//    compressed search index included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

const DIST = 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function allFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) allFiles(p, out);
    else out.push(p);
  }
  return out;
}

const files = existsSync(DIST) ? allFiles(DIST) : [];
const sitePath = (file: string) => `/${relative(DIST, file).split(sep).join('/')}`;

/** The origin the build was made for, as the build itself wrote it into robots.txt. */
function builtOrigin(): string {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  assert.ok(sitemap, 'robots.txt names the sitemap');
  return new URL(sitemap).origin;
}

test('the site is built, with its core pages, seven chapters and a code chunk per chart module', () => {
  assert.ok(files.length > 20);
  for (const p of ['index.html', 'sources/index.html', 'methods/index.html', 'chapters/the-attack/index.html', 'embed-our-charts/index.html']) {
    assert.ok(existsSync(join(DIST, p)), p);
  }
  assert.ok(readdirSync(join(DIST, 'chapters')).length >= 7, 'seven chapters');
  // e2e/robustness.spec.ts breaks one of these per chapter to prove a failing chart is contained.
  const chunks = readdirSync(join(DIST, '_astro')).filter(
    (n) => /^[a-z0-9-]+\.[\w-]+\.js$/.test(n) && !/^(chart-core|preload-helper|reader|embed-dialog)\./.test(n),
  );
  assert.ok(chunks.length >= 5, `chart chunks: ${chunks.join(', ')}`);
});

test('every chart has an embed page, a snippet and six downloads', () => {
  const charts = readdirSync(join(DIST, 'embed')).filter((d) => statSync(join(DIST, 'embed', d)).isDirectory());
  assert.ok(charts.length >= 7, `${charts.length} charts`);
  const missing: string[] = [];
  for (const id of charts) {
    for (const f of [`embed/${id}/index.html`, `embed/${id}/snippet.html`]) if (!existsSync(join(DIST, f))) missing.push(f);
    for (const f of [`${id}.csv`, `${id}.json`, `${id}-light.svg`, `${id}-dark.svg`, `${id}-light.png`, `${id}-dark.png`]) {
      if (!existsSync(join(DIST, 'downloads', id, f))) missing.push(`downloads/${id}/${f}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every image download carries its figure’s notes, in its language (the drawing leaves them to the page)', () => {
  const charts = readdirSync(join(DIST, 'embed')).filter((d) => statSync(join(DIST, 'embed', d)).isDirectory());
  const missing: string[] = [];
  let notes = 0;
  for (const id of charts) {
    for (const dir of [join(DIST, 'downloads', id), join(DIST, 'ur', 'downloads', id)]) {
      const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { notes: string[] };
      for (const theme of ['light', 'dark']) {
        // The image's text as a reader sees it: its <text> lines joined, entities decoded.
        const text = [...readFileSync(join(dir, `${id}-${theme}.svg`), 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
          .map((m) => m[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (_e, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n]!))
          .join(' ')
          .replace(/\s+/g, ' ');
        for (const note of meta.notes) {
          notes++;
          if (!text.includes(note.replace(/\s+/g, ' '))) missing.push(`${relative(DIST, dir)}/${id}-${theme}.svg: “${note.slice(0, 50)}…”`);
        }
      }
    }
  }
  assert.ok(notes > 40, `${notes} notes checked`);
  assert.deepEqual(missing, []);
});

test('every rule in _headers matches at least one built file', () => {
  const patterns = readFileSync(join(DIST, '_headers'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !/^\s/.test(l))
    .map((l) => l.trim());
  assert.ok(patterns.length > 5);
  // Paths as a host sees them: /x/index.html is also /x/, under BASE_PATH.
  const paths = files.flatMap((f) => {
    const p = sitePath(f).replace(/^\//, base);
    return p.endsWith('/index.html') ? [p, p.slice(0, -'index.html'.length)] : [p];
  });
  const toRe = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const stale = patterns.filter((pattern) => !paths.some((p) => toRe(pattern).test(p)));
  assert.deepEqual(stale, [], 'rules in public/_headers that match no page: remove or rename them');
});

test('a build made for a public origin has no localhost left in dist/', (t) => {
  const origin = builtOrigin();
  if (/^https?:\/\/(localhost|127\.0\.0\.1)(:|$)/.test(origin)) {
    t.skip(`this build was made for ${origin} (SITE_URL unset); npm test builds with SITE_URL`);
    return;
  }
  const found: string[] = [];
  for (const f of files) {
    let bytes = readFileSync(f);
    // Pagefind's index and fragments are gzip files: read what they hold.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const text = bytes.toString('latin1');
    const at = text.search(/localhost|127\.0\.0\.1/);
    if (at >= 0) found.push(`${sitePath(f)}: …${text.slice(Math.max(0, at - 40), at + 30).replace(/\s+/g, ' ')}…`);
  }
  assert.deepEqual(found, [], `built for ${origin}, yet these files point at this machine`);
});
