#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest. Each step is a real command;
// the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['unit tests', 'node', ['--test', '--test-reporter=spec', 'tests/unit/*.test.ts']],
  ['originality', 'node', ['../shared/tools/check-originality.mjs']],
  ['bad-data fixtures fail the build', 'node', ['--test', '--test-reporter=spec', 'tests/build/*.test.ts']],
  ['build', 'npm', ['run', 'build']],
  ['built-site checks (links, HTML validity)', 'node', ['--test', '--test-reporter=spec', 'tests/site/*.test.ts']],
  ['browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status}) after ${secs}s`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs}s)`);
}
console.log('\nAll test steps passed.');
