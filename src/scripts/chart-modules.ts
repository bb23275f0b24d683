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
 * A chart's data: embedded by the server as JSON (script type="application/json" is data, not
 * code) on embed pages, else fetched from /chart-data/<id>.json, once per page and chart
 * (src/components/ChartData.astro).
 */
const fetched = new Map<string, Promise<unknown>>();
export function loadData(root: Element, chart: string): Promise<unknown> {
  const el = root.querySelector('script[data-chart-data]') ?? document.querySelector(`script[data-chart-data="${CSS.escape(chart)}"]`);
  if (el?.textContent) return Promise.resolve(JSON.parse(el.textContent));
  let p = fetched.get(chart);
  if (!p) {
    p = fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}chart-data/${encodeURIComponent(chart)}.json`).then((r) => {
      if (!r.ok) throw new Error(`chart data for "${chart}": HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    fetched.set(chart, p);
  }
  return p;
}
