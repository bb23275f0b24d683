import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepTogether, smartQuotes } from '../../src/lib/typography.ts';

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

test('a number keeps its month, unit or time of day on its line, in both languages', () => {
  assert.equal(keepTogether('On 30 July 2023, at 4 pm, 75 km away'), 'On 30\u00a0July 2023, at 4\u00a0pm, 75\u00a0km away');
  assert.equal(keepTogether('پیر 31 جولائی کو، 2 اگست تک'), 'پیر 31\u00a0جولائی کو، 2\u00a0اگست تک');
  // Other words that begin like a unit are left alone, and so is a number with nothing after it.
  assert.equal(keepTogether('3 amid 4 Mayors, 1 junior'), '3 amid 4 Mayors, 1 junior');
  assert.equal(keepTogether('in 2023. May'), 'in 2023. May');
});
