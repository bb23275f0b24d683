/**
 * Enhances a server-rendered group-relations figure (src/components/Figure.astro):
 *   <figure data-network data-state='{"year":2023}' [data-network-sources="/sources/"]>
 *     <div class="chart-graphic"> <svg data-chart="network">…</svg> … </div>   (draw() output)
 *     <input type="range" min="2007" max="2025" data-network-year> <output data-network-year-output>
 *     <input type="checkbox" data-network-type="<tie group id>" checked> …
 *     <div data-network-panel hidden></div>   <p data-network-live aria-live="polite"></p>
 *   </figure>
 * and the chart's data ({"actors":[…],"relations":[…]}, loadData in chart-modules.ts). Without a
 * .chart-graphic wrapper the SVG is swapped in place. The diagram is redrawn at the container's width into a `.svg-live` box,
 * and again on year or type changes. Nodes become buttons: hover or focus highlights an actor's
 * ties; click, tap, Enter or Space opens its cited profile; Esc closes it and returns focus to
 * the node. Without this script the server's drawing and the data table stay as they are.
 * Started by src/scripts/figure.ts on chapter pages and by src/scripts/embed-page.ts on embeds.
 */
import { describe, draw, profile, type NetworkData } from '../charts/network.ts';
import { renderSvg } from '../charts/svg.ts';
import { loadData } from './chart-modules.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** `adopt`: keep the server's drawing on screen until the year, the types or the width change (see enhanceFigure). */
export function enhanceNetwork(figure: HTMLElement, data: NetworkData, { adopt = false } = {}): () => void {
  const q = <T extends Element>(sel: string) => figure.querySelector<T>(sel);
  const server = q<SVGSVGElement>('svg[data-chart="network"]');
  if (!data || !server || figure.dataset.networkReady) return () => {};
  figure.dataset.networkReady = '1';
  const state = JSON.parse(figure.dataset.state || '{}') as { year?: number; focus?: string };
  const slider = q<HTMLInputElement>('input[data-network-year]');
  const output = q('[data-network-year-output]') ?? q('output');
  const panel = q<HTMLElement>('[data-network-panel]');
  const live = q('[data-network-live]');
  const boxes = [...figure.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-network-type]')];
  const legend = server.dataset.legend !== 'false';
  const sources = figure.dataset.networkSources ?? '/sources/';
  const idPrefix = `${figure.id || 'network'}-live`;
  // The slider wins over the initial state: it was rendered with that year, and a reader may have
  // moved it before this ran (an embed loads this script on the first touch).
  let year = Number(slider?.value ?? state.year ?? 2025);
  let pinned: string | undefined;
  let width = 0;

  // The live drawing gets its own box; the server's drawings stay in the page, hidden by CSS
  // (with `adopt`, the one on screen moves into the box and is kept until something changes).
  const graphic = q<HTMLElement>('.chart-graphic');
  const box = document.createElement('div');
  box.className = 'svg-live';
  const shown = adopt && graphic ? [...graphic.querySelectorAll<SVGSVGElement>('svg[data-chart="network"]')].find((s) => s.getBoundingClientRect().width > 0) : undefined;
  if (graphic) {
    if (shown) { width = Math.round(graphic.clientWidth); box.append(shown); box.classList.add('is-adopted'); }
    graphic.append(box);
    graphic.classList.add('is-live');
  } else server.replaceWith(box);

  const types = () => (boxes.length ? boxes.filter((b) => b.checked).map((b) => b.dataset.networkType!) : undefined);
  const nodes = () => [...box.querySelectorAll<SVGGElement>('[data-actor]')];
  const nodeOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<SVGGElement>('[data-actor]') : null);
  const say = (text: string) => live && (live.textContent = text);

  /** Same classes as draw() gives for `focus`, toggled in place so hover never rebuilds the SVG. */
  function highlight(id = pinned ?? state.focus) {
    const near = new Set<string>();
    for (const t of box.querySelectorAll<SVGGElement>('[data-tie]')) {
      const on = !!id && (t.dataset.from === id || t.dataset.to === id);
      if (on) near.add(t.dataset.from!).add(t.dataset.to!);
      t.classList.toggle('tt-highlight', on);
      t.classList.toggle('tt-dim', !!id && !on);
    }
    for (const n of nodes()) {
      n.classList.toggle('tt-highlight', n.dataset.actor === id);
      n.classList.toggle('tt-dim', n.dataset.ties === '0' || (!!id && !near.has(n.dataset.actor!)));
    }
  }

  function render() {
    width = Math.round(box.clientWidth) || width;
    if (!width) return;
    box.innerHTML = renderSvg(draw(data, { width, state: { year, focus: pinned ?? state.focus, types: types() }, idPrefix, legend }).svg);
    box.classList.remove('is-adopted');
    decorate();
  }

  /** Nodes become buttons that open profiles; focus stays on the node it was on. */
  function decorate() {
    const had = nodeOf(document.activeElement)?.dataset.actor;
    box.firstElementChild!.setAttribute('role', 'group');
    for (const n of nodes()) {
      n.setAttribute('tabindex', '0');
      n.setAttribute('role', 'button');
      n.setAttribute('aria-label', n.dataset.label!);
      n.setAttribute('aria-expanded', String(n.dataset.actor === pinned));
      if (n.dataset.actor === had) n.focus();
    }
    if (pinned) fill(pinned);
  }

  function fill(id: string) {
    const p = profile(data, id, year);
    if (!p || !panel) return;
    const src = (s: string) => `<a href="${esc(sources)}#${esc(s)}">${esc(s)}</a>`;
    const list = (ties: typeof p.ties) =>
      `<ul>${ties.map((t) => `<li>${esc(t.text)}, ${esc(t.period)}${t.status === 'contested' ? ` <strong>(contested)</strong>: ${esc(t.evidence)}` : ''} (source: ${src(t.source)})</li>`).join('')}</ul>`;
    const now = p.ties.filter((t) => t.inForce);
    const other = p.ties.filter((t) => !t.inForce);
    panel.innerHTML =
      `<button type="button" data-network-close>Close<span class="visually-hidden"> profile of ${esc(p.short)}</span></button>` +
      `<h3>${esc(p.name)}</h3>` +
      (p.aliases.length ? `<p>Also called: ${esc(p.aliases.join(', '))}</p>` : '') +
      (p.founded ? `<p>Founded: ${esc(p.founded)}</p>` : '') +
      (p.leaders.length ? `<p>Leaders:</p><ul>${p.leaders.map((l) => `<li>${esc(l.name)}${l.period ? `, ${esc(l.period)}` : ''}${l.note ? ` (${esc(l.note)})` : ''}</li>`).join('')}</ul>` : '') +
      `<p>${esc(p.summary)} (source: ${src(p.source)})</p>` +
      `<h4>Ties in ${year}: ${now.length}</h4>${now.length ? list(now) : ''}` +
      (other.length ? `<h4>Ties in other years: ${other.length}</h4>${list(other)}` : '');
    panel.hidden = false;
    return p.name;
  }

  function open(id: string) {
    pinned = id;
    for (const n of nodes()) n.setAttribute('aria-expanded', String(n.dataset.actor === id));
    highlight(id);
    say(`Profile of ${fill(id) ?? id} shown below the diagram.`);
  }

  function close() {
    const id = pinned;
    if (!id || !panel) return;
    pinned = undefined;
    panel.hidden = true;
    panel.innerHTML = '';
    highlight();
    const node = nodes().find((n) => n.dataset.actor === id);
    node?.setAttribute('aria-expanded', 'false');
    node?.focus();
  }

  const update = () => {
    if (slider) year = Number(slider.value);
    if (output) output.textContent = String(year);
    render();
    say(describe(data, year, types()));
  };

  const offs: (() => void)[] = [];
  const on = (el: EventTarget, type: string, fn: (e: Event) => void) => {
    el.addEventListener(type, fn);
    offs.push(() => el.removeEventListener(type, fn));
  };
  on(figure, 'pointerover', (e) => { const n = nodeOf(e.target); if (n) highlight(n.dataset.actor); });
  on(figure, 'pointerout', (e) => { if (nodeOf(e.target) && nodeOf(e.target) !== nodeOf((e as PointerEvent).relatedTarget)) highlight(); });
  on(figure, 'focusin', (e) => { const n = nodeOf(e.target); if (n) highlight(n.dataset.actor); });
  on(figure, 'focusout', () => highlight());
  on(figure, 'click', (e) => {
    const n = nodeOf(e.target);
    if (n) open(n.dataset.actor!);
    else if (e.target instanceof Element && e.target.closest('[data-network-close]')) close();
  });
  on(figure, 'keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    const n = nodeOf(e.target);
    if (n && (k === 'Enter' || k === ' ')) { e.preventDefault(); open(n.dataset.actor!); }
    else if (k === 'Escape' && pinned) close();
  });
  if (slider) {
    slider.value = String(year);
    on(slider, 'input', update);
  }
  for (const b of boxes) on(b, 'change', update);
  const ro = new ResizeObserver(() => { if (Math.abs(Math.round(box.clientWidth) - width) > 1) render(); });
  ro.observe(box);
  if (shown) decorate(); else render();

  return () => {
    ro.disconnect();
    for (const off of offs) off();
    if (graphic) {
      box.remove();
      graphic.classList.remove('is-live');
    } else box.replaceWith(server);
    delete figure.dataset.networkReady;
  };
}

/** Load the network's data and enhance the figure; on failure the server's drawing stays. */
export function startNetwork(figure: HTMLElement, options: { adopt?: boolean } = {}): Promise<void> {
  return loadData(figure, 'network')
    .then((data) => { enhanceNetwork(figure, data as NetworkData, options); })
    .catch((err: unknown) => console.warn('network: keeping the server-rendered diagram', err));
}
