/**
 * Browser-side access to a chart's module and data. Modules: one lazily loaded chunk per chart,
 * so a page downloads only the drawing code of the charts it shows. A chart's module is
 * src/charts/<id>.ts (the registry's id is its file name), so the browser needs no list of its
 * own: Vite turns the pattern below into one dynamic import per file.
 */
import type { Drawn, GraphProfile } from '../charts/registry.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * The language charts on this page speak: the document's (`<html lang="ur">` on Urdu pages and
 * Urdu embeds). Every redraw and every data file follows it, so a figure, a scrolly or an embed
 * on an Urdu page redraws in Urdu without being told.
 */
export const pageLang = (): Lang => (document.documentElement.lang.toLowerCase().startsWith('ur') ? 'ur' : 'en');

/** What the browser calls on a chart module (the registry checks each module against ChartModule, and a graph's against GraphModule). */
export interface LoadedChart {
  draw(data: unknown, opts: { width: number; height?: number; state?: unknown; idPrefix?: string; lang?: Lang }): Drawn;
  profile?(data: unknown, id: string, year?: number, lang?: Lang): GraphProfile | null;
}

// Every file of src/charts but the shared helpers (which chart modules import themselves) and
// the build-time ones (the registry, the export palette). Only the exports the browser calls are
// imported, so the rest of a module (its table and long description) stays out of its chunk.
const draws = import.meta.glob<LoadedChart['draw']>(['../charts/*.ts', '!../charts/{frame,geo,path,scale,svg,state}.ts', '!../charts/{registry,palette}.ts'], {
  import: 'draw',
});
const profiles = import.meta.glob<LoadedChart['profile']>(
  ['../charts/*.ts', '!../charts/{frame,geo,path,scale,svg,state}.ts', '!../charts/{registry,palette}.ts'],
  { import: 'profile' },
);

export function loadChart(id: string): Promise<LoadedChart> {
  const file = `../charts/${id}.ts`;
  const draw = draws[file];
  const profile = profiles[file];
  if (!draw || !profile) return Promise.reject(new Error(`unknown chart "${id}"`));
  const lang = pageLang();
  if (lang === 'en') return Promise.all([draw(), profile()]).then(([d, p]) => ({ draw: d, profile: p }));
  return Promise.all([draw(), profile()]).then(([d, p]) => ({
    draw: (data, opts) => d(data, { ...opts, lang }),
    profile: p && ((data, id, year) => p(data, id, year, lang)),
  }));
}

/**
 * A chart's data: embedded by the server as JSON (script type="application/json" is data, not
 * code) on embed pages, else fetched from /chart-data/<id>.json, once per page and chart
 * (src/components/ChartData.astro). A failed fetch is tried once more; if that fails too, it is
 * forgotten, so that the next figure of the chart (or a later scroll) asks again.
 */
const fetched = new Map<string, Promise<unknown>>();
export function loadData(root: Element, chart: string): Promise<unknown> {
  const el = root.querySelector('script[data-chart-data]') ?? document.querySelector(`script[data-chart-data="${CSS.escape(chart)}"]`);
  if (el?.textContent) return Promise.resolve(JSON.parse(el.textContent));
  let p = fetched.get(chart);
  if (!p) {
    // Urdu pages fetch the Urdu copy (the same rows with their drawn names in Urdu).
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${pageLang() === 'ur' ? 'ur/' : ''}chart-data/${encodeURIComponent(chart)}.json`;
    const get = () =>
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`chart data for "${chart}": HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      });
    p = get().catch(get);
    p.catch(() => fetched.delete(chart));
    fetched.set(chart, p);
  }
  return p;
}

const started = new WeakSet<Element>();
/**
 * Load a figure's chart module and data, then enhance it, once, in a task of its own (several
 * figures never make one long task). On failure the server's drawing stays.
 */
export function enhanceOnce(figure: HTMLElement, enhance: (chart: LoadedChart, data: unknown) => void): Promise<void> {
  if (started.has(figure)) return Promise.resolve();
  started.add(figure);
  const id = figure.dataset.figure ?? '';
  return Promise.all([loadChart(id), loadData(figure, id)])
    .then(
      ([chart, data]) =>
        new Promise<void>((done, fail) =>
          setTimeout(() => {
            try {
              enhance(chart, data);
              done();
            } catch (err) {
              fail(err);
            }
          }),
        ),
    )
    .catch((err: unknown) => console.warn(`${id}: keeping the server-rendered chart`, err));
}
