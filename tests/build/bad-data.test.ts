// The real build pipeline rejects bad data: one fixture runs through the full `npm run build`, to
// prove that the build itself stops and names file, row and field. Every kind of bad row is
// checked against the same validator, without a build, in tests/unit/validate.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { makeBadContent, badCases } from '../helpers/bad-content.ts';

test('npm run build fails on a bad row and names file, row and field', () => {
  const c = badCases[0]!;
  const dir = makeBadContent(c);
  try {
    const r = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: { ...process.env, TT_CONTENT_DIR: dir, FORCE_COLOR: '0' } });
    const output = `${r.stdout}\n${r.stderr}`;
    assert.notEqual(r.status, 0, 'the build should fail');
    for (const part of c.expect) assert.ok(output.includes(part), `output should include ${JSON.stringify(part)}:\n${output.slice(-2000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
