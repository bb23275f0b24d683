// Metadata a search engine or a social card reads, on the built site: a description, a canonical
// URL and Open Graph tags on every page; robots.txt naming the sitemap; a sitemap listing every
// chapter and reference page and no embed (embeds name their chapter as canonical instead).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function pages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (!['_astro', 'pagefind', 'downloads'].includes(name)) pages(p, out); }
    else if (name === 'index.html') out.push(p);
  }
  return out;
}
const files = existsSync('dist') ? pages('dist') : [];
const attr = (html: string, re: RegExp) => html.match(re)?.[1];

test('the site is built', () => assert.ok(files.length > 5));

for (const file of files) {
  test(`${file}: description, canonical URL and Open Graph tags`, () => {
    const html = readFileSync(file, 'utf8');
    const description = attr(html, /<meta name="description" content="([^"]*)"/);
    assert.ok(description && description.length >= 50, 'a meta description of a sentence or more');
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    assert.match(canonical ?? '', /^https?:\/\/[^/]+\//, 'an absolute canonical URL');
    if (file.includes('/embed/')) {
      assert.match(canonical!, /\/chapters\/[a-z0-9-]+\/$/, 'an embed names its chapter as canonical');
      assert.doesNotMatch(html, /name="robots"/);
    } else {
      assert.match(html, /<meta property="og:title" content="[^"]+"/);
      assert.match(html, /<meta property="og:url" content="https?:\/\/[^"]+"/);
      const image = attr(html, /<meta property="og:image" content="([^"]+)"/);
      assert.match(image ?? '', /^https?:\/\/[^"]+\.png$/, 'an absolute og:image');
      assert.ok(existsSync(join('dist', new URL(image!).pathname)), `og:image ${image} is in the build`);
      assert.match(html, /<meta property="og:image:alt" content="[^"]{20,}"/);
    }
  });
}

test('robots.txt allows crawling and names the sitemap by its absolute URL', () => {
  const robots = readFileSync('dist/robots.txt', 'utf8');
  assert.match(robots, /^User-agent: \*$/m);
  assert.doesNotMatch(robots, /^Disallow: \/\s*$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  assert.match(sitemap ?? '', /^https?:\/\/.+\/sitemap-index\.xml$/);
  assert.ok(existsSync(join('dist', new URL(sitemap!).pathname)));
});

test('the sitemap lists every chapter and reference page, and no embed', () => {
  const xml = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join('dist', f), 'utf8')).join('');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const d of readdirSync('dist/chapters')) assert.ok(locs.some((l) => l.endsWith(`/chapters/${d}/`)), `chapter ${d}`);
  for (const p of ['/sources/', '/methods/', '/glossary/', '/teachers/', '/timeline/']) assert.ok(locs.some((l) => l.endsWith(p)), p);
  assert.ok(!locs.some((l) => l.includes('/embed/')), 'no embed page');
});
