/**
 * The one script of an embed page (/embed/<id>/); public/embed-init.js has already applied the
 * theme and the ?plain / ?static layout classes before first paint.
 *
 * 1. Chart state from the address (?year=2014, ?view=killed, ?metric=killed): the figure's
 *    controls marked `query` in the chart's registry entry (data-controls), read by the one
 *    parser of src/charts/state.ts (`queryState`). An unknown key, a repeated key or a value the
 *    control does not accept is ignored, and the chart keeps its documented default.
 * 2. The chart code loads only when it is needed: at once when the address asks for a state the
 *    server did not draw, otherwise on the reader's first move towards the chart (pointer, touch,
 *    focus or a key). Until then the server's drawing made for the frame's width is shown
 *    (src/lib/chart-html.ts), so an embed costs a few KB of script (README, Quality); after it,
 *    that drawing stays until the frame's width or the chart's state changes.
 *    With ?static the figure is never enhanced (no controls, tooltips or keyboard), but a
 *    requested state is still drawn, at the server's widths.
 * 3. Auto-height (src/scripts/embed-height.ts).
 */
import { startHeight } from './embed-height.ts';

const embed = document.querySelector<HTMLElement>('[data-embed]');
const figure = embed?.querySelector<HTMLElement>('figure');

/**
 * Enhance the figure with the enhancer its registry entry names (data-enhancer). With `adopt`,
 * the server's drawing on screen is kept until the width or the state changes, so the first
 * touch never changes the chart's height (nor the host page's layout).
 */
function enhance(figure: HTMLElement, adopt: boolean): Promise<void> {
  return figure.dataset.enhancer === 'graph'
    ? import('./graph-enhance.ts').then(({ startGraph }) => startGraph(figure, { adopt }))
    : import('./figure-enhance.ts').then(({ startFigure }) => startFigure(figure, { adopt }));
}

/** ?static with a requested state: redraw each of the server's drawings, at its width, in that state. */
function redrawStatic(chart: string, figure: HTMLElement, state: Record<string, unknown>): Promise<void> {
  return Promise.all([import('./chart-modules.ts'), import('../charts/svg.ts')]).then(([{ loadChart, loadData }, { renderSvg }]) =>
    Promise.all([loadChart(chart), loadData(figure, chart)]).then(([mod, data]) => {
      for (const holder of figure.querySelectorAll<HTMLElement>('.svg-at, .svg-narrow, .svg-wide')) {
        const width = Number(holder.dataset.width ?? holder.querySelector('svg')?.getAttribute('width')) || 640;
        holder.innerHTML = renderSvg(mod.draw(data, { width, state, idPrefix: `${figure.id}-q${width}` }).svg);
      }
    }),
  );
}

function start(chart: string, figure: HTMLElement, state: Record<string, unknown>) {
  const wanted = Object.keys(state).length > 0;
  const isStatic = document.documentElement.classList.contains('embed-static');
  const initial: Record<string, unknown> = JSON.parse(figure.dataset.state || '{}');
  if (wanted) figure.dataset.state = JSON.stringify({ ...initial, ...state });
  const failed = (err: unknown) => console.warn('embed: keeping the server-rendered chart', err);

  if (isStatic) {
    if (wanted) redrawStatic(chart, figure, { ...initial, ...state }).catch(failed);
  } else if (wanted) {
    enhance(figure, false).catch(failed);
  } else {
    const intents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
    const go = () => {
      for (const t of intents) removeEventListener(t, go, true);
      enhance(figure, true).catch(failed);
    };
    for (const t of intents) addEventListener(t, go, { capture: true, passive: true });
  }
}

if (embed && figure) {
  const chart = embed.dataset.embed ?? '';
  const params = new URLSearchParams(location.search);
  // Only an address with parameters needs the state parser (src/charts/state.ts, a small chunk).
  const asked = location.search.length > 1 ? import('./controls.ts').then(({ addressState }) => addressState(figure, params)) : Promise.resolve({});
  asked.catch(() => ({})).then((state) => start(chart, figure, state));
}

startHeight();
