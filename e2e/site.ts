// Shared helpers for the browser tests: the list of built pages, and a page watcher that records
// console errors, failed requests and requests that leave the site's origin.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import axe from 'axe-core';
import { HOST, SITE } from './origins.ts';

/** The served site and the second-origin host page (free ports, chosen once per run). */
export { HOST, SITE };

/**
 * The origin the build was made for (SITE_URL; npm test builds for https://twin-threats.example),
 * as the build wrote it into robots.txt. Files made at build time (snippet.html, citations,
 * canonical URLs) name it; embed code shown in the browser names SITE instead.
 */
export const BUILT_ORIGIN = existsSync('dist/robots.txt')
  ? new URL(/^Sitemap: (\S+)$/m.exec(readFileSync('dist/robots.txt', 'utf8'))?.[1] ?? 'http://localhost:4321/').origin
  : 'http://localhost:4321';

/**
 * Chapters opened at their top leave the blocks below the first screens unlaid until the
 * reader comes near them (src/styles/prose.css, html.from-top). A check of the whole page (axe,
 * overflow, lines) lays every block out first, as a reader who has read to the end has seen it:
 * skipped, a block's overflow and colours are invisible to the check.
 */
export const layOutWhole = (page: Page) => page.evaluate(() => document.documentElement.classList.remove('from-top'));

/**
 * Holds back what the page would do when the browser is idle (requestIdleCallback) until
 * `release()`: a chapter lays out its skipped blocks then (src/scripts/late-layout.ts), and a
 * test of the skipped state must see it before that. Call before loading the page; `slices()`
 * says how many idle callbacks have run since the release. Dispose of the returned script on a
 * worker's shared page.
 */
export async function holdIdle(page: Page) {
  const script = await page.addInitScript(() => {
    const native = window.requestIdleCallback.bind(window);
    const held: IdleRequestCallback[] = [];
    const w = window as unknown as { __idle: { released: boolean; ran: number; release(): void } };
    w.__idle = {
      released: false,
      ran: 0,
      release() {
        this.released = true;
        for (const cb of held.splice(0)) native(counted(cb));
      },
    };
    const counted =
      (cb: IdleRequestCallback): IdleRequestCallback =>
      (deadline) => {
        w.__idle.ran++;
        cb(deadline);
      };
    window.requestIdleCallback = (cb, options) => {
      if (w.__idle.released) return native(counted(cb), options);
      held.push(cb);
      return 0;
    };
  });
  return {
    script,
    release: () => page.evaluate(() => (window as unknown as { __idle: { release(): void } }).__idle.release()),
    slices: () => page.evaluate(() => (window as unknown as { __idle: { ran: number } }).__idle.ran),
  };
}

/** The page's layout shifts so far (not those that follow input), summed as CLS counts them. */
export const layoutShift = (page: Page) =>
  page.evaluate(() => {
    const po = new PerformanceObserver(() => {});
    po.observe({ type: 'layout-shift', buffered: true }); // buffered entries are queued at once
    const entries = po.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    po.disconnect();
    return entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
  });

/** Wait `n` animation frames of the page (default 2): what was scheduled has been drawn. */
export const frames = (page: Page, n = 2) =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
        step(count);
      }),
    n,
  );

/** One page's request tracker (requests()). */
export interface Requests {
  settled(timeout?: number): Promise<void>;
}
const trackers = new WeakMap<Page, Requests>();

/**
 * Follows a page's requests (from the first call on; one tracker a page, however often it is
 * asked for). `settled()` resolves once the page has loaded and no request is open over two
 * checks two frames apart (a module that finishes loading may import another within a frame):
 * the condition Playwright's `networkidle` approximates with a fixed 500 ms of silence, which
 * was 0.5 s of the 1.7–3.3 s that a page's checks took in pages.spec.ts.
 */
