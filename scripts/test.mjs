#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest. Each step is a real command; the
// first failure stops the run with its exit code. `npm test -- "unit"` runs only the steps whose
// names contain one of the words given. A table of step times closes a run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const steps = [
  ['lint and format (Biome)', 'npx', ['biome', 'check', '.', '--diagnostic-level=error']],
  ['type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  // One process for all unit test files: they are pure functions and data reads, and a Node
  // process per file (the default) made this step 29 s instead of 5.
  ['unit tests', 'node', ['--test', '--test-isolation=none', '--test-reporter=spec', 'tests/unit/*.test.ts', 'tests/serve/*.test.ts']],
  [
    'originality',
    'node',
    [ORIGINALITY],
    () => (existsSync(ORIGINALITY) ? null : `${ORIGINALITY} is not beside this repository (it exists only in the authors' workspace)`),
  ],
  ['bad data stops the build', 'node', ['--test', '--test-reporter=spec', 'tests/build/*.test.ts']],
  ['build', 'npm', ['run', 'build'], null, { SITE_URL }],
  ['built-site checks (links, HTML validity, deploy files)', 'node', ['--test', '--test-reporter=spec', 'tests/site/*.test.ts']],
  ['browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
const chosen = steps.filter(([name]) => !only.length || only.some((o) => name.includes(o)));

// What the browser tests need from the machine, checked before anything runs rather than deep
// inside Playwright: Chromium, and pdftotext for the print tests (e2e/teachers.spec.ts).
if (chosen.some(([name]) => name.startsWith('browser tests'))) {
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
for (const [name, cmd, args, skip, env] of chosen) {
  const reason = skip?.();
  if (reason) {
    console.log(`\n○ ${name}: skipped, ${reason}`);
    times.push([name, 'skipped']);
    continue;
  }
  const t0 = Date.now();
  console.log(
    `\n▶ ${name}: ${
      env
        ? `${Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')} `
        : ''
    }${cmd} ${args.join(' ')}`,
  );
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env, FORCE_COLOR: '0' } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  times.push([name, `${secs}s`]);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status}) after ${secs}s`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs}s)`);
}
console.log('\nStep times:');
for (const [name, t] of times) console.log(`  ${t.padStart(8)}  ${name}`);
console.log(`  ${`${((Date.now() - started) / 1000).toFixed(1)}s`.padStart(8)}  total`);
console.log('\nAll test steps passed.');
