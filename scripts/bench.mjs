#!/usr/bin/env node
// `npm run bench`: performance budgets, measured. Slow (several minutes), so it is not part of
// `npm test`.
//  1. Builds the site (astro build + Pagefind) into reports/tmp/bench-dist, with SITE_URL set to
//     the address it will be served at, and times both steps.
//  2. Serves that build with scripts/serve.mjs (security headers from _headers, gzip like a CDN)
//     and runs Lighthouse (mobile form factor, simulated throttling: its defaults) on the home
//     page, every chapter, the teachers' guide and one embed page.
//  3. Builds the real content, a 50-chapter fixture and a 200-chapter fixture
//     (scripts/make-fixture.mjs) and checks that the build cost per added chapter does not grow
//     faster than linearly.
//  4. Writes reports/bench.json and reports/bench.md (with the host's speed in every run, Lighthouse's
//     BenchmarkIndex, to tell the machine's hour from the site's change); exits 1 when any budget
//     is missed.
// Options: --skip-build (reuse reports/tmp/bench-dist), --no-scaling, --runs N (Lighthouse runs
// per page, the median run is kept; default 3, as the machine's load varies), --only /path/,/other/ (Lighthouse on these pages),
// --save-lhr (full Lighthouse reports in reports/tmp/lhr/), --build-runs N (builds per size for the
// scaling check, the fastest kept; default 2).
// Environment: CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { makeFixture } from './make-fixture.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'reports/tmp/bench-dist');
const REPORTS = join(ROOT, 'reports');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const flag = (name) => argv.includes(`--${name}`);
const RUNS = Number(opt('runs') ?? 3);
const BUILD_RUNS = Number(opt('build-runs') ?? 2);
const KB = 1024;

/** Budgets. Sizes are bytes as transferred (gzip); KB = 1024 bytes, as Lighthouse's KiB. */
export const BUDGETS = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0.01,
  jsChapter: 25 * KB,
  jsEmbed: 10 * KB,
  css: 20 * KB,
  transferChapter: 300 * KB,
  scalingRatio: 1.5,
};

const log = (...a) => console.log(...a);
const secs = (ms) => Math.round(ms / 100) / 10;

async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const { port } = srv.address();
        srv.close(() => ok(port));
      });
  });
}

/** Run a command to completion and return its wall time in ms; its output is shown only if it fails. */
function timed(cmd, args, env = {}) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', ...env } });
  const ms = performance.now() - started;
  if (r.status !== 0) {
    console.error(`${r.stdout}\n${r.stderr}`);
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  }
  log(`  ${cmd} ${args.join(' ')}: ${secs(ms)} s`);
  return ms;
}

/** A cold build: the content layer's cache is dropped first so every timed build does the same work. */
function astroBuild(outDir, env = {}) {
  rmSync(join(ROOT, 'node_modules/.astro/data-store.json'), { force: true });
  return timed('npx', ['astro', 'build', '--outDir', outDir], env);
}

function pagesToMeasure(dir) {
  const chapters = existsSync(join(dir, 'chapters'))
    ? readdirSync(join(dir, 'chapters'))
        .filter((d) => existsSync(join(dir, 'chapters', d, 'index.html')))
        .sort()
    : [];
  const pages = [{ path: '/', kind: 'home' }, ...chapters.map((c) => ({ path: `/chapters/${c}/`, kind: 'chapter' }))];
  if (existsSync(join(dir, 'teachers/index.html'))) pages.push({ path: '/teachers/', kind: 'teachers' });
  // The Urdu edition: the same budgets for its home and chapters (issue 17).
  if (existsSync(join(dir, 'ur/index.html'))) pages.push({ path: '/ur/', kind: 'home' });
  for (const c of chapters) if (existsSync(join(dir, 'ur/chapters', c, 'index.html'))) pages.push({ path: `/ur/chapters/${c}/`, kind: 'chapter' });
  if (existsSync(join(dir, 'embed/picss-yearly/index.html'))) pages.push({ path: '/embed/picss-yearly/', kind: 'embed' });
  const only = opt('only')?.split(',');
  return only ? pages.filter((p) => only.includes(p.path)) : pages;
}

async function serve(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('scripts/serve.mjs did not start');
}

