// The real build pipeline rejects bad data. Every fixture runs through `astro sync` (the content
// layer step of `astro build`, which loads and validates every collection); one also runs the
// full `npm run build` to prove the build itself stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { makeBadContent, badCases } from '../helpers/bad-content.ts';

function run(cmd: string, args: string[], contentDir: string) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, TT_CONTENT_DIR: contentDir, FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

for (const c of badCases) {
  test(`astro sync fails on: ${c.case}`, () => {
    const { status, output } = run('npx', ['astro', 'sync'], makeBadContent(c));
    assert.notEqual(status, 0, 'sync should fail');
    for (const part of c.expect) assert.ok(output.includes(part), `output should include ${JSON.stringify(part)}:\n${output.slice(-2000)}`);
  });
}

test('npm run build fails on a bad row and names file, row and field', () => {
  const c = badCases[0]!;
  const { status, output } = run('npm', ['run', 'build'], makeBadContent(c));
  assert.notEqual(status, 0);
  for (const part of c.expect) assert.ok(output.includes(part), `output should include ${JSON.stringify(part)}`);
});
