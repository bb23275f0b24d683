/**
 * Build step (astro.config.mjs): a page's first paint waits for nothing but its own HTML.
 *
 * Every stylesheet in the head and the small theme script that runs before first paint
 * (public/theme-init.js, public/embed-init.js) each cost a phone one more round trip before
 * anything shows: on Lighthouse's slow-4G profile about 0.15 s of First Contentful Paint on a
 * chapter (README, Quality; reports/performance-notes.md). Astro inlines the bundled CSS itself
 * (`build.inlineStylesheets`); this step inlines what Astro does not handle, the generated chart
 * palette (/chart-palette.css) and those scripts, and then adds the SHA-256 of every inline
 * `<style>` and `<script>` to the page's Content-Security-Policy, so the policy still allows no
 * inline code but exactly ours.
 *
 * It works on the built HTML because that is where Astro has put its inlined styles; the patterns
 * are the exact tags our layouts write (Base.astro, Embed.astro), and a page whose head no longer
 * matches them fails the build rather than shipping a policy that blocks its own styles.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Public files written into every page that links them, by their path under the site's base. */
const INLINE_STYLES = ['chart-palette.css'];
const INLINE_SCRIPTS = ['theme-init.js', 'embed-init.js'];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Adds hash sources to one directive of a policy string ("a 'x'; b 'y'"); other directives are kept. */
export function addSources(policy: string, directive: 'script-src' | 'style-src', sources: string[]): string {
  if (sources.length === 0) return policy;
  const parts = policy.split(';').map((p) => p.trim());
  const i = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  if (i < 0) throw new Error(`inline-head: the policy has no ${directive}`);
  parts[i] = [parts[i], ...new Set(sources)].join(' ');
  return parts.join('; ');
}

/** The inline `<style>` and `<script>` bodies of a page (JSON data blocks are not code). */
export function inlineCode(html: string): { styles: string[]; scripts: string[] } {
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2]!);
  return { styles, scripts };
}

/** Inlines the listed public files into one page and writes the hashes into its policy. */
export function inlinePage(html: string, base: string, read: (file: string) => string): string {
  let out = html;
  for (const file of INLINE_STYLES) {
    const tag = new RegExp(`<link rel="stylesheet" href="${escapeRe(base + file)}"\\s*/?>`, 'g');
    out = out.replace(tag, () => `<style>${read(file)}</style>`);
  }
  for (const file of INLINE_SCRIPTS) {
    const tag = new RegExp(`<script src="${escapeRe(base + file)}"></script>`, 'g');
    out = out.replace(tag, () => `<script>${read(file).trim()}</script>`);
  }
  for (const file of [...INLINE_STYLES, ...INLINE_SCRIPTS])
    if (out.includes(`"${base}${file}"`)) throw new Error(`inline-head: ${base}${file} is linked in a form this step does not inline`);
  const { styles, scripts } = inlineCode(out);
  if (styles.length + scripts.length === 0) return out;
  const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
  const m = meta.exec(out);
  if (!m) return out; // a fragment (the embed snippets) or a page with no policy of its own
  let policy = m[2]!.replaceAll('&#39;', "'");
  policy = addSources(policy, 'style-src', styles.map(sha256));
  policy = addSources(policy, 'script-src', scripts.map(sha256));
  return out.replace(meta, (_all, open: string, _p, close: string) => `${open}${policy}${close}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function inlineHead(): AstroIntegration {
  let base = '/';
  return {
    name: 'twin-threats:inline-head',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string>();
        const read = (file: string) => {
          if (!cache.has(file)) cache.set(file, readFileSync(join(root, file), 'utf8'));
          return cache.get(file)!;
        };
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const next = inlinePage(html, base, read);
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`head styles and scripts inline, with their hashes in the policy, on ${pages} pages`);
      },
    },
  };
}
