// Shared helpers for the browser tests: the list of built pages, and a page watcher that records
// console errors, failed requests and requests that leave the site's origin.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const SITE = 'http://localhost:4321';

/** Every built HTML page as a site path ("/", "/chapters/the-attack/", …), 404 excluded. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) { if (name !== '_astro' && name !== 'pagefind' && name !== 'downloads') walk(p); }
      else if (name === 'index.html') out.push(`/${d.slice(dir.length + 1)}${d === dir ? '' : '/'}`.replace('//', '/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['localhost:4321', '127.0.0.1:4321'].includes(u.host) && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob')) foreign.push(r.url());
  });
  return { errors, foreign };
}
