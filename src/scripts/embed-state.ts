/**
 * Embed pages only, and before the figure's own script (module scripts run in document order):
 * applies the chart state asked for in the address (?year=2014, ?view=killed, ?metric=killed) and
 * the ?static option (public/embed-init.js has already set the theme and layout classes).
 *
 * Which parameters a chart reads comes from the registry's `stateFromQuery` (the page lists them
 * in data-query-keys); which values are valid comes from the figure's own controls, rendered on
 * the server from the same chart module: a radio button with that value, or a number within the
 * range slider's bounds. Anything else is ignored and the default chart stays.
 *  - interactive (default): the controls are set and the figure script draws that state;
 *  - static: the figure is not enhanced (no controls, tooltips or keyboard), but a requested state
 *    is still drawn, at the same two widths as the server's drawing.
 */
import { loadChart, readData } from './chart-modules.ts';
import { renderSvg } from '../charts/svg.ts';

const embed = document.querySelector<HTMLElement>('[data-embed]');
const figure = embed?.querySelector<HTMLElement>('figure');

if (embed && figure) {
  const chart = embed.dataset.embed ?? '';
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

  const wanted = Object.keys(state).length > 0;
  const isStatic = document.documentElement.classList.contains('embed-static');
  if (wanted) figure.dataset.state = JSON.stringify({ ...(JSON.parse(figure.dataset.state || '{}') as object), ...state });
  if (isStatic) {
    // The figure scripts look for these attributes: without them they leave the figure alone.
    figure.removeAttribute('data-figure');
    figure.removeAttribute('data-network');
  }

  /** Redraw the server's two drawings (narrow and wide) in the requested state. */
  const redraw = () =>
    loadChart(chart).then((mod) => {
      const data = readData(figure);
      for (const holder of figure.querySelectorAll<HTMLElement>('.svg-narrow, .svg-wide')) {
        const width = Number(holder.querySelector('svg')?.getAttribute('width')) || holder.clientWidth || 640;
        holder.innerHTML = renderSvg(mod.draw(data, { width, state, idPrefix: `${figure.id}-q${width}` }).svg);
      }
      document.dispatchEvent(new CustomEvent('tt-embed-redrawn'));
    }).catch((err: unknown) => console.warn('embed: keeping the default chart', err));

  if (wanted && isStatic) void redraw();
  else if (wanted) {
    // Should the figure script not take over (it failed, or the chart has none), draw it here.
    addEventListener('load', () => setTimeout(() => {
      if (!figure.querySelector('.is-live') && !figure.dataset.networkReady) void redraw();
    }, 100));
  }
}
