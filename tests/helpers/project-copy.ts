// A copy of the project in the system's temp folder, for the build tests (tests/build/): its own
// src/, content/, public/ and config, node_modules linked, and Astro's cache (content store)
// inside the copy rather than in the linked node_modules/.astro. A build there writes nothing into
// the repository, so `npm test` can run the type check beside these builds (scripts/test.mjs) and
// they never leave their content in the real build's cache. The caller removes the folder.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = join(dir, 'astro.config.mjs');
  const text = readFileSync(config, 'utf8');
  const withCache = text.replace("output: 'static',", "output: 'static',\n  cacheDir: './.astro-cache',");
  if (withCache === text) throw new Error("project-copy: astro.config.mjs no longer has the line `output: 'static',` to put the cache after");
  writeFileSync(config, withCache);
  return dir;
}
