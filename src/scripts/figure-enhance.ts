/**
 * Makes a server-rendered figure interactive: redraws the SVG at the container's width (so labels
 * stay legible), applies the figure's controls, and shows tooltips on hover and keyboard focus
 * (one tab stop per series, arrow keys between points, Esc closes). If anything fails, the
 * server-rendered chart stays as it is. Started by src/scripts/figure.ts on chapter pages and by
 * src/scripts/embed-page.ts on embed pages.
 */
import { loadChart, loadData, type ChartModule } from './chart-modules.ts';
import { renderSvg } from '../charts/svg.ts';

/**
 * `adopt`: keep the server's drawing that is on screen (moved into the live box and scaled to
 * it) instead of redrawing at once; the chart is redrawn at the exact width only when its width
 * or its state changes. Embed pages use it, so that the first touch, which loads this script,
 * never changes the chart's height under the reader (nor the host page's layout).
 */
export function enhanceFigure(figure: HTMLElement, chart: ChartModule, data: unknown, { adopt = false } = {}): () => void {
  const holder = figure.querySelector<HTMLElement>('[data-figure-chart]')!;
  const graphic = holder.querySelector<HTMLElement>('.chart-graphic')!;
  const tooltip = holder.querySelector<HTMLElement>('[data-tooltip]')!;
  const live = figure.querySelector<HTMLElement>('[data-figure-live]');
  const state: Record<string, unknown> = JSON.parse(figure.dataset.state ?? '{}');
  // The controls win over the initial state: a reader may have changed one before this ran (an
  // embed loads this script on the first touch), and a browser restores them on Back.
  const keys = new Set([...figure.querySelectorAll<HTMLInputElement>('input[data-state-key]')].map((i) => i.dataset.stateKey!));
  for (const key of keys) readControl(key);
  function readControl(key: string) {
    const inputs = [...figure.querySelectorAll<HTMLInputElement>(`input[data-state-key="${key}"]`)];
    if (inputs[0]?.type === 'checkbox') state[key] = inputs.filter((i) => i.checked).map((i) => i.value);
    else { const on = inputs.find((i) => i.checked); if (on) state[key] = on.value; }
  }
  const live$ = document.createElement('div');
  live$.className = 'svg-live';
  let width = 0;

  function draw() {
    width = Math.round(graphic.clientWidth);
    if (!width) return;
    live$.innerHTML = renderSvg(chart.draw(data, { width, state, idPrefix: `${figure.id}-live` }).svg);
    live$.classList.remove('is-adopted');
    decorate();
  }

  /** One tab stop per series (arrow keys move between its points). */
  function decorate() {
    for (const series of live$.querySelectorAll<SVGGElement>('.tt-series')) {
      series.setAttribute('tabindex', '0');
      series.setAttribute('role', 'group');
      series.setAttribute('aria-roledescription', 'data series');
    }
    hide();
  }

  /** Move the server's visible drawing into the live box; false if there is none to adopt. */
  function adoptShown(): boolean {
    const shown = [...graphic.querySelectorAll<SVGSVGElement>('.svg-at > svg, .svg-narrow > svg, .svg-wide > svg')].find((s) => s.getBoundingClientRect().width > 0);
    if (!shown) return false;
    width = Math.round(graphic.clientWidth);
    live$.append(shown);
    live$.classList.add('is-adopted');
    decorate();
    return true;
  }

  function marks(series: Element) { return [...series.querySelectorAll<SVGElement>('[data-label]')]; }

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
    live$.querySelectorAll('.is-current').forEach((m) => m.classList.remove('is-current'));
    mark.classList.add('is-current');
  }
  function hide() {
    tooltip.hidden = true;
    live$.querySelectorAll('.is-current').forEach((m) => m.classList.remove('is-current'));
  }

  const current = new WeakMap<Element, number>();
  const onKey = (e: KeyboardEvent) => {
    const series = (e.target as Element).closest?.('.tt-series');
    if (!series) return;
    if (e.key === 'Escape') { hide(); return; }
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
    if (list[i]) { show(list[i]!); if (live) live.textContent = `${series.getAttribute('aria-label') ?? ''}. ${list[i]!.dataset.label ?? ''}. Use arrow keys for other points.`; }
  };
  const onOver = (e: PointerEvent) => {
    const mark = (e.target as Element).closest?.<SVGElement>('[data-label]');
    if (mark) show(mark); else hide();
  };
  const onControl = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const key = input.dataset.stateKey;
    if (!key) return;
    readControl(key);
    draw();
    if (live) live.textContent = `Chart updated: ${input.parentElement?.textContent?.trim() ?? input.value}`;
  };

  live$.addEventListener('keydown', onKey);
  live$.addEventListener('focusin', onFocus);
  live$.addEventListener('focusout', hide);
  live$.addEventListener('pointermove', onOver);
  live$.addEventListener('pointerleave', hide);
  figure.addEventListener('change', onControl);
  const resize = new ResizeObserver(() => { if (Math.round(graphic.clientWidth) !== width) draw(); });
  // Adopt before the live box is shown (the server's drawing is measured where it stands).
  const adopted = adopt && adoptShown();
  graphic.append(live$);
  graphic.classList.add('is-live');
  resize.observe(graphic);
  if (!adopted) draw();

  return () => {
    resize.disconnect();
    figure.removeEventListener('change', onControl);
    live$.remove();
    graphic.classList.remove('is-live');
  };
}

const enhanced = new WeakSet<HTMLElement>();
/** Load the figure's chart module and enhance it, once; on failure the server's chart stays. */
export function startFigure(figure: HTMLElement, options: { adopt?: boolean } = {}): Promise<void> {
  if (enhanced.has(figure)) return Promise.resolve();
  enhanced.add(figure);
  const id = figure.dataset.figure ?? '';
  return Promise.all([loadChart(id), loadData(figure, id)])
    // Each figure in a task of its own, so several figures never make one long task.
    .then(([mod, data]) => new Promise<void>((done) => setTimeout(() => { enhanceFigure(figure, mod, data, options); done(); })))
    .catch((err: unknown) => console.warn('figure: keeping the server-rendered chart', err));
}
