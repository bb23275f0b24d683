import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedAsset, sharedAssets, toBrowserJson } from '../../src/data/shared-assets.ts';

test('a shared part is written as a reference, wherever it sits in the data', () => {
  const geo = sharedAsset('test-geo', { rings: [[1, 2, 3, 4]] });
  const json = toBrowserJson({ places: [{ id: 'khar' }], geo: { source: 'NE', region: geo } });
  assert.deepEqual(JSON.parse(json), { places: [{ id: 'khar' }], geo: { source: 'NE', region: { $shared: 'test-geo' } } });
  assert.ok(sharedAssets().some(([name, value]) => name === 'test-geo' && value === geo));
  // An equal copy is not the shared object: only the registered value is replaced.
  assert.equal(toBrowserJson({ region: { rings: [[1, 2, 3, 4]] } }), '{"region":{"rings":[[1,2,3,4]]}}');
});

test('names are file-safe and one name is one value', () => {
  assert.throws(() => sharedAsset('../x', {}), /use a-z/);
  sharedAsset('test-once', { a: 1 });
  assert.throws(() => sharedAsset('test-once', { a: 1 }), /registered twice/);
});
