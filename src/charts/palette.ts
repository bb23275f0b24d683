/**
 * The one copy of the chart colours. Chart modules never write a colour into the SVG: they set
 * classes (`tt-series-1`, `tt-axis`, `tt-gap` …) and the colours arrive through CSS, either
 * - on the site: `cssVariables(theme)` becomes `--tt-*` custom properties (src/pages/chart-palette.css.ts)
 *   and `chartCss()` gives the class rules that read them; or
 * - in a standalone SVG/PNG export: `exportCss(theme)` gives the same rules with the values filled in
 *   (image converters do not all understand custom properties).
 *
 * Series colours follow the Okabe–Ito set (readable with the common colour-vision deficiencies),
 * darkened or lightened until every mark reaches 3:1 and every text colour 4.5:1 against the
 * background; tests/unit/palette.test.ts checks the ratios.
 */
import type { SvgNode } from './svg.ts';
import { h } from './svg.ts';

import { URDU_CHART_FONT } from '../i18n/charts.ts';

export type Theme = 'light' | 'dark';

export interface Palette {
  /** Page/figure background the contrast is measured against. */
  bg: string;
  /** Text: labels, value labels, annotation text. */
  text: string;
  /** Secondary text (axis tick labels, notes). */
  muted: string;
  /** Axis lines and tick marks. */
  axis: string;
  /** Grid lines (decorative, deliberately faint). */
  grid: string;
  series1: string;
  series2: string;
  series3: string;
  series4: string;
  /** Outline of highlighted marks. */
  highlight: string;
  /** Annotation rules and markers. */
  annotation: string;
  /** Hatching and outline of "no data" placeholders. */
  gap: string;
}

/** Every colour in both themes, side by side: [light, dark]. */
const COLOURS: Record<keyof Palette, readonly [light: string, dark: string]> = {
  bg: ['#fdfcf8', '#14171c'],
  text: ['#1b1d21', '#e9e6df'],
  muted: ['#55585f', '#a9adb5'],
  axis: ['#6b6f77', '#8d929b'],
  grid: ['#e3dfd4', '#2c313a'],
  series1: ['#0069a8', '#56b4e9'], // blue; sky blue
  series2: ['#c25400', '#e69f00'], // vermilion; orange
  series3: ['#007a5a', '#2fbf94'], // bluish green
  series4: ['#a8538a', '#e08cbf'], // reddish purple
  highlight: ['#1b1d21', '#f5f3ee'],
  annotation: ['#4a4e56', '#b8bcc4'],
  gap: ['#7a7e86', '#8d929b'],
};

function theme(i: 0 | 1): Palette {
  const c = (k: keyof Palette) => COLOURS[k][i];
  return {
    bg: c('bg'),
    text: c('text'),
    muted: c('muted'),
    axis: c('axis'),
    grid: c('grid'),
    series1: c('series1'),
    series2: c('series2'),
    series3: c('series3'),
    series4: c('series4'),
    highlight: c('highlight'),
    annotation: c('annotation'),
    gap: c('gap'),
  };
}

export const palettes: { light: Palette; dark: Palette } = { light: theme(0), dark: theme(1) };

/** Font stack of chart text: the system sans-serif (the site loads no web fonts; README, Quality). */
export const fontFamily = "'Inter Variable', Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";

const KEYS: [keyof Palette, string][] = [
  ['bg', '--tt-bg'],
  ['text', '--tt-text'],
  ['muted', '--tt-muted'],
  ['axis', '--tt-axis'],
  ['grid', '--tt-grid'],
  ['series1', '--tt-series-1'],
  ['series2', '--tt-series-2'],
  ['series3', '--tt-series-3'],
  ['series4', '--tt-series-4'],
  ['highlight', '--tt-highlight'],
  ['annotation', '--tt-annotation'],
  ['gap', '--tt-gap'],
];

/** `--tt-series-1` etc. for the site stylesheet. */
export function cssVariables(theme: Theme): Record<string, string> {
  const p = palettes[theme];
  const out: Record<string, string> = {};
  for (const [key, name] of KEYS) out[name] = p[key];
  out['--tt-font'] = fontFamily;
  return out;
}

