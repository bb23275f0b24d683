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
const draws = import.meta.glob<LoadedChart['draw']>(
  ['../charts/*.ts', '!../charts/{frame,geo,path,points,scale,svg,state}.ts', '!../charts/{registry,palette}.ts'],
  {
    import: 'draw',
  },
);
const profiles = import.meta.glob<LoadedChart['profile']>(
  ['../charts/*.ts', '!../charts/{frame,geo,path,points,scale,svg,state}.ts', '!../charts/{registry,palette}.ts'],
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
 * code) on embed pages, else fetched from /chart-data/<id>.json (/ur/chart-data/<id>.json on Urdu
 * pages), once per page and chart
 * (src/components/ChartData.astro). A failed fetch is tried once more; if that fails too, it is
 * forgotten, so that the next figure of the chart (or a later scroll) asks again.
 */
const fetched = new Map<string, Promise<unknown>>();
const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Fetch JSON once per page and URL; a failure is tried once more, then forgotten (asked again later). */
function fetchOnce(url: string): Promise<unknown> {
  let p = fetched.get(url);
  if (!p) {
    const get = () =>
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.text();
      });
    p = get()
      .catch(get)
      .then((text) => withShared(text));
    p.catch(() => fetched.delete(url));
    fetched.set(url, p);
  }
  return p;
}

/**
 * Parse chart data and put back its shared parts: `{ "$shared": name }` stands for
 * /chart-data/shared/<name>.json (src/data/shared-assets.ts), fetched once for every chart.
 */
async function withShared(text: string): Promise<unknown> {
  const refs: [Record<string, unknown>, string, string][] = [];
  const data: unknown = JSON.parse(text, function (this: Record<string, unknown>, key, value: unknown) {
    const name = value && typeof value === 'object' && (value as { $shared?: unknown }).$shared;
    if (typeof name === 'string' && /^[a-z0-9-]+$/.test(name)) refs.push([this, key, name]);
    return value;
  });
  await Promise.all(
    refs.map(async ([holder, key, name]) => {
      holder[key] = await fetchOnce(`${base()}chart-data/shared/${name}.json`);
    }),
  );
  return data;
}

export function loadData(root: Element, chart: string): Promise<unknown> {
  const el = root.querySelector('script[data-chart-data]') ?? document.querySelector(`script[data-chart-data="${CSS.escape(chart)}"]`);
  if (el?.textContent) return withShared(el.textContent);
  // Urdu pages fetch the Urdu copy (the same rows with their drawn names in Urdu); its shared
  // parts (map geometry, which has no language) are the same /chart-data/shared/ files.
  return fetchOnce(`${base()}${pageLang() === 'ur' ? 'ur/' : ''}chart-data/${encodeURIComponent(chart)}.json`);
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
