// One number formatter per language (issues 12 and 17): prose (<Stat>), data tables and charts
// print a number the same way in each language, and no other Intl.NumberFormat for readers exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formats } from '../../src/charts/frame.ts';
import { formatNumber as formatEn } from '../../src/data/numbers.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/lang.ts';

const SAMPLES = [0, 1, 7, 63, 1066, 12.5, 0.125, 12.3456, 1234567];

test('charts format numbers with the reader-facing formatter of their language', () => {
  for (const lang of LANGS) for (const n of SAMPLES) assert.equal(formats(lang).number(n), formatNumber(n, lang), `${lang} ${n}`);
  for (const n of SAMPLES) assert.equal(formatNumber(n, 'en'), formatEn(n));
});

test('Urdu numbers use Western digits and the English rounding', () => {
  for (const n of SAMPLES) assert.equal(formatNumber(n, 'ur').replace(/[^\d.]/g, ''), formatEn(n).replace(/[^\d.]/g, ''), String(n));
  assert.equal(formatNumber(1066, 'ur'), '1,066');
});

test('no other number formatter in src/', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const makers = files('src')
    .filter((f) => /\.(ts|astro)$/.test(f) && /new Intl\.NumberFormat|\.toLocaleString\(/.test(readFileSync(f, 'utf8')))
    .sort();
  assert.deepEqual(makers, ['src/data/numbers.ts', 'src/i18n/format.ts']);
});
