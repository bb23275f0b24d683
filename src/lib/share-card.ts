/**
 * Share cards: the 1200×630 image a social network or a messaging app shows for a link (Open
 * Graph `og:image`). One per chapter and one for the site: the kicker, the title, the dek and the
 * chapter's own chart (the yearly attacks chart where a chapter has none), drawn by the chart
 * modules like every other image of the site. Build-time only; src/pages/share/[card].png.ts
 * rasterises the SVG with sharp.
 */
import { charts, siteChart, type BoundChart, type Chart } from '../charts/registry.ts';
import { palettes, standalone, fontFamily } from '../charts/palette.ts';
import { h, renderSvg, type SvgNode } from '../charts/svg.ts';
import { wrapText } from '../charts/frame.ts';
import { site } from './site.ts';

export const CARD = { width: 1200, height: 630 } as const;
const PAD = 56;
const TEXT_W = 560;
const CHART = { x: 660, width: 500 };
/** The site's accent colour in the light theme (--accent in src/styles/tokens.css). */
const ACCENT = '#9a3412';

export interface CardInput {
  kicker: string;
  title: string;
  dek: string;
  chart: Chart;
  bound: BoundChart;
}

/** The chart a page's card shows: the first of the chapter's own charts that may stand on its card, else the site's chart. */
export function cardChart(chapterSlug: string | undefined): Chart {
  return charts.find((c) => c.chapter === chapterSlug && c.card !== false) ?? siteChart();
}

/** Text for og:image:alt: what the card shows, in words. */
export function cardAlt(input: Omit<CardInput, 'bound'>): string {
  return `${input.title}: ${input.dek} With the chart “${input.chart.title}”.`;
}

export function cardSvg(input: CardInput): string {
  const p = palettes.light;
  const title = wrapText(input.title, TEXT_W * 0.86, 56).slice(0, 3);
  const dek = wrapText(input.dek, TEXT_W, 25).slice(0, 6);
  const nodes: SvgNode[] = [h('rect', { x: 0, y: 0, width: 12, height: CARD.height, fill: ACCENT })];
  let y = PAD + 24;
  nodes.push(h('text', { class: 'card-kicker', x: PAD, y }, `${site.name.toUpperCase()} · ${input.kicker.toUpperCase()}`));
  y += 28;
  for (const line of title) {
    y += 64;
    nodes.push(h('text', { class: 'card-title', x: PAD, y }, line));
  }
  y += 20;
  for (const line of dek) {
    y += 36;
    nodes.push(h('text', { class: 'card-dek', x: PAD, y }, line));
  }
  nodes.push(h('text', { class: 'card-foot', x: PAD, y: CARD.height - PAD + 8 }, `Every number sourced · ${site.licence.name}`));

  // The chart's title (bold text runs wider than wrapText's estimate, hence the margin), then the
  // chart, drawn for its box and scaled down to fit what is left of it.
  const chartTitle = wrapText(input.chart.title, CHART.width * 0.85, 19).slice(0, 2);
  for (const [i, line] of chartTitle.entries()) nodes.push(h('text', { class: 'card-chart-title', x: CHART.x, y: PAD + 24 + i * 26 }, line));
  const top = PAD + 24 + chartTitle.length * 26;
  const room = CARD.height - PAD + 16 - top;
  // A chart that draws tall at the card's width (the network's phone layout) is drawn wider, in
  // its landscape layout, and scaled down.
  const draw = (width: number) => input.bound.draw({ width, idPrefix: 'card' });
  const drawn = [CHART.width, 640, 800].map(draw).find((d) => d.height * (CHART.width / d.width) <= room) ?? draw(800);
  const scale = Math.min(CHART.width / drawn.width, room / drawn.height);
  const chart: SvgNode = {
    ...drawn.svg,
    attrs: { ...drawn.svg.attrs, xmlns: undefined, x: CHART.x, y: top, width: drawn.width * scale, height: drawn.height * scale },
  };
  const style = [
    `.card-kicker{font:700 20px ${fontFamily};letter-spacing:2px;fill:${ACCENT}}`,
    `.card-title{font:700 56px ${fontFamily};fill:${p.text}}`,
    `.card-dek{font:400 25px ${fontFamily};fill:${p.text}}`,
    `.card-foot{font:400 19px ${fontFamily};fill:${p.muted}}`,
    `.card-chart-title{font:700 19px ${fontFamily};fill:${p.muted}}`,
  ].join('\n');
  const root = h('svg', { width: CARD.width, height: CARD.height, viewBox: `0 0 ${CARD.width} ${CARD.height}` }, h('style', null, style), ...nodes, chart);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(standalone(root, 'light'))}\n`;
}
