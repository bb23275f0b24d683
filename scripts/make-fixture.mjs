#!/usr/bin/env node
// A large content folder for measuring how the build scales: a copy of content/ whose chapters/
// folder holds N chapters, the real ones plus clones of them with new file names, slugs, orders
// and titles. Build it with TT_CONTENT_DIR=<dir> (see src/content.config.ts). Used by
// scripts/bench.mjs; on its own:
//   node scripts/make-fixture.mjs 200 [dir]   → prints the folder it wrote
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const SOURCE = resolve(fileURLToPath(new URL('..', import.meta.url)), 'content');

/**
 * Write a content folder with `total` chapters (at least the real ones) and return its path.
 * Clones cycle through the real chapters, so every kind of chapter (scrolly, network, plain
 * figures) grows in the same proportion.
 */
export function makeFixture(total, dir = mkdtempSync(join(tmpdir(), `tt-fixture-${total}-`))) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(SOURCE, dir, { recursive: true });
  // The English chapters and their Urdu counterparts (chapters/ur/), cloned in pairs: the build
  // requires every English chapter to have an Urdu one with the same slug and order.
  for (const chaptersDir of [join(dir, 'chapters'), join(dir, 'chapters', 'ur')]) {
    if (!existsSync(chaptersDir)) continue;
    const originals = readdirSync(chaptersDir)
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    const texts = originals.map((f) => readFileSync(join(chaptersDir, f), 'utf8'));
    for (let n = originals.length + 1; n <= total; n++) {
      const i = (n - 1) % originals.length;
      const text = texts[i];
      const slug = `${/^slug:\s*(\S+)/m.exec(text)?.[1] ?? 'chapter'}-copy-${n}`;
      const out = text
        .replace(/^order:\s*\d+/m, `order: ${n}`)
        .replace(/^slug:\s*\S+/m, `slug: ${slug}`)
        .replace(/^title:\s*"(.*)"/m, (_, t) => `title: "${t} (copy ${n})"`);
      writeFileSync(join(chaptersDir, `${String(n).padStart(3, '0')}-${slug}.mdx`), out);
    }
  }
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const total = Number(process.argv[2] ?? 200);
  if (!Number.isInteger(total) || total < 1) throw new Error('usage: node scripts/make-fixture.mjs <chapters> [dir]');
  console.log(makeFixture(total, process.argv[3] ? resolve(process.argv[3]) : undefined));
}
