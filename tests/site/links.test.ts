// Link checker over the built site: every internal link and every #fragment resolves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { htmlFiles } from '../helpers/html-files.ts';

const DIST = 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
  }
  return ids.get(file)!;
}

/** Map a site URL path to the file a static host would serve. */
function fileFor(path: string): string | null {
  if (!path.startsWith(base)) return null;
  const rel = decodeURIComponent(path.slice(base.length));
  const p = join(DIST, rel);
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

test('every internal link and fragment in the built site resolves', () => {
  const files = htmlFiles(DIST);
  assert.ok(files.length > 5, 'the site is built');
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pagePath =
      '/' +
      file
        .slice(DIST.length + 1)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = decode(m[1]!);
      if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(raw)) continue;
      checked++;
      const [pathPart, frag] = raw.split('#') as [string, string | undefined];
      const target =
        pathPart === ''
          ? file
          : fileFor(posix.normalize(pathPart.startsWith('/') ? pathPart.split('?')[0]! : posix.join(`${dirname(pagePath)}/`, pathPart.split('?')[0]!)));
      if (!target) {
        broken.push(`${file}: ${raw} (no such page)`);
        continue;
      }
      if (frag && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(frag))) broken.push(`${file}: ${raw} (no #${frag})`);
    }
  }
  assert.ok(checked > 50, `checked ${checked} links`);
  assert.deepEqual(broken, []);
});
