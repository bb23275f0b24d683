/**
 * Server-side chart markup. Three layouts, all drawn by the chart's own module:
 *  - `responsive` (figures in a page): drawn twice, narrow (phones) and wide, so labels stay
 *    legible without JavaScript; CSS shows the one that fits and the browser script later
 *    redraws at the container's exact width.
 *  - `narrow-only`: one drawing at the phone width, for charts that only the flat layout shows
 *    (a scrolly's steps without JavaScript and in print; CSS keeps it near its drawn size on wide
 *    screens). Drawing those twice doubled the heaviest chapter's HTML.
 *  - `embed`: drawn at each of EMBED_WIDTHS. An embed page is as wide as its iframe, so media
 *    queries (src/styles/embed.css) show the drawing made for the frame's width, never scaled by
 *    more than the step between two widths. The chart code then loads only when the reader
 *    reaches for the chart (src/scripts/embed-page.ts), which keeps an embed page's JavaScript
 *    inside its 10 KB budget (README, Quality).
 */
import type { BoundChart } from '../charts/registry.ts';
import { renderSvg, type SvgNode, staticSvg } from '../charts/svg.ts';

export const NARROW_WIDTH = 340;
export const WIDE_WIDTH = 720;
/**
 * Widths an embed is drawn at: each at most 1.2 times the one before, so a frame of any width
 * shows a drawing made within 20 % of its width. Keep in step with the media queries in
 * src/styles/embed.css (tests/unit/embed-widths.test.ts compares them).
 */
export const EMBED_WIDTHS = [300, 360, 420, 480, 560, 640, 740, 860, 1000] as const;
/** Horizontal padding around an embed's figure (`.embed` in src/styles/embed.css), in px. */
export const EMBED_PADDING = 16;

export type GraphicLayout = 'responsive' | 'narrow-only' | 'embed';

/**
 * `still`: the drawing itself is never made interactive (a flat scrolly step, the sticky stage's
 * first frame, a chapter figure, whose script draws a live copy, the home page's chart), so what
 * only interaction reads is left out (staticSvg). Embed drawings keep it: an embed's script
 * adopts the drawing on screen instead of redrawing it.
 * `previous`: for a scrolly step, the step before's state (see BoundChart.draw).
 */
export function chartGraphicHtml(
  chart: BoundChart,
  state: Record<string, unknown>,
  idPrefix: string,
  layout: GraphicLayout = 'responsive',
  { still = layout !== 'embed', previous }: { still?: boolean; previous?: Record<string, unknown> | null } = {},
): string {
  let tall = false;
  const draw = (width: number, suffix: string) => {
    const { svg } = chart.draw({ width, state, previous, idPrefix: `${idPrefix}-${suffix}`, where: idPrefix });
    if (width === WIDE_WIDTH) tall = isTall(svg);
    return renderSvg(still ? staticSvg(svg) : svg);
  };
  const open = (cls: string) => `<div class="chart-graphic${cls}" data-chart-graphic="${chart.id}">`;
  if (layout === 'embed') {
    return `${open(' is-multi')}${EMBED_WIDTHS.map((w) => `<div class="svg-at" data-width="${w}">${draw(w, String(w))}</div>`).join('')}</div>`;
  }
  const narrow = `<div class="svg-narrow">${draw(NARROW_WIDTH, 'n')}</div>`;
  if (layout === 'narrow-only') return `${open(' is-narrow-only')}${narrow}</div>`;
  const wide = `<div class="svg-wide">${draw(WIDE_WIDTH, 'w')}</div>`;
  return `${open(tall ? ' is-tall' : '')}${narrow}${wide}</div>`;
}

/**
 * Whether a drawing is tall for its width (a map, the network). Print caps a chart's height so a
 * figure fits a page with its text; a tall drawing under that cap would shrink its labels below
 * 7 pt, so print lets it be taller (src/styles/print.css, `.is-tall`).
 */
export function isTall(svg: SvgNode): boolean {
  const [, , w, h] = String(svg.attrs?.viewBox ?? '')
    .split(/\s+/)
    .map(Number);
  return w !== undefined && h !== undefined && w > 0 && h / w >= TALL_RATIO;
}
/** Height over width from which a drawing prints at the full text width (see isTall). */
export const TALL_RATIO = 0.65;

/** The media query under which the embed drawing at EMBED_WIDTHS[i] is the one shown. */
export function embedWidthQuery(i: number): string {
  const lo = i === 0 ? null : EMBED_WIDTHS[i]! + EMBED_PADDING;
  const hi = i === EMBED_WIDTHS.length - 1 ? null : EMBED_WIDTHS[i + 1]! + EMBED_PADDING;
  return [lo !== null && `(width >= ${lo}px)`, hi !== null && `(width < ${hi}px)`].filter(Boolean).join(' and ');
}