/** Sizes this page loaded, from Lighthouse's network-requests audit, and our own gzip of the same files. */
function sizes(lhr, dir, origin) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const sum = (type) => items.filter((i) => i.resourceType === type).reduce((s, i) => s + (i.transferSize ?? 0), 0);
  const ownGzip = (type) =>
    items
      .filter((i) => i.resourceType === type && i.url.startsWith(origin))
      .reduce((s, i) => {
        const file = join(dir, decodeURIComponent(new URL(i.url).pathname));
        return s + (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
      }, 0);
  // Styles are inline (src/lib/inline-head.ts): the CSS of a page is its stylesheet requests, if
  // any, plus its <style> blocks, gzipped on their own as a measure of what they add to the page.
  const doc = items.find((i) => i.resourceType === 'Document' && i.url.startsWith(origin));
  const docFile = doc && join(dir, decodeURIComponent(new URL(doc.url).pathname), new URL(doc.url).pathname.endsWith('/') ? 'index.html' : '');
  const inlineCss =
    docFile && existsSync(docFile) ? [...readFileSync(docFile, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') : '';
  return {
    js: sum('Script'),
    css: sum('Stylesheet') + (inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0),
    cssInline: inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0,
    font: sum('Font'),
    html: sum('Document'),
    total: items.reduce((s, i) => s + (i.transferSize ?? 0), 0),
    jsGzipFiles: ownGzip('Script'),
    cssGzipFiles: ownGzip('Stylesheet'),
    requests: items.length,
    scripts: items.filter((i) => i.resourceType === 'Script').map((i) => ({ url: new URL(i.url).pathname, transfer: i.transferSize })),
  };
}

/** Audits that cost points: score below 1 in a scored (weight > 0) slot of a category. */
function losses(lhr) {
  const out = [];
  for (const [cat, c] of Object.entries(lhr.categories)) {
    for (const ref of c.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) out.push(`${cat}: ${ref.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
    }
  }
  return out;
}

async function lighthouseAll(pages, origin, dir) {
  const chromePath = process.env.CHROMIUM_PATH && process.env.CHROMIUM_PATH !== 'bundled' ? process.env.CHROMIUM_PATH : '/usr/bin/chromium';
  // Every run is a first visit: a new browser with an empty profile. Lighthouse empties the cache
  // between runs but keeps localStorage, where the site notes that the body font is cached
  // (src/scripts/fonts.ts); with the note and without the cache, a run would be a visitor that
  // exists only in the benchmark.
  // Chromium makes a folder of its own in the system's temp folder (org.chromium.Chromium.*, for
  // its single-instance socket) and leaves it there when chrome-launcher kills it: one a run. Its
  // temp folder is therefore one of the benchmark's, removed at the end.
  const chromeTmp = mkdtempSync(join(tmpdir(), 'tt-bench-chromium-'));
  const launch = () =>
    chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      envVars: { ...process.env, TMPDIR: chromeTmp },
    });
  try {
    return await lighthouseRuns(pages, origin, dir, launch);
  } finally {
    rmSync(chromeTmp, { recursive: true, force: true });
  }
}

async function lighthouseRuns(pages, origin, dir, launch) {
  const results = [];
  for (const p of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await launch();
      let r;
      try {
        r = await lighthouse(`${origin}${p.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
      } finally {
        await chrome.kill();
      }
      if (!r?.lhr || r.lhr.runtimeError) throw new Error(`Lighthouse failed on ${p.path}: ${r?.lhr?.runtimeError?.message ?? 'no result'}`);
      runs.push(r.lhr);
    }
    const lhr = RUNS > 1 ? computeMedianRun(runs) : runs[0];
    if (flag('save-lhr')) {
      mkdirSync(join(ROOT, 'reports/tmp/lhr'), { recursive: true });
      writeFileSync(join(ROOT, 'reports/tmp/lhr', `${p.path.replace(/\W+/g, '_') || 'home'}.json`), JSON.stringify(lhr));
    }
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const row = {
      ...p,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: Math.round(metric('first-contentful-paint')),
      lcp: Math.round(metric('largest-contentful-paint')),
      si: Math.round(metric('speed-index')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      tbt: Math.round(metric('total-blocking-time')),
      bytes: sizes(lhr, dir, origin),
      losses: losses(lhr),
      runWarnings: lhr.runWarnings ?? [],
      // The host's speed in each run (Lighthouse's "CPU/Memory Power"): the same build scores
      // differently from hour to hour, and this says whether the machine was the difference.
      benchmarkIndex: runs.map((l) => Math.round(l.environment?.benchmarkIndex ?? Number.NaN)),
    };
    results.push(row);
    log(
      `  ${p.path.padEnd(44)} P${row.performance} A${row.accessibility} BP${row.bestPractices} SEO${row.seo}  LCP ${row.lcp} ms  CLS ${row.cls}  TBT ${row.tbt} ms  JS ${kb(row.bytes.js)}  CSS ${kb(row.bytes.css)}  total ${kb(row.bytes.total)}  BI ${row.benchmarkIndex.join('/')}`,
    );
    for (const l of row.losses) log(`      − ${l}`);
  }
  return { results, lighthouseVersion: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version };
}
const kb = (b) => `${(b / KB).toFixed(1)} KB`;

function check(rows) {
  const v = [];
  for (const r of rows) {
    if (r.performance < BUDGETS.performance) v.push(`${r.path}: Performance ${r.performance} < ${BUDGETS.performance}`);
    for (const [k, name] of [
      ['accessibility', 'Accessibility'],
      ['bestPractices', 'Best Practices'],
      ['seo', 'SEO'],
    ]) {
      if (r[k] < BUDGETS[k]) v.push(`${r.path}: ${name} ${r[k]} < ${BUDGETS[k]}`);
    }
    if (r.cls > BUDGETS.cls) v.push(`${r.path}: CLS ${r.cls} > ${BUDGETS.cls}`);
    if (r.bytes.css > BUDGETS.css) v.push(`${r.path}: CSS ${kb(r.bytes.css)} > ${kb(BUDGETS.css)}`);
    if (r.kind === 'chapter' && r.bytes.js > BUDGETS.jsChapter) v.push(`${r.path}: JS ${kb(r.bytes.js)} > ${kb(BUDGETS.jsChapter)}`);
    if (r.kind === 'embed' && r.bytes.js > BUDGETS.jsEmbed) v.push(`${r.path}: JS ${kb(r.bytes.js)} > ${kb(BUDGETS.jsEmbed)}`);
    if (r.kind === 'chapter' && r.bytes.total > BUDGETS.transferChapter) v.push(`${r.path}: transfer ${kb(r.bytes.total)} > ${kb(BUDGETS.transferChapter)}`);
  }
  return v;
}

function scaling() {
  const real = readdirSync(join(ROOT, 'content/chapters')).filter((f) => f.endsWith('.mdx')).length;
  const work = join(tmpdir(), 'tt-bench-scaling');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Each size is built BUILD_RUNS times, interleaved, and the fastest build kept: other work on
  // the machine only ever slows a build down, so the minimum is the best estimate of its cost.
  const sizes = [{ chapters: real, content: undefined }, ...[50, 200].map((n) => ({ chapters: n, content: makeFixture(n, join(work, `content-${n}`)) }))];
  const best = new Map();
  try {
    for (let round = 1; round <= BUILD_RUNS; round++) {
      for (const { chapters, content } of sizes) {
        log(`\n▶ build ${round}/${BUILD_RUNS}: ${content ? `${chapters}-chapter fixture` : 'real content'}`);
        const out = join(work, `dist-${chapters}`);
        const ms = astroBuild(out, content ? { TT_CONTENT_DIR: content } : {});
        rmSync(out, { recursive: true, force: true });
        best.set(chapters, Math.min(best.get(chapters) ?? Infinity, ms));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    // The content layer cache now holds a fixture: drop it so the next build starts clean.
    rmSync(join(ROOT, 'node_modules/.astro/data-store.json'), { force: true });
  }
  const base = best.get(real);
  const builds = sizes.map(({ chapters }) => ({
    chapters,
    ms: Math.round(best.get(chapters)),
    perAddedChapterMs: chapters > real ? Math.round((best.get(chapters) - base) / (chapters - real)) : null,
  }));
  const [, b50, b200] = builds;
  const ratio = b200.perAddedChapterMs / b50.perAddedChapterMs;
  return { realChapters: real, runs: BUILD_RUNS, builds, ratio: Math.round(ratio * 100) / 100, ok: ratio <= BUDGETS.scalingRatio };
}

/** One sentence on the host's speed over all runs, from Lighthouse's BenchmarkIndex. */
function hostSpeed(pages) {
  const all = pages
    .flatMap((r) => r.benchmarkIndex ?? [])
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (!all.length) return 'Host speed (Lighthouse BenchmarkIndex): not reported.';
  const median = all[Math.floor(all.length / 2)];
  const n = (x) => x.toLocaleString('en-GB');
  return `Host speed over the ${all.length} runs (Lighthouse's BenchmarkIndex, its "CPU/Memory Power"; the default 4× slowdown is meant for 1,500–2,000): ${n(all[0])}–${n(all.at(-1))}, median ${n(median)}.`;
}

function markdown(report) {
  const rows = report.pages.map(
    (r) =>
      `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls} | ${r.tbt} ms | ${kb(r.bytes.js)} | ${kb(r.bytes.css)} | ${kb(r.bytes.total)} |`,
  );
  const s = report.scaling;
  const lines = [
    `# Benchmark (${report.date})`,
    '',
    `Lighthouse ${report.lighthouseVersion}, ${report.chromium}, mobile profile with simulated throttling, ${report.runs} run(s) per page (median kept); served by scripts/serve.mjs with gzip. KB = 1024 bytes, as transferred; CSS is inline in each page (src/lib/inline-head.ts), so its column is the page's <style> blocks gzipped on their own, a part of the page's transfer.`,
    '',
    hostSpeed(report.pages),
    '',
    '| Page | Perf | A11y | BP | SEO | LCP | CLS | TBT | JS gzip | CSS gzip | Transfer |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows,
    '',
    `Budgets: Performance ≥ ${BUDGETS.performance}, Accessibility, Best Practices and SEO = 100 on every page; CLS ≤ ${BUDGETS.cls}; JavaScript ≤ ${BUDGETS.jsChapter / KB} KB on a chapter and ≤ ${BUDGETS.jsEmbed / KB} KB on an embed page; CSS ≤ ${BUDGETS.css / KB} KB; a chapter's total transfer ≤ ${BUDGETS.transferChapter / KB} KB.`,
    '',
  ];
  if (report.build) lines.push(`Site build: astro build ${secs(report.build.astroMs)} s + Pagefind ${secs(report.build.pagefindMs)} s.`, '');
  if (s) {
    lines.push('| Build | Chapters | Time | Per added chapter |', '| --- | --: | --: | --: |');
    for (const b of s.builds)
      lines.push(
        `| ${b.chapters === s.realChapters ? 'real content (base)' : `${b.chapters}-chapter fixture`} | ${b.chapters} | ${secs(b.ms)} s | ${b.perAddedChapterMs === null ? '—' : `${b.perAddedChapterMs} ms`} |`,
      );
    lines.push(
      '',
      `Builds with \`astro build\` only (no Pagefind), fastest of ${s.runs}; per added chapter = (time − base) ÷ (chapters − ${s.realChapters}). At 200 ÷ at 50 = ${s.ratio} (budget ≤ ${BUDGETS.scalingRatio}: ${s.ok ? 'met' : 'MISSED'}).`,
      '',
    );
  }
  lines.push(report.violations.length ? `## Budgets missed\n\n${report.violations.map((v) => `- ${v}`).join('\n')}\n` : 'All budgets met.\n');
  return lines.join('\n');
}

async function main() {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  let build;
  if (!flag('skip-build')) {
    log(`▶ build into ${OUT} (SITE_URL=${origin})`);
    rmSync(OUT, { recursive: true, force: true });
    const astroMs = astroBuild(OUT, { SITE_URL: origin });
    const pagefindMs = timed('npx', ['pagefind', '--site', OUT, '--output-subdir', 'pagefind']);
    build = { astroMs: Math.round(astroMs), pagefindMs: Math.round(pagefindMs) };
  } else if (!existsSync(join(OUT, 'index.html'))) throw new Error(`--skip-build: no build in ${OUT}`);

  const server = await serve(OUT, port);
  let lh;
  try {
    const pages = pagesToMeasure(OUT);
    log(`\n▶ Lighthouse on ${pages.length} pages at ${origin}`);
    lh = await lighthouseAll(pages, origin, OUT);
  } finally {
    server.kill();
  }
  const scale = flag('no-scaling') ? undefined : scaling();
  const violations = check(lh.results);
  if (scale && !scale.ok) violations.push(`build scaling: cost per added chapter at 200 is ${scale.ratio} × the cost at 50 (> ${BUDGETS.scalingRatio})`);

  const chromium = spawnSync(
    process.env.CHROMIUM_PATH && process.env.CHROMIUM_PATH !== 'bundled' ? process.env.CHROMIUM_PATH : '/usr/bin/chromium',
    ['--version'],
    { encoding: 'utf8' },
  )
    .stdout.trim()
    .split(' built')[0];
  const report = {
    date: new Date().toISOString().slice(0, 10),
    lighthouseVersion: lh.lighthouseVersion,
    chromium,
    runs: RUNS,
    budgets: BUDGETS,
    pages: lh.results,
    build,
    scaling: scale,
    violations,
  };
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(REPORTS, 'bench.md'), markdown(report));
  log(`\n${markdown(report)}`);
  log('wrote reports/bench.json and reports/bench.md');
  if (violations.length) process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
