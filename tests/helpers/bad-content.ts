// Builds a copy of content/ with one deliberate error, from tests/fixtures/bad-data.json, in a
// temporary folder that the caller removes when done.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface BadCase {
  case: string;
  file: string;
  find?: string;
  regexFind?: string;
  replace: string;
  expect: string[];
}

export const badCases: BadCase[] = JSON.parse(readFileSync(new URL('../fixtures/bad-data.json', import.meta.url), 'utf8'));

export function makeBadContent(c: BadCase, from = 'content'): string {
  const dir = mkdtempSync(join(tmpdir(), 'tt-bad-'));
  cpSync(from, dir, { recursive: true });
  const path = join(dir, c.file);
  const text = readFileSync(path, 'utf8');
  const changed = c.regexFind ? text.replace(new RegExp(c.regexFind, 'm'), c.replace) : text.replace(c.find!, c.replace);
  if (changed === text) throw new Error(`fixture "${c.case}" did not change ${c.file}: update tests/fixtures/bad-data.json`);
  writeFileSync(path, changed);
  return dir;
}
