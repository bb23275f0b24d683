/**
 * Makes a server-rendered figure interactive: redraws the SVG at the container's width (so labels
 * stay legible), applies the figure's controls, and shows tooltips on hover and keyboard focus
 * (one tab stop per series, arrow keys between points, Esc closes). If anything fails, the
 * server-rendered chart stays as it is. Started by src/scripts/figure.ts on chapter pages and by
 * src/scripts/embed-page.ts on embed pages.
 */
import { enhanceOnce, type LoadedChart } from './chart-modules.ts';
import { controlState, showsServedState } from './controls.ts';
import { liveChart } from './live-chart.ts';

/** `adopt`: keep the server's drawing on screen until the width or the state changes (see live-chart.ts). */
export function enhanceFigure(figure: HTMLElement, chart: LoadedChart, data: unknown, { adopt = false } = {}): void {
  const holder = figure.querySelector<HTMLElement>('[data-figure-chart]')!;
  const graphic = holder.querySelector<HTMLElement>('.chart-graphic')!;
  const tooltip = holder.querySelector<HTMLElement>('[data-tooltip]')!;
  const live = figure.querySelector<HTMLElement>('[data-figure-live]');
  // The controls win over the initial state: a reader may have changed one before this ran (an
  // embed loads this script on the first touch), and a browser restores them on Back.
  let state: Record<string, unknown> = { ...JSON.parse(figure.dataset.state ?? '{}'), ...controlState(figure) };

  /** One tab stop per series (arrow keys move between its points). */
  function decorate(box: HTMLElement) {
    for (const series of box.querySelectorAll<SVGGElement>('.tt-series')) {
      series.setAttribute('tabindex', '0');
      series.setAttribute('role', 'group');
      series.setAttribute('aria-roledescription', 'data series');
    }
    hide();
  }
  const chartLive = liveChart(graphic, {
    adopt: adopt && showsServedState(figure),
    decorate,
    render: (width) => chart.draw(data, { width, state, idPrefix: `${figure.id}-live` }).svg,
  });
  const live$ = chartLive.box;

  function marks(series: Element) {
    return [...series.querySelectorAll<SVGElement>('[data-label]')];
  }

  function show(mark: SVGElement) {
    const svg = live$.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    const scale = box.width / (svg.viewBox.baseVal.width || box.width);
    const x = Number(mark.dataset.x) * scale;
    const y = Number(mark.dataset.y) * scale;
    tooltip.textContent = mark.dataset.label ?? '';
    tooltip.hidden = false;
    const tw = tooltip.offsetWidth;
    tooltip.style.left = `${Math.max(0, Math.min(x - tw / 2, box.width - tw))}px`;
    tooltip.style.top = `${Math.max(0, y - tooltip.offsetHeight - 10)}px`;
    for (const m of graphic.querySelectorAll('.is-current')) m.classList.remove('is-current');
    mark.classList.add('is-current');
  }
  function hide() {
    tooltip.hidden = true;
    for (const m of graphic.querySelectorAll('.is-current')) m.classList.remove('is-current');
  }

  const current = new WeakMap<Element, number>();
  const onKey = (e: KeyboardEvent) => {
    const series = (e.target as Element).closest?.('.tt-series');
    if (!series) return;
    if (e.key === 'Escape') {
      hide();
      return;
    }
    const list = marks(series);
    if (!list.length) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const i = Math.max(0, Math.min(list.length - 1, (current.get(series) ?? -1) + (Number.isFinite(step) ? step : step > 0 ? list.length : -list.length)));
    current.set(series, i);
    show(list[i]!);
    if (live) live.textContent = list[i]!.dataset.label ?? '';
  };
  const onFocus = (e: FocusEvent) => {
    const series = (e.target as Element).closest?.('.tt-series');
    if (!series) return;
    const list = marks(series);
    const i = current.get(series) ?? 0;
    current.set(series, i);
    if (list[i]) {
      show(list[i]!);
      if (live) live.textContent = `${series.getAttribute('aria-label') ?? ''}. ${list[i]!.dataset.label ?? ''}. Use arrow keys for other points.`;
    }
  };
  const onOver = (e: PointerEvent) => {
    const mark = (e.target as Element).closest?.<SVGElement>('[data-label]');
    if (mark) show(mark);
    else hide();
  };
  const onControl = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (!input.dataset.stateKey) return;
    state = { ...state, ...controlState(figure) };
    chartLive.draw();
    if (live) live.textContent = `Chart updated: ${input.parentElement?.textContent?.trim() ?? input.value}`;
  };

  live$.addEventListener('keydown', onKey);
  live$.addEventListener('focusin', onFocus);
  live$.addEventListener('focusout', hide);
  live$.addEventListener('pointermove', onOver);
  live$.addEventListener('pointerleave', hide);
  figure.addEventListener('change', onControl);
}

/** Enhance a figure once its chart's module and data are loaded (see enhanceOnce). */
export const startFigure = (figure: HTMLElement, options: { adopt?: boolean } = {}) =>
  enhanceOnce(figure, (chart, data) => enhanceFigure(figure, chart, data, options));
