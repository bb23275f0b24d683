// Each bad-data fixture must be rejected with a message naming the file, the row and the field;
// the real content must pass.
import { test } from 'node:test';
import { rmSync } from 'node:fs';
import assert from 'node:assert/strict';
import { validateAll, DataError } from '../../src/data/validate.ts';
import { makeBadContent, badCases } from '../helpers/bad-content.ts';

test('the real curated data validates', () => {
  const loaded = validateAll('content');
  assert.ok(loaded['picss-yearly']!.rows.length > 30);
  assert.ok(loaded.sources!.rows.length > 100);
});

for (const c of badCases) {
  test(`a bad row is rejected: ${c.case}`, () => {
    const dir = makeBadContent(c);
    try {
      assert.throws(
        () => validateAll(dir),
        (e: unknown) => {
          assert.ok(e instanceof DataError, `expected a DataError, got ${String(e)}`);
          for (const part of c.expect) assert.ok(e.message.includes(part), `message "${e.message}" should include ${JSON.stringify(part)}`);
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('empty cells stay null, never zero', () => {
  const loaded = validateAll('content');
  const toll = loaded['bajaur-toll']!.rows as { injured: number | null }[];
  assert.ok(
    toll.some((r) => r.injured === null),
    'some toll rows have no injured figure',
  );
  assert.ok(!toll.some((r) => r.injured === 0));
});