export function requests(page: Page): Requests {
  const known = trackers.get(page);
  if (known) return known;
  const open = new Set<Request>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  const tracker: Requests = {
    async settled(timeout = 15_000) {
      await page.waitForLoadState('load');
      const end = Date.now() + timeout;
      for (let calm = 0; calm < 2; ) {
        if (Date.now() > end) throw new Error(`requests still open after ${timeout} ms: ${[...open].map((r) => r.url()).join(', ')}`);
        await frames(page);
        calm = open.size ? 0 : calm + 1;
      }
    },
  };
  trackers.set(page, tracker);
  return tracker;
}

/** Drops a page's tracker, once its listeners are removed (a worker's shared page: e2e/test.ts). */
export function forgetRequests(page: Page) {
  trackers.delete(page);
}

/** `page.goto(url)`, then wait until what the page loads has loaded (requests()). */
export async function gotoSettled(page: Page, url: string) {
  const net = requests(page);
  const response = await page.goto(url);
  await net.settled();
  return response;
}

/** Every built HTML page as a site path ("/", "/chapters/the-attack/", …), 404 excluded. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind' && name !== 'downloads') walk(p);
      } else if (name === 'index.html') out.push(`/${d.slice(dir.length + 1)}${d === dir ? '' : '/'}`.replace('//', '/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

const siteHosts = [new URL(SITE).host, `127.0.0.1:${new URL(SITE).port}`];

export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!siteHosts.includes(u.host) && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob')) foreign.push(r.url());
  });
  return { errors, foreign };
}

/**
 * For one describe block: scripts/serve.mjs on a free port of its own, started after the build,
 * so the headers it sends are those of this dist/_headers (the shared test server may have been
 * started before a rebuild). The block runs in one worker (serial), so there is one server for
 * all its tests, however many workers Playwright uses. Read `origin` inside a test.
 */
export function freshServer() {
  let server: ChildProcess | undefined;
  let origin = '';
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer()
        .once('error', reject)
        .listen(0, '127.0.0.1', () => {
          const { port: p } = probe.address() as AddressInfo;
          probe.close(() => resolve(p));
        });
    });
    origin = `http://localhost:${port}`;
    server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`${origin}/`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`scripts/serve.mjs did not start on port ${port}`);
  });
  test.afterAll(() => {
    server?.kill();
  });
  return {
    get origin() {
      return origin;
    },
    get: (request: APIRequestContext, path: string) => request.get(`${origin}${path}`),
  };
}

/** The axe rule sets every page passes (WCAG 2.2 AA and axe's best practices). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The rules whose outcome depends on the colour scheme. A page passes every rule in its light
 * theme; in the dark theme only these are run again, since the markup, names, roles and focus
 * order are the same in both (a full second run doubled the time of the slowest spec).
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeScope {
  /** Run only these rules (default: every rule tagged AXE_TAGS). */
  rules?: string[];
  include?: string;
  exclude?: string[];
}

/**
 * axe-core on the page as it is, one line per violated rule (up to three targets, then how many
 * more), so a failure names what to fix. The engine (0.5 MB of script) is put into the page once per
 * document and run in the page's own frame: the site's frames are embed pages, which the suite
 * audits on their own. @axe-core/playwright, used before, evaluated the engine two or three
 * times per audit (again for every frame, even excluded ones): this helper audits the same
 * rules about a third faster (56 → 38 s for light and dark audits of six pages, twice).
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const context = { ...(scope.include ? { include: [[scope.include]] } : {}), exclude: (scope.exclude ?? []).map((s) => [s]) };
  const options = {
    runOnly: scope.rules ? { type: 'rule', values: scope.rules } : { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    iframes: false,
  };
  const violations = await page.evaluate(
    async ([ctx, opts]) => {
      const engine = (window as unknown as { axe: typeof axe & { _cache: { set(key: string, value: unknown): void } } }).axe;
      // axe leaves out of its text checks (contrast among them) text it takes for an icon font's
      // ligature: text whose first letter, drawn alone, looks too unlike the whole word, once a
      // font has given mixed answers. Nastaliq is cursive, so Urdu words look like that: axe took
      // about two thirds of an Urdu chapter's text for icons (contrast checked on 217 of 643 text
      // elements of the Urdu who's-who, 237 of 1,402 on the Urdu timeline). The site has no icon
      // font (its icons are inline SVG), so every font is declared a text face, through the
      // per-run font record that axe's own check reads (cleared after each run). The cost of
      // being wrong is only stricter checks; the audit test of pages.spec.ts fails if axe stops
      // reading this record (faint Urdu words must be found).
      engine._cache.set('fonts', new Proxy({}, { get: () => ({ occurrences: 3, numLigatures: 0 }) }));
      const result = await engine.run(ctx as axe.ElementContext, opts as axe.RunOptions);
      return result.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')), more: Math.max(0, v.nodes.length - 3) }));
    },
    [context, options] as const,
  );
  return violations.map((v) => `${v.id}: ${v.targets.join(' | ')}${v.more ? ` and ${v.more} more` : ''}`);
}

/**
 * What a line break left alone at the page's present width: citation markers that begin a line
 * (the last letter of the text before a marker is on another line: src/lib/cite-binding.ts),
 * heading controls (the copy-link after a section heading) on a line below the heading's last
 * word, and in a chapter's own words (deck, key points, story, step captions) a number apart from
 * its month or unit ("30 / July": keepTogether in src/lib/typography.ts). Each as a short quote.
 */
