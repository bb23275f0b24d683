import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCss, contrast, cssVariables, exportCss, palettes, standalone } from '../../src/charts/palette.ts';
import { h, renderSvg } from '../../src/charts/svg.ts';

const markKeys = ['series1', 'series2', 'series3', 'series4', 'axis', 'gap', 'annotation', 'highlight'] as const;
const textKeys = ['text', 'muted'] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`${theme}: every mark colour has at least 3:1 contrast with the background`, () => {
    const p = palettes[theme];
    for (const k of markKeys) assert.ok(contrast(p[k], p.bg) >= 3, `${k} ${p[k]} on ${p.bg}: ${contrast(p[k], p.bg).toFixed(2)}`);
  });
  test(`${theme}: text colours have at least 4.5:1 contrast`, () => {
    const p = palettes[theme];
    for (const k of textKeys) assert.ok(contrast(p[k], p.bg) >= 4.5, `${k} ${p[k]}: ${contrast(p[k], p.bg).toFixed(2)}`);
  });
  test(`${theme}: exportCss styles every shared class with concrete colours`, () => {
    const css = exportCss(theme);
    for (const c of [
      'tt-axis',
      'tt-grid',
      'tt-label',
      'tt-annotation',
      'tt-gap',
      'tt-series-1',
      'tt-series-2',
      'tt-series-3',
      'tt-series-4',
      'tt-highlight',
      'tt-dim',
      'tt-muted',
      'tt-bg',
    ]) {
      assert.ok(css.includes(`.${c}`), `styles .${c}`);
    }
    assert.ok(css.includes(palettes[theme].series1), 'uses the theme colour');
    assert.ok(!css.includes('var('), 'no custom properties in an export');
    assert.match(css, /font-family:/);
    assert.ok(!/\.tt-gap\{[^}]*fill/.test(css), 'the gap fill stays the hatch pattern');
  });
}

test('the background colours are the site backgrounds', () => {
  assert.equal(palettes.light.bg, '#fdfcf8');
  assert.equal(palettes.dark.bg, '#14171c');
});

test('cssVariables gives the same names in both themes, and chartCss reads them', () => {
  const light = cssVariables('light');
  const dark = cssVariables('dark');
  assert.deepEqual(Object.keys(light), Object.keys(dark));
  assert.equal(light['--tt-series-1'], palettes.light.series1);
  assert.equal(dark['--tt-series-1'], palettes.dark.series1);
  const css = chartCss();
  for (const name of Object.keys(light)) assert.ok(css.includes(`var(${name})`), `chartCss uses ${name}`);
});

test('contrast() matches known WCAG values', () => {
  assert.equal(Math.round(contrast('#000000', '#ffffff') * 10) / 10, 21);
  assert.equal(contrast('#777777', '#777777'), 1);
});

test('standalone() adds xmlns, the style and a background rect without changing the input', () => {
  const svg = h('svg', { viewBox: '0 0 10 10', class: 'tt-chart' }, h('title', null, 'x'));
  const out = renderSvg(standalone(svg, 'dark'));
  assert.match(out, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(out.includes('<style>') && out.includes('class="tt-bg"'));
  assert.ok(out.includes(palettes.dark.bg));
  assert.equal(svg.children!.length, 1);
});
