/**
 * The one script of an embed page (/embed/<id>/); public/embed-init.js has already applied the
 * theme and the ?plain / ?static layout classes before first paint.
 *
 * 1. Chart state from the address (?year=2014, ?view=killed, ?metric=killed): which parameters a
 *    chart reads comes from the registry's `stateFromQuery` (the page lists them in
 *    data-query-keys); which values are valid comes from the figure's own controls, rendered on
 *    the server from the same chart module: a radio button with that value, or a number within
 *    the range slider's bounds. Anything else is ignored and the default chart stays.
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

/** Read the chart state asked for in the address, set the matching controls, and return it. */
function queryState(embed: HTMLElement, figure: HTMLElement): Record<string, string | number> {
  const query = new URLSearchParams(location.search);
  const state: Record<string, string | number> = {};
  const inputs = [...figure.querySelectorAll<HTMLInputElement>('input')];
  for (const key of (embed.dataset.queryKeys ?? '').split(' ').filter(Boolean)) {
    const raw = query.get(key);
    if (raw === null) continue;
    const radio = inputs.find((i) => i.type === 'radio' && i.dataset.stateKey === key && i.value === raw);
    if (radio) {
      radio.checked = true;
      state[key] = raw;
      continue;
    }
    const range = inputs.find((i) => i.type === 'range' && i.id.endsWith(`-${key}`));
    const n = Number(raw);
    if (range && /^\d{1,6}$/.test(raw) && n >= Number(range.min) && n <= Number(range.max)) {
      range.value = raw;
      const output = [...figure.querySelectorAll('output')].find((o) => o.htmlFor.contains(range.id));
      if (output) output.textContent = raw;
      state[key] = n;
    }
  }
  return state;
}

/**
 * Enhance the figure: the network has its own script, every other chart the shared one. With
 * `adopt`, the server's drawing on screen is kept until the width or the state changes, so the
 * first touch never changes the chart's height (nor the host page's layout).
 */
function enhance(chart: string, figure: HTMLElement, adopt: boolean): Promise<void> {
  return chart === 'network'
    ? import('./network-enhance.ts').then(({ startNetwork }) => startNetwork(figure, { adopt }))
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
    }));
}

if (embed && figure) {
  const chart = embed.dataset.embed ?? '';
  const state = queryState(embed, figure);
  const wanted = Object.keys(state).length > 0;
  const isStatic = document.documentElement.classList.contains('embed-static');
  if (wanted) figure.dataset.state = JSON.stringify({ ...(JSON.parse(figure.dataset.state || '{}') as object), ...state });
  const failed = (err: unknown) => console.warn('embed: keeping the server-rendered chart', err);

  if (isStatic) {
    if (wanted) redrawStatic(chart, figure, JSON.parse(figure.dataset.state!) as Record<string, unknown>).catch(failed);
  } else if (wanted) {
    enhance(chart, figure, false).catch(failed);
  } else {
    const intents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
    const go = () => {
      for (const t of intents) removeEventListener(t, go, true);
      enhance(chart, figure, true).catch(failed);
    };
    for (const t of intents) addEventListener(t, go, { capture: true, passive: true });
  }
}

startHeight();
