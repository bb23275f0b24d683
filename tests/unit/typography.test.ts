import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smartQuotes } from '../../src/lib/typography.ts';

test('apostrophes inside and after words become ’', () => {
  assert.equal(smartQuotes("The TTP's return"), 'The TTP’s return');
  assert.equal(smartQuotes("the groups' ties"), 'the groups’ ties');
});

test('quotation marks open and close', () => {
  assert.equal(smartQuotes('an "indefinite ceasefire" in June'), 'an “indefinite ceasefire” in June');
  assert.equal(smartQuotes("an 'indefinite ceasefire' in June"), 'an ‘indefinite ceasefire’ in June');
  assert.equal(smartQuotes('("Fitna al-Khawarij")'), '(“Fitna al-Khawarij”)');
});

test('text without quotes is unchanged', () => {
  assert.equal(smartQuotes('30 July 2023 — Khar, Bajaur'), '30 July 2023 — Khar, Bajaur');
});