/**
 * The class rules, written against a lookup: `v('--tt-series-1')` is either `var(--tt-series-1)`
 * (site) or the colour itself (export). Order matters: modifiers (`tt-line`, `tt-gap`, `tt-dim`,
 * `tt-highlight`) come after the series colours so they win at equal specificity.
 * `.tt-gap` never gets a `fill` here: its hatching comes from the <pattern> in the chart's <defs>.
 */
function rules(v: (name: string) => string): string {
  const series = [1, 2, 3, 4]
    .map((n) => `.tt-series-${n}{fill:${v(`--tt-series-${n}`)};stroke:${v(`--tt-series-${n}`)};color:${v(`--tt-series-${n}`)}}`)
    .join('\n');
  return [
    `svg.tt-chart{font-family:${v('--tt-font')};font-size:12px;overflow:visible}`,
    `.tt-bg{fill:${v('--tt-bg')};stroke:none}`,
    `.tt-chart text{fill:${v('--tt-text')};stroke:none}`,
    `.tt-label{fill:${v('--tt-text')};font-size:12px}`,
    `.tt-value-label{fill:${v('--tt-text')};font-size:12px;font-variant-numeric:tabular-nums}`,
    `.tt-axis line,.tt-axis path{stroke:${v('--tt-axis')};fill:none;stroke-width:1}`,
    `.tt-chart .tt-axis text{fill:${v('--tt-muted')};font-size:12px;font-variant-numeric:tabular-nums}`,
    `.tt-axis-title{fill:${v('--tt-text')};font-size:12px;font-weight:600}`,
    `.tt-grid line,.tt-grid{stroke:${v('--tt-grid')};fill:none;stroke-width:1}`,
    `.tt-chart .tt-muted,.tt-muted{fill:${v('--tt-muted')};color:${v('--tt-muted')}}`,
    series,
    `.tt-mark{stroke-width:1}`,
    `.tt-line{fill:none;stroke-width:2.25;stroke-linejoin:round;stroke-linecap:round}`,
    `.tt-line-dashed{stroke-dasharray:5 3}`,
    `.tt-point{stroke:${v('--tt-bg')};stroke-width:1.5}`,
    `.tt-gap{stroke:${v('--tt-gap')};stroke-width:1;stroke-dasharray:3 2}`,
    `.tt-gap-hatch{stroke:${v('--tt-gap')};stroke-width:1.25}`,
    `.tt-chart .tt-gap-label{fill:${v('--tt-muted')};font-size:12px;font-style:italic}`,
    `.tt-annotation line,.tt-annotation-line{stroke:${v('--tt-annotation')};stroke-width:1;stroke-dasharray:4 3;fill:none}`,
    `.tt-chart .tt-annotation text,.tt-annotation-label{fill:${v('--tt-text')};font-size:12px}`,
    `.tt-annotation-marker{fill:${v('--tt-bg')};stroke:${v('--tt-annotation')};stroke-width:1.25}`,
    `.tt-chart .tt-annotation-number{fill:${v('--tt-text')};font-size:12px;font-weight:700}`,
    `.tt-reference{stroke:${v('--tt-text')};stroke-width:1.5;stroke-dasharray:6 3;fill:none}`,
    `.tt-flag{fill:${v('--tt-bg')};stroke:${v('--tt-text')};stroke-width:1.5}`,
    `.tt-chart .tt-footnote{fill:${v('--tt-muted')};font-size:12px}`,
    `.tt-chart .tt-halo{stroke:${v('--tt-bg')};stroke-width:3px;stroke-linejoin:round;paint-order:stroke}`,
    `.tt-dim{opacity:.35}`,
    `.tt-highlight{stroke:${v('--tt-highlight')};stroke-width:2.5}`,
    `.tt-chart text.tt-highlight{stroke:none;font-weight:700}`,
    `.tt-highlight-band{fill:${v('--tt-grid')};stroke:none}`,
    `.tt-lane-rule{stroke:${v('--tt-grid')};stroke-width:1}`,
    `.tt-divider{stroke:${v('--tt-axis')};stroke-width:1;stroke-dasharray:2 3}`,
    // Network diagram: node rims separate dots from the lines under them.
    `.tt-net-dot{stroke:${v('--tt-bg')};stroke-width:1.5}`,
    `.tt-highlight .tt-net-dot{stroke:${v('--tt-highlight')};stroke-width:2.5}`,
    `.tt-tie-contested .tt-tie-line{opacity:.55}`,
    // Maps (locator-map, attack-map): land in the grid colour, Pakistan stronger, borders in the
    // axis colour, the Durand Line dashed in the text colour; points keep a background rim.
    `.tt-map-sea{fill:${v('--tt-bg')};stroke:none}`,
    // Lines keep their width while a map layer zooms between views (src/scripts/motion.ts).
    `[data-zoom]>*{vector-effect:non-scaling-stroke}`,
    `.tt-map-land{fill:${v('--tt-grid')};stroke:none;opacity:.55}`,
    `.tt-map-land.tt-map-afg{opacity:.8}`,
    `.tt-map-land.tt-map-pak{opacity:1}`,
    `.tt-map-border{fill:none;stroke:${v('--tt-axis')};stroke-width:.8;stroke-linejoin:round}`,
    `.tt-map-durand{fill:none;stroke:${v('--tt-text')};stroke-width:1.6;stroke-dasharray:5 3;stroke-linejoin:round}`,
    `.tt-map-frame{fill:none;stroke:${v('--tt-grid')};stroke-width:1}`,
    `.tt-map-outline{fill:none;stroke:${v('--tt-series-2')};stroke-width:1.5;stroke-dasharray:3 2}`,
    `.tt-map-place{fill:${v('--tt-text')};stroke:${v('--tt-bg')};stroke-width:1.2}`,
    `.tt-map-focus{stroke:${v('--tt-bg')};stroke-width:1.5}`,
    `.tt-map-distance{stroke:${v('--tt-text')};stroke-width:1.2;stroke-dasharray:2 2}`,
    `.tt-map-scale-bar{stroke:${v('--tt-text')};stroke-width:1.5}`,
    `.tt-chart .tt-map-label-strong{font-weight:700}`,
    `.tt-map-point{fill-opacity:.72;stroke-width:1}`,
    `.tt-map-point.tt-map-unknown{fill-opacity:0;stroke-width:1.5}`,
    // Urdu charts (data-lang="ur", frame.ts rtlSvg): a Naskh face from the system, text right to
    // left, no italic (Urdu has none).
    `svg.tt-chart[data-lang="ur"]{font-family:${URDU_CHART_FONT}}`,
    `svg.tt-chart[data-lang="ur"] text{direction:rtl;font-style:normal}`,
  ].join('\n');
}

/** Class rules for the site stylesheet, reading the `--tt-*` custom properties. */
export function chartCss(): string {
  return rules((name) => `var(${name})`);
}

/** Self-contained CSS for a standalone SVG/PNG export in the given theme. */
export function exportCss(theme: Theme): string {
  const vars = cssVariables(theme);
  return rules((name) => vars[name] ?? 'currentColor');
}

/**
 * Turn a drawn chart into a standalone SVG: adds the xmlns, a <style> with `exportCss(theme)`
 * and a full-size background rect (`tt-bg`) as the first children. The input is not modified.
 */
export function standalone(svg: SvgNode, theme: Theme): SvgNode {
  return {
    tag: svg.tag,
    attrs: { xmlns: 'http://www.w3.org/2000/svg', ...svg.attrs },
    children: [h('style', null, exportCss(theme)), h('rect', { class: 'tt-bg', x: 0, y: 0, width: '100%', height: '100%' }), ...(svg.children ?? [])],
  };
}

/** WCAG relative luminance and contrast ratio, for the tests and for anyone adding a colour. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = hex.replace('#', '');
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(n.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
