// The real build pipeline rejects bad data: one fixture runs through the full `npm run build`, to
// prove that the build itself stops and names file, row and field. Every kind of bad row is
// checked against the same validator, without a build, in tests/unit/validate.test.ts.
// The same build, made without SITE_URL, shows the one warning that names what will point at
// localhost (astro.config.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { makeBadContent, badCases } from '../helpers/bad-content.ts';
import { copyProject } from '../helpers/project-copy.ts';

test('npm run build fails on a bad row and names file, row and field (and, without SITE_URL, warns once)', () => {
  const c = badCases[0]!;
  const dir = makeBadContent(c);
  // Built in a copy of the project, so that nothing of the bad build lands in this one.
  const project = copyProject('tt-bad-build-');
  try {
    const r = spawnSync('npm', ['run', 'build'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: undefined, TT_CONTENT_DIR: dir, FORCE_COLOR: '0' },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    assert.notEqual(r.status, 0, 'the build should fail');
    const warnings = output.match(/SITE_URL is not set: .* will point at http:\/\/localhost:4321\./g) ?? [];
    assert.equal(warnings.length, 1, `one SITE_URL warning:\n${output.slice(0, 1500)}`);
    for (const part of c.expect) assert.ok(output.includes(part), `output should include ${JSON.stringify(part)}:\n${output.slice(-2000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  }
});
