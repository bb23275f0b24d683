// Browser-side loader for chart modules: one dynamic import per chart, so a page downloads only
// the drawing code of the charts it shows (never the whole of d3).
import type { SvgNode } from '../charts/svg.ts';

export interface ChartModule {
  draw(data: unknown, opts: { width: number; state?: unknown; idPrefix?: string }): { svg: SvgNode; width: number; height: number };
}

const loaders: Record<string, () => Promise<ChartModule>> = {
  'picss-yearly': () => import('../charts/picss-yearly.ts').then(({ draw }) => ({ draw }) as ChartModule),
  'pips-yearly': () => import('../charts/pips-yearly.ts').then(({ draw }) => ({ draw }) as ChartModule),
  'picss-monthly': () => import('../charts/picss-monthly.ts').then(({ draw }) => ({ draw }) as ChartModule),
  'bajaur-toll': () => import('../charts/bajaur-toll.ts').then(({ draw }) => ({ draw }) as ChartModule),
  timeline: () => import('../charts/timeline.ts').then(({ draw }) => ({ draw }) as ChartModule),
  'regions-2023': () => import('../charts/regions-2023.ts').then(({ draw }) => ({ draw }) as ChartModule),
  network: () => import('../charts/network.ts').then(({ draw }) => ({ draw }) as ChartModule),
};

export function loadChart(id: string): Promise<ChartModule> {
  const load = loaders[id];
  if (!load) return Promise.reject(new Error(`unknown chart "${id}"`));
  return load();
}

/**
 * Chart data embedded by the server as JSON (script type="application/json" is data, not code):
 * inside the figure, or the page's one copy for that chart (src/components/ChartData.astro).
 */
export function readData(root: Element, chart?: string): unknown {
  const el = root.querySelector('script[data-chart-data]') ?? (chart ? document.querySelector(`script[data-chart-data="${CSS.escape(chart)}"]`) : null);
  return el?.textContent ? JSON.parse(el.textContent) : undefined;
}
