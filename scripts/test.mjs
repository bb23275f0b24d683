#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest. Each step is a real command; the
// first failure stops the run with its exit code. `npm test -- "unit"` runs only the steps whose
// names contain one of the words given. A table of step times closes a run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { HEADLESS_SHELL, testBrowser } from '../e2e/browser.ts';

// The origin the suite's build is made for. Any origin that is not localhost will do: the
// built-site checks then prove that no `localhost` URL is left in dist/, and the browser tests,
// which serve the build on a free port of localhost, prove that the embed code shown to readers
// follows the origin they loaded rather than the one the build was made for. SITE_URL, if set,
// is used instead.
const SITE_URL = process.env.SITE_URL ?? 'https://twin-threats.example';

// The originality check lives beside this repository in the authors' workspace only.
const ORIGINALITY = '../shared/tools/check-originality.mjs';

/** On PATH? (without running anything: `which` is not everywhere, PATH is). */
const onPath = (name) => (process.env.PATH ?? '').split(':').some((d) => d && existsSync(`${d}/${name}`));

/**
 * The steps, in order: `name`, the command and its `args`, and optionally `skip` (a reason to skip
 * it, or null), `env` (added to the environment) and `together` (consecutive steps marked so run
 * side by side, their output printed whole, step by step, once all have ended).
 */
const steps = [
  { name: 'lint and format (Biome)', cmd: 'npx', args: ['biome', 'check', '.', '--diagnostic-level=error'] },
  // The type check, unit tests, originality and the build tests run side by side: the type check
  // is mostly one thread, and the build tests work in copies of the project
  // (tests/helpers/project-copy.ts), so they share no file with it. On two cores they take 20–22 s
  // instead of 30.
  { name: 'type check', cmd: 'npx', args: ['astro', 'check', '--minimumSeverity', 'warning'], together: true },
  // One process for all unit test files: they are pure functions and data reads, and a Node
  // process per file (the default) made this step 29 s instead of 5.
  {
    name: 'unit tests',
    cmd: 'node',
    args: ['--test', '--test-isolation=none', '--test-reporter=spec', 'tests/unit/*.test.ts', 'tests/serve/*.test.ts'],
    together: true,
  },
  {
    name: 'originality',
    cmd: 'node',
    args: [ORIGINALITY],
    skip: () => (existsSync(ORIGINALITY) ? null : `${ORIGINALITY} is not beside this repository (it exists only in the authors' workspace)`),
    together: true,
  },
  // Its two builds side by side too (each mostly one thread): the group 28.8–30.8 → 27.9–28.5 s.
  { name: 'bad data stops the build', cmd: 'node', args: ['--test', '--test-concurrency=2', '--test-reporter=spec', 'tests/build/*.test.ts'], together: true },
  { name: 'build', cmd: 'npm', args: ['run', 'build'], env: { SITE_URL } },
  // As many files at once as there are cores (Node's default leaves one free, which on two cores
  // ran the files one by one): nothing else runs during this step. 8.5–9.2 s → 5.0–5.4 s on two
  // cores; HTML validity, the slowest check, is two files (one per edition) for the same reason.
  {
    name: 'built-site checks (links, HTML validity, deploy files)',
    cmd: 'node',
    args: ['--test', `--test-concurrency=${availableParallelism()}`, '--test-reporter=spec', 'tests/site/*.test.ts'],
  },
  { name: 'browser tests (Playwright, Chromium)', cmd: 'npx', args: ['playwright', 'test'] },
];

const only = process.argv.slice(2);
const chosen = steps.filter(({ name }) => !only.length || only.some((o) => name.includes(o)));

// What the browser tests need from the machine, checked before anything runs rather than deep
// inside Playwright: Chromium, and pdftotext for the print tests (e2e/teachers.spec.ts).
if (chosen.some(({ name }) => name.startsWith('browser tests'))) {
  const missing = [];
  if (!testBrowser())
    missing.push([
      'chromium-headless-shell',
      process.env.CHROMIUM_PATH
        ? `Chromium not found at ${process.env.CHROMIUM_PATH} (CHROMIUM_PATH)`
        : `Chromium not found (${HEADLESS_SHELL}, or /usr/bin/chromium; set CHROMIUM_PATH to use another binary)`,
    ]);
  if (!onPath('pdftotext')) missing.push(['poppler-utils', 'pdftotext not found (the print tests read PDFs with it)']);
  if (missing.length) {
    for (const [, why] of missing) console.error(`✖ ${why}.`);
    console.error(`Install with: sudo apt-get install -y ${missing.map(([pkg]) => pkg).join(' ')}`);
    process.exit(1);
  }
}

const times = [];
const started = Date.now();
const commandLine = (cmd, args, env = {}) => [...Object.entries(env).map(([k, v]) => `${k}=${v}`), cmd, ...args].join(' ');

/** Runs one step: its output streamed, or with `quiet` kept and returned with the result. */
function run({ name, cmd, args, env }, quiet) {
  const t0 = Date.now();
  const header = `▶ ${name}: ${commandLine(cmd, args, env)}`;
  if (!quiet) console.log(`\n${header}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ name, status, output, header, secs: ((Date.now() - t0) / 1000).toFixed(1) }));
  });
}

// Consecutive steps of one group run side by side; every other step on its own.
const batches = [];
for (const step of chosen) {
  const last = batches.at(-1);
  if (step.together && last?.[0]?.together) last.push(step);
  else batches.push([step]);
}
for (const batch of batches) {
  const runnable = [];
  for (const step of batch) {
    const reason = step.skip?.();
    if (reason) {
      console.log(`\n○ ${step.name}: skipped, ${reason}`);
      times.push([step.name, 'skipped']);
    } else runnable.push(step);
  }
  if (runnable.length > 1) console.log(`\n▶▶ side by side: ${runnable.map((s) => s.name).join(', ')}`);
  const results = await Promise.all(runnable.map((step) => run(step, runnable.length > 1)));
  for (const r of results) {
    if (runnable.length > 1) console.log(`\n${r.header}\n${r.output.trimEnd()}`);
    times.push([r.name, `${r.secs}s`]);
  }
  const failed = results.find((r) => r.status !== 0);
  if (failed) {
    console.error(`\n✖ ${failed.name} failed (exit ${failed.status}) after ${failed.secs}s`);
    process.exit(failed.status ?? 1);
  }
  for (const r of results) console.log(`✔ ${r.name} (${r.secs}s)`);
}
console.log('\nStep times:');
for (const [name, t] of times) console.log(`  ${t.padStart(8)}  ${name}`);
console.log(`  ${`${((Date.now() - started) / 1000).toFixed(1)}s`.padStart(8)}  total`);
console.log('\nAll test steps passed.');
