import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterpartPath, langOf, localPath } from '../../src/i18n/lang.ts';

test('paths move between the editions, the root and sub-paths included', () => {
  assert.equal(localPath('/chapters/the-attack/', 'ur'), '/ur/chapters/the-attack/');
  assert.equal(localPath('/', 'en'), '/');
  assert.equal(counterpartPath('/ur/chapters/the-attack/', 'en'), '/chapters/the-attack/');
  assert.equal(counterpartPath('/ur', 'en'), '/');
  assert.equal(counterpartPath('/glossary/', 'ur'), '/ur/glossary/');
  // A path that only starts with "ur" is English.
  assert.equal(counterpartPath('/urdu-notes/', 'ur'), '/ur/urdu-notes/');
  assert.equal(langOf('ur'), 'ur');
  assert.equal(langOf(undefined), 'en');
});

test('Urdu numbers use Western digits, as the site documents', () => {
  assert.equal(new Intl.NumberFormat('ur-PK').format(1066), '1,066');
});