export function aloneOnALine(page: Page): Promise<{ markers: string[]; controls: string[]; numbers: string[] }> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const markers: string[] = [];
    for (const link of document.querySelectorAll<HTMLElement>('main .cite-ref .cite-link')) {
      if (!link.checkVisibility()) continue;
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      walker.currentNode = link.closest('.cite-ref')!;
      let before: Text | null = null;
      for (let n = walker.previousNode(); n; n = walker.previousNode()) {
        if (n.textContent!.trim() && !n.parentElement!.closest('.cite-ref')) {
          before = n as Text;
          break;
        }
      }
      if (!before) continue;
      const end = before.data.trimEnd().length;
      const letter = document.createRange();
      letter.setStart(before, end - 1);
      letter.setEnd(before, end);
      const mark = document.createRange();
      mark.selectNodeContents(link);
      const a = [...letter.getClientRects()].at(-1);
      const b = mark.getClientRects()[0];
      // Vertical centres more than half a line apart: not the same line.
      if (a && b && Math.abs(a.top + a.bottom - b.top - b.bottom) / 2 > a.height / 2)
        markers.push(`“…${before.data.trimEnd().slice(-24)}” / ${link.textContent}`);
    }
    const controls: string[] = [];
    for (const box of document.querySelectorAll('.heading-anchor')) {
      const heading = box.querySelector(':scope > h2, :scope > h3');
      const control = box.querySelector<HTMLElement>(':scope > .copy-link');
      if (!heading || !control?.checkVisibility()) continue;
      const last = [...heading.getClientRects()].at(-1);
      if (last && control.getBoundingClientRect().top >= last.bottom - 2) controls.push(`“…${heading.textContent!.trim().slice(-24)}”`);
    }
    const numbers: string[] = [];
    const unit =
      /(\d)[ \u00a0](January|February|March|April|May|June|July|August|September|October|November|December|km|am|pm|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)(?![\p{L}\p{M}])/gu;
    for (const block of document.querySelectorAll('main :is(.dek, .key-points, .story)')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (!n.parentElement!.checkVisibility() || n.parentElement!.closest('svg, figure, .pop, table')) continue;
        for (const m of n.data.matchAll(unit)) {
          const digit = document.createRange();
          digit.setStart(n, m.index);
          digit.setEnd(n, m.index + 1);
          const word = document.createRange();
          word.setStart(n, m.index + 2);
          word.setEnd(n, m.index + m[0].length);
          const a = digit.getClientRects()[0];
          const b = word.getClientRects()[0];
          if (a && b && Math.abs(a.top - b.top) > a.height / 2) numbers.push(`“…${n.data.slice(Math.max(0, m.index - 12), m.index + m[0].length)}”`);
        }
      }
    }
    return { markers, controls, numbers };
  });
}
