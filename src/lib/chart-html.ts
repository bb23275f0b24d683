/**
 * Server-side chart markup: the chart drawn twice, narrow (phones) and wide, so labels stay
 * legible without JavaScript; CSS shows the one that fits and the browser script later redraws
 * at the container's exact width.
 */
import { getChart } from '../charts/registry.ts';
import { renderSvg } from '../charts/svg.ts';

export const NARROW_WIDTH = 340;
export const WIDE_WIDTH = 720;

/**
 * `narrowOnly`: one drawing, at the phone width, for charts that only the flat layout shows (a
 * scrolly's steps without JavaScript and in print; CSS keeps it near its drawn size on wide
 * screens). Drawing those twice doubled the heaviest chapter's HTML (README, Quality).
 */
export function chartGraphicHtml(chart: string, data: unknown, state: Record<string, unknown>, idPrefix: string, narrowOnly = false): string {
  const { module } = getChart(chart);
  const draw = (width: number, suffix: string) => renderSvg(module.draw(data as never, { width, state: state as never, idPrefix: `${idPrefix}-${suffix}` }).svg);
  const wide = narrowOnly ? '' : `<div class="svg-wide">${draw(WIDE_WIDTH, 'w')}</div>`;
  return `<div class="chart-graphic${narrowOnly ? ' is-narrow-only' : ''}" data-chart-graphic="${chart}"><div class="svg-narrow">${draw(NARROW_WIDTH, 'n')}</div>${wide}</div>`;
}
