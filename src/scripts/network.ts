/**
 * Enhances a server-rendered group-relations figure:
 *   <figure data-network [data-network-sources="/sources/"]>
 *     <svg data-chart="network">…</svg>           (from draw() in src/charts/network.ts)
 *     <input type="range" min="2007" max="2025" data-network-year> <output>2025</output>
 *     <input type="checkbox" data-network-type="<tie group id>" checked> …
 *     <div data-network-panel hidden></div>
 *     <p data-network-live aria-live="polite"></p>
 *     <script type="application/json" data-network-data>{"actors":[…],"relations":[…]}</script>
 *   </figure>
 * Year and type changes redraw the SVG at the figure's width; nodes become buttons that
 * highlight their ties on hover or focus and open a cited profile on click, tap, Enter or Space.
 * Esc closes the profile and returns focus to the node. Without this script the figure still
 * shows the server's drawing and the data table.
 */
import { describe, draw, profile, type NetworkData } from '../charts/network.ts';
import { renderSvg } from '../charts/svg.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function enhanceNetwork(figure: HTMLElement): () => void {
  const json = figure.querySelector('script[data-network-data]')?.textContent;
  let svg = figure.querySelector<SVGSVGElement>('svg[data-chart="network"]');
  if (!json || !svg || figure.dataset.networkReady) return () => {};
  figure.dataset.networkReady = '1';
  const data = JSON.parse(json) as NetworkData;
  const q = <T extends Element>(sel: string) => figure.querySelector<T>(sel);
  const slider = q<HTMLInputElement>('input[data-network-year]');
  const output = q<HTMLOutputElement>('output');
  const panel = q<HTMLElement>('[data-network-panel]');
  const live = q<HTMLElement>('[data-network-live]');
  const boxes = [...figure.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-network-type]')];
  const idPrefix = svg.dataset.idPrefix ?? 'network';
  const legend = svg.dataset.legend !== 'false';
  const sources = figure.dataset.networkSources ?? '/sources/';
  let year = Number(slider?.value || svg.dataset.year || 2025);
  let pinned: string | undefined;
  let width = 0;

  const types = () => (boxes.length ? boxes.filter((b) => b.checked).map((b) => b.dataset.networkType!) : undefined);
  const nodes = () => [...svg!.querySelectorAll<SVGGElement>('[data-actor]')];
  const nodeOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<SVGGElement>('[data-actor]') : null);
  const say = (text: string) => live && (live.textContent = text);

  /** Same classes as draw() gives for `focus`, toggled in place so hover never rebuilds the SVG. */
  function highlight(id = pinned) {
    const near = new Set<string>();
    for (const t of svg!.querySelectorAll<SVGGElement>('[data-tie]')) {
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
    width = figure.clientWidth || width;
    const had = nodeOf(document.activeElement)?.dataset.actor;
    const holder = document.createElement('div');
    holder.innerHTML = renderSvg(draw(data, { width, state: { year, focus: pinned, types: types() }, idPrefix, legend }).svg);
    const next = holder.firstElementChild as SVGSVGElement;
    svg!.replaceWith(next);
    svg = next;
    svg.setAttribute('role', 'group');
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
  }

  function open(id: string) {
    pinned = id;
    for (const n of nodes()) n.setAttribute('aria-expanded', String(n.dataset.actor === id));
    highlight(id);
    fill(id);
    say(`Profile of ${profile(data, id, year)?.name ?? id} shown below the diagram.`);
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

  const on = (el: EventTarget, type: string, fn: (e: Event) => void) => {
    el.addEventListener(type, fn);
    offs.push(() => el.removeEventListener(type, fn));
  };
  const offs: (() => void)[] = [];
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
  if (slider) on(slider, 'input', update);
  for (const b of boxes) on(b, 'change', update);
  const ro = new ResizeObserver(() => { if (figure.clientWidth && Math.abs(figure.clientWidth - width) > 1) render(); });
  ro.observe(figure);
  render();

  return () => {
    ro.disconnect();
    for (const off of offs) off();
    delete figure.dataset.networkReady;
  };
}

if (typeof document !== 'undefined') for (const f of document.querySelectorAll<HTMLElement>('[data-network]')) enhanceNetwork(f);
