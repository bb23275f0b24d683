/**
 * Embed pages only (started by src/scripts/embed-page.ts): tells the host page how tall the embed is, so its iframe fits exactly.
 *  - Measures the content wrapper ([data-embed]), never <body> (whose min-height would follow
 *    the iframe and never let it shrink), with a ResizeObserver, once fonts have loaded and on
 *    every change after (a redrawn chart, an opened data table, a profile panel, a new width),
 *    measured a frame later so that one change posts one height.
 *  - Posts the height in two formats: `{"twin-threats-height": {"<chart-id>": px}}` (read by
 *    public/embed.js) and, when pym.js's Parent opened the page (it adds ?childId=…), pym's
 *    string `pymxPYMx<childId>xPYMxheightxPYMx<px>`.
 *  - Listens to its parent only: `{"twin-threats-theme": "light"|"dark"|"auto"}` switches the
 *    theme; `"twin-threats-hello"` (sent by public/embed.js when it starts, which may be after this
 *    page first posted: the host loads it async) and pym's `width` message ask for the height again.
 * The height cannot feed back into itself: nothing in the embed is sized from the viewport height.
 */
const root = document.documentElement;
const wrapper = document.querySelector<HTMLElement>('[data-embed]');
const chart = wrapper?.dataset.embed ?? '';
const pymId = new URLSearchParams(location.search).get('childId');
const PYM = 'xPYMx';
let last = -1;

function height(): number {
  if (!wrapper) return 0;
  return Math.ceil(wrapper.getBoundingClientRect().bottom + window.scrollY);
}

function post(force = false) {
  const px = height();
  if (!px || window.parent === window || (!force && px === last)) return;
  last = px;
  window.parent.postMessage({ 'twin-threats-height': { [chart]: px } }, '*');
  if (pymId) window.parent.postMessage(['pym', pymId, 'height', String(px)].join(PYM), '*');
}

function setTheme(theme: unknown) {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else if (theme === 'auto') delete root.dataset.theme;
}

/** Post the height now and whenever it changes; answer the host's theme and pym width messages. */
export function startHeight() {
  if (!wrapper) return;
  post();
  // A new width makes two changes in one frame: the text reflows, then the live chart redraws at
  // that width (its own ResizeObserver, which may run after this one). Measuring in the next
  // frame's rAF posts the final height only, so the host's iframe does not jump twice.
  let queued = false;
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      post();
    });
  };
  const observe = () => {
    new ResizeObserver(later).observe(wrapper);
    post();
  };
  (document.fonts?.ready ?? Promise.resolve()).then(observe, observe);
  addEventListener('load', () => post(true));

  addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window.parent || window.parent === window) return;
    const data: unknown = e.data;
    if (typeof data === 'string') {
      // public/embed.js says hello when it starts: a height posted before it listened was lost.
      if (data === 'twin-threats-hello') post(true);
      else if (pymId && data.startsWith(['pym', pymId, 'width', ''].join(PYM))) post(true);
      return;
    }
    if (data && typeof data === 'object' && 'twin-threats-theme' in data) {
      setTheme((data as Record<string, unknown>)['twin-threats-theme']);
    }
  });
}
