/**
 * Server-side chart markup: the chart drawn twice, narrow (phones) and wide, so labels stay
 * legible without JavaScript; CSS shows the one that fits and the browser script later redraws
 * at the container's exact width.
 */
import { getChart } from '../charts/registry.ts';
import { renderSvg } from '../charts/svg.ts';

export const NARROW_WIDTH = 340;
export const WIDE_WIDTH = 720;

export function chartGraphicHtml(chart: string, data: unknown, state: Record<string, unknown>, idPrefix: string): string {
  const { module } = getChart(chart);
  const draw = (width: number, suffix: string) => renderSvg(module.draw(data as never, { width, state: state as never, idPrefix: `${idPrefix}-${suffix}` }).svg);
  return `<div class="chart-graphic" data-chart-graphic="${chart}"><div class="svg-narrow">${draw(NARROW_WIDTH, 'n')}</div><div class="svg-wide">${draw(WIDE_WIDTH, 'w')}</div></div>`;
}
