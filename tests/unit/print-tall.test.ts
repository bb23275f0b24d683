// Print caps a chart's height (src/styles/print.css); a drawing tall for its width is marked
// `is-tall` on the server and allowed more height, so its labels still print at 7 pt or more
// (what that gives on paper: e2e/publish.spec.ts, "figure labels print at 7 pt or more on A4").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isTall, TALL_RATIO } from '../../src/lib/chart-html.ts';
import { h } from '../../src/charts/svg.ts';

const box = (w: number, height: number) => h('svg', { viewBox: `0 0 ${w} ${height}` });

test('a drawing is tall from TALL_RATIO of its width upwards', () => {
  assert.equal(isTall(box(720, 723)), true, 'a square map');
  assert.equal(isTall(box(720, Math.ceil(720 * TALL_RATIO))), true);
  assert.equal(isTall(box(720, 388)), false, 'a time series');
  assert.equal(isTall(h('svg')), false, 'no viewBox: not tall');
  assert.equal(isTall(box(0, 100)), false, 'a zero width is not a drawing');
});

test('print.css gives tall drawings more height than the others', () => {
  const css = readFileSync('src/styles/print.css', 'utf8');
  const cm = (re: RegExp) => Number(re.exec(css)?.[1]);
  const normal = cm(/\.chart-graphic svg, \.chart-graphic \.svg-live svg \{[^}]*max-height: (\d+)cm/);
  const tall = cm(/\.chart-graphic\.is-tall svg[^{]*\{[^}]*max-height: (\d+)cm/);
  assert.ok(normal > 0 && tall > normal, `normal ${normal} cm, tall ${tall} cm`);
});
