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
    if (statSync(p).isDirectory()) {
      if (!['_astro', 'pagefind', 'downloads'].includes(name)) pages(p, out);
    } else if (name === 'index.html') out.push(p);
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
  const xml = readdirSync('dist')
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join('dist', f), 'utf8'))
    .join('');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const d of readdirSync('dist/chapters'))
    assert.ok(
      locs.some((l) => l.endsWith(`/chapters/${d}/`)),
      `chapter ${d}`,
    );
  for (const p of ['/sources/', '/methods/', '/glossary/', '/teachers/', '/timeline/'])
    assert.ok(
      locs.some((l) => l.endsWith(p)),
      p,
    );
  assert.ok(!locs.some((l) => l.includes('/embed/')), 'no embed page');
});

test('each chapter’s share card, og:title and og:description are its own', () => {
  // The chapters' frontmatter, read here on its own: slug, title and summary.
  const chapters = readdirSync('content/chapters')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const src = readFileSync(join('content/chapters', f), 'utf8');
      const field = (k: string) =>
        (JSON.parse(src.match(new RegExp(`^${k}: (".*")$`, 'm'))?.[1] ?? 'null') as string | null) ?? src.match(new RegExp(`^${k}: (.*)$`, 'm'))?.[1]?.trim();
      return { slug: field('slug')!, title: field('title')!, summary: field('summary')! };
    });
  assert.ok(chapters.length >= 7);
  const decode = (s: string) =>
    s
      .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&apos;/g, "'");
  const seen = { image: new Set<string>(), title: new Set<string>(), description: new Set<string>() };
  for (const c of chapters) {
    const html = readFileSync(join('dist/chapters', c.slug, 'index.html'), 'utf8');
    const image = attr(html, /<meta property="og:image" content="([^"]+)"/)!;
    const title = decode(attr(html, /<meta property="og:title" content="([^"]+)"/)!);
    const description = decode(attr(html, /<meta property="og:description" content="([^"]+)"/)!);
    assert.equal(new URL(image).pathname, `/share/${c.slug}.png`, `${c.slug}: its own card`);
    assert.ok(statSync(join('dist/share', `${c.slug}.png`)).size > 5000, `${c.slug}: the card is drawn`);
    // The site sets typographic quotes (src/lib/typography.ts): compare the words.
    const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    assert.equal(plain(title), plain(`${c.title} — Twin Threats`), `${c.slug}: its own title`);
    assert.equal(plain(description), plain(c.summary), `${c.slug}: its own description`);
    seen.image.add(image);
    seen.title.add(title);
    seen.description.add(description);
  }
  for (const set of Object.values(seen)) assert.equal(set.size, chapters.length);
});

test('each chapter’s handout is in the sitemap and out of the search index', () => {
  const xml = readdirSync('dist')
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join('dist', f), 'utf8'))
    .join('');
  for (const d of readdirSync('dist/chapters')) {
    assert.ok(xml.includes(`/chapters/${d}/handout/</loc>`), `handout of ${d} in the sitemap`);
    const html = readFileSync(join('dist/chapters', d, 'handout', 'index.html'), 'utf8');
    assert.doesNotMatch(html, /data-pagefind-body/, `handout of ${d} is not indexed`);
  }
});
