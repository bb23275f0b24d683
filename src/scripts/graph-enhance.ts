/**
 * Enhances a server-rendered figure of a chart whose registry entry says `enhancer: 'graph'`
 * (src/components/Figure.astro): nodes (`[data-actor]`) joined by ties (`[data-tie]`), a state of
 * { year, focus, types }, and a module that can profile a node
 * (GraphModule in src/charts/registry.ts); its drawing's <desc> says what a year shows. The figure's controls (a year slider, type check boxes)
 * redraw it at the graphic's width (src/scripts/live-chart.ts). Nodes become buttons: hover or
 * focus highlights a node's ties; click, tap, Enter or Space opens focus mode (only that node's
 * ties, the rest faded) and its cited profile in the figure's `[data-graph-panel]`; the same
 * again, or Esc, clears it and returns focus to the node. Without this
 * script the server's drawing and the data table stay as they are. Started by
 * src/scripts/figure.ts on chapter pages and by src/scripts/embed-page.ts on embeds.
 */
import type { GraphState } from '../charts/registry.ts';
import { fill as fillIn, msg } from '../i18n/client.ts';
import { enhanceOnce, pageLang, type LoadedChart } from './chart-modules.ts';
import { controlState, showsServedState } from './controls.ts';
import { liveChart } from './live-chart.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** `adopt`: keep the server's drawing on screen until the year, the types or the width change (see live-chart.ts). */
export function enhanceGraph(figure: HTMLElement, chart: LoadedChart, data: unknown, { adopt = false } = {}): void {
  const { profile } = chart;
  const graphic = figure.querySelector<HTMLElement>('.chart-graphic');
  if (!profile || !graphic) throw new Error('graph: the module has no profile(), or the figure no graphic');
  const panel = figure.querySelector<HTMLElement>('[data-graph-panel]');
  const live = figure.querySelector('[data-figure-live]');
  const sources = figure.dataset.sources ?? '/sources/';
  const idPrefix = `${figure.id}-live`;
  // The controls win over the initial state: they were rendered with it, and a reader may have
  // moved one before this ran (an embed loads this script on the first touch).
  const initial: GraphState = JSON.parse(figure.dataset.state || '{}');
  const read = (): GraphState => {
    const s = controlState(figure);
    return { year: typeof s.year === 'number' ? s.year : initial.year, types: Array.isArray(s.types) ? s.types : initial.types };
  };
  let { year, types } = read();
  let pinned: string | undefined;

  // The box of the live drawing (src/scripts/live-chart.ts), known once the first drawing is in place.
  let box: HTMLElement = graphic;
  const nodes = () => [...box.querySelectorAll<SVGGElement>('[data-actor]')];
  const nodeOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<SVGGElement>('[data-actor]') : null);
  const say = (text: string) => {
    if (live) live.textContent = text;
  };

  /** Same classes as draw() gives for `focus`, toggled in place so hover never rebuilds the SVG. */
  function highlight(id = pinned ?? initial.focus) {
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

  /** Nodes become buttons that open profiles; focus stays on the node it was on. */
  function decorate(drawn: HTMLElement) {
    box = drawn;
    const had = nodeOf(document.activeElement)?.dataset.actor;
    box.firstElementChild?.setAttribute('role', 'group');
    for (const n of nodes()) {
      n.setAttribute('tabindex', '0');
      n.setAttribute('role', 'button');
      n.setAttribute('aria-label', n.dataset.label!);
      n.setAttribute('aria-expanded', String(n.dataset.actor === pinned));
      if (n.dataset.actor === had) n.focus();
    }
    if (pinned) fill(pinned);
  }

  // On an Urdu page the profile's data comes in Urdu (/ur/chart-data/network.json, through actorUr
  // in src/i18n/chart-data.ts): names, summary, founding note, leaders' names and notes. Only the
  // aliases (the Latin spellings of English sources) and the outlets' names stay as published, and
  // are marked as English so the reader's software reads them as such.
  const urdu = pageLang() !== 'en';
  const eng = (s: string) => (urdu ? `<span lang="en" dir="ltr">${esc(s)}</span>` : esc(s));
  const comma = urdu ? '، ' : ', ';

  function fill(id: string) {
    const p = profile!(data, id, year);
    if (!p || !panel) return;
    const cited = (id: string, outlet: string) =>
      `(${esc(msg.source)}: <a href="${esc(sources)}#${esc(id)}"${urdu ? ' lang="en" dir="ltr"' : ''}>${esc(outlet)}</a>)`;
    const list = (ties: typeof p.ties) =>
      `<ul>${ties.map((t) => `<li>${esc(t.text)}${comma}${esc(t.period)}${t.status === 'contested' ? ` <strong>(${esc(msg.contested)})</strong>: ${esc(t.evidence)}` : ''} ${cited(t.source, t.sourceName)}</li>`).join('')}</ul>`;
    const now = p.ties.filter((t) => t.inForce);
    const other = p.ties.filter((t) => !t.inForce);
    const founded = [p.founded ? esc(p.founded) : '', p.foundedNote ? esc(p.foundedNote) : ''].filter(Boolean).join(comma);
    panel.innerHTML =
      `<button type="button" data-graph-close>${esc(msg.profileClose)}<span class="visually-hidden"> ${esc(fillIn(msg.profileOf, { name: p.short }))}</span></button>` +
      `<h3>${esc(p.name)}</h3>` +
      (p.aliases.length ? `<p>${fillIn(esc(msg.alsoCalled), { names: eng(p.aliases.join(', ')) })}</p>` : '') +
      (founded ? `<p>${fillIn(esc(msg.founded), { when: founded })}</p>` : '') +
      (p.leaders.length
        ? `<p>${esc(msg.leaders)}</p><ul>${p.leaders.map((l) => `<li>${esc(l.name)}${l.period ? `${comma}${esc(l.period)}` : ''}${l.note ? ` (${esc(l.note)})` : ''}</li>`).join('')}</ul>`
        : '') +
      `<p>${esc(p.summary)} ${cited(p.source, p.sourceName)}</p>` +
      `<h4>${esc(fillIn(msg.tiesIn, { year: String(year), n: now.length }))}</h4>${now.length ? list(now) : ''}` +
      (other.length ? `<h4>${esc(fillIn(msg.tiesOther, { n: other.length }))}</h4>${list(other)}` : '');
    panel.hidden = false;
    return p.name;
  }

  function open(id: string) {
    pinned = id;
    for (const n of nodes()) n.setAttribute('aria-expanded', String(n.dataset.actor === id));
    highlight(id);
    say(fillIn(msg.profileShown, { name: fill(id) ?? id }));
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

  const toggle = (id: string) => (pinned === id ? close() : open(id));

  const view = liveChart(graphic, {
    adopt: adopt && showsServedState(figure),
    decorate,
    render: (width) => chart.draw(data, { width, state: { year, focus: pinned ?? initial.focus, types }, idPrefix }).svg,
  });
  const update = () => {
    ({ year, types } = read());
    const output = figure.querySelector('output[data-state-output="year"]');
    if (output) output.textContent = String(year);
    view.draw();
    // The drawing's own description: the ties in force in that year.
    say(box.querySelector('desc')?.textContent ?? '');
  };

  const on = (type: string, fn: (e: Event) => void) => figure.addEventListener(type, fn);
  on('pointerover', (e) => {
    const n = nodeOf(e.target);
    if (n) highlight(n.dataset.actor);
  });
  on('pointerout', (e) => {
    if (nodeOf(e.target) && nodeOf(e.target) !== nodeOf((e as PointerEvent).relatedTarget)) highlight();
  });
  on('focusin', (e) => {
    const n = nodeOf(e.target);
    if (n) highlight(n.dataset.actor);
  });
  on('focusout', () => highlight());
  on('click', (e) => {
    const n = nodeOf(e.target);
    // Focus mode: a tap shows only this node's ties (the rest fade); a second tap clears it.
    if (n) toggle(n.dataset.actor!);
    else if (e.target instanceof Element && e.target.closest('[data-graph-close]')) close();
  });
  on('keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    const n = nodeOf(e.target);
    if (n && (k === 'Enter' || k === ' ')) {
      e.preventDefault();
      toggle(n.dataset.actor!);
    } else if (k === 'Escape' && pinned) close();
  });
  on('input', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.dataset.stateKey) update();
  });
}

/** Enhance a graph figure once its chart's module and data are loaded (see enhanceOnce). */
export const startGraph = (figure: HTMLElement, options: { adopt?: boolean } = {}) =>
  enhanceOnce(figure, (chart, data) => enhanceGraph(figure, chart, data, options));
