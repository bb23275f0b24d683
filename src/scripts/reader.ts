/**
 * Reading aids for chapters and the reference pages (teachers' guide, glossary, timeline, methods).
 * Each part does nothing when its markup is absent; without this script every part degrades to
 * plain HTML (heading links are `#id` links, citations are selectable text, terms open on tap).
 *  - heading links become "copy link" buttons (absolute section URL, announced "Link copied");
 *  - [data-copy] buttons copy the text of the element they name (Cite this chapter);
 *  - the table of contents marks the section being read (aria-current="true");
 *  - the reading-progress bar follows the story (transform only: no layout shift, no inline CSS);
 *  - glossary terms open their definition on focus and hover as well as on tap;
 *  - before printing, chart data tables are opened and internal link targets made absolute.
 */
import { msg } from '../i18n/client.ts';
const doc = document;
const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = doc) => [...root.querySelectorAll<T>(sel)];

// One polite live region for every "copied" message.
const live = doc.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
doc.body.append(live);
const announce = (msg: string) => {
  live.textContent = '';
  setTimeout(() => (live.textContent = msg), 60);
};
async function copy(text: string, done: string, button: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
    button.classList.add('is-copied');
    setTimeout(() => button.classList.remove('is-copied'), 2000);
  } catch {
    announce(msg.copyFailed);
  }
}

// Heading links -> copy-link buttons.
for (const a of $$<HTMLAnchorElement>('a.copy-link')) {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = a.className;
  b.dataset.target = a.hash.slice(1);
  b.innerHTML = a.innerHTML;
  const label = b.querySelector('.visually-hidden');
  if (label) label.textContent = label.textContent!.replace(...msg.copyLinkTo);
  a.replaceWith(b);
}
for (const b of $$<HTMLButtonElement>('button[data-copy][hidden], button[data-print][hidden]')) b.hidden = false;
doc.addEventListener('click', (e) => {
  const t = e.target as Element;
  const link = t.closest<HTMLButtonElement>('button.copy-link');
  if (link) copy(`${location.origin}${location.pathname}#${link.dataset.target}`, msg.linkCopied, link);
  const c = t.closest<HTMLButtonElement>('button[data-copy]');
  const src = c && doc.getElementById(c.dataset.copy!);
  if (c && src) copy(src.textContent!.trim().replace(/[ \t]+\n/g, '\n'), c.dataset.copied ?? msg.copied, c);
  if (t.closest('[data-print]')) print();
});

// Table of contents: the current section is the last heading above the top third of the window.
const toc = doc.querySelector<HTMLElement>('[data-toc]');
if (toc) {
  const links = $$<HTMLAnchorElement>('a[href^="#"]', toc);
  const targets = links.map((a) => doc.getElementById(decodeURIComponent(a.hash.slice(1))));
  const update = () => {
    let current = -1;
    targets.forEach((h, i) => {
      if (h && h.getBoundingClientRect().top < innerHeight / 3) current = i;
    });
    for (const [i, a] of links.entries()) {
      if (i === current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const io = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  for (const h of targets) if (h) io.observe(h);
  // In the wide layout the list sits in the margin: step aside while a full-width scrolly is in view.
  const covering = new Set<Element>();
  const cover = new IntersectionObserver(
    (entries) => {
      for (const e of entries) e.isIntersecting ? covering.add(e.target) : covering.delete(e.target);
      toc.classList.toggle('is-covered', covering.size > 0);
    },
    { rootMargin: '-80px 0px -40% 0px' },
  ); // the band beside the list, below the sticky header
  for (const s of $$('.scrolly-body')) cover.observe(s);
  // No first update() here: the observer reports every heading once when it starts, after the
  // first layout, so the script does not force a layout of the whole page while it loads.
}

// Reading progress over the story.
const bar = doc.querySelector<HTMLElement>('[data-reading-progress]');
const story = doc.querySelector<HTMLElement>('.story');
if (bar && story) {
  let queued = false;
  const draw = () => {
    queued = false;
    const r = story.getBoundingClientRect();
    const p = Math.min(1, Math.max(0, -r.top / Math.max(1, r.height - innerHeight)));
    bar.style.transform = `scaleX(${p.toFixed(4)})`;
  };
  const queue = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(draw);
    }
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue);
  queue(); // in the next frame, after the page's own first layout, not forcing one now
}

// Glossary terms (links to their glossary entry, src/components/Term.astro): focus or hover shows
// the definition; blur or leaving hides it unless the reader clicked (tap, Enter) to pin it open.
// A click on a pinned term closes it.
const TERM = '.term-link';
const termOf = (el: EventTarget | null) => {
  const e = el instanceof Element ? el : null;
  const b = e?.closest(TERM) ?? e?.closest('.pop')?.previousElementSibling;
  return b?.matches(TERM) ? (b as HTMLAnchorElement) : null;
};
const popOf = (b: HTMLElement) => doc.getElementById(b.dataset.termPop ?? '');
const pinned = new WeakSet<Element>();
let hideTimer = 0;
const isOpen = (p: Element) => p.matches(':popover-open');
function show(b: HTMLElement) {
  clearTimeout(hideTimer);
  const p = popOf(b);
  if (!p || isOpen(p)) return;
  // `source` makes the term the popover's anchor (CSS position-area).
  try {
    (p as HTMLElement & { showPopover(o: { source: Element }): void }).showPopover({ source: b });
  } catch {
    p.showPopover();
  }
}
function hide(b: HTMLElement, delay = 0) {
  const p = popOf(b);
  if (!p || pinned.has(p)) return;
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => isOpen(p) && !pinned.has(p) && p.hidePopover(), delay);
}
doc.addEventListener('focusin', (e) => {
  const b = termOf(e.target);
  if (b && e.target === b) show(b);
});
doc.addEventListener('focusout', (e) => {
  const b = termOf(e.target);
  if (b && termOf(e.relatedTarget) !== b) hide(b);
});
doc.addEventListener('mouseover', (e) => {
  const b = termOf(e.target);
  if (b) show(b);
});
doc.addEventListener('mouseout', (e) => {
  const b = termOf(e.target);
  if (b && termOf(e.relatedTarget) !== b && doc.activeElement !== b) hide(b, 250);
});
// Whether the pressed term's popover was open and pinned when the press began: the browser's
// light dismiss may already have closed it by the time the click arrives.
let pressedPinned: Element | null = null;
doc.addEventListener(
  'pointerdown',
  (e) => {
    const b = termOf(e.target);
    const p = b && popOf(b);
    pressedPinned = p && isOpen(p) && pinned.has(p) && e.target instanceof Element && e.target.closest(TERM) ? p : null;
  },
  true,
);
doc.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLAnchorElement>(TERM);
  const p = b && popOf(b);
  if (!b || !p || !('showPopover' in p)) return;
  e.preventDefault();
  // Opened by focus or hover a moment ago: the click pins it; a click on a pinned one closes it.
  const wasPinned = pressedPinned === p || (isOpen(p) && pinned.has(p));
  pressedPinned = null;
  if (wasPinned) {
    pinned.delete(p);
    if (isOpen(p)) p.hidePopover();
    return;
  }
  show(b);
  pinned.add(p);
});
doc.addEventListener(
  'toggle',
  (e) => {
    if ((e as ToggleEvent).newState === 'closed') pinned.delete(e.target as Element);
  },
  true,
);
doc.addEventListener('keydown', (e) => {
  const b = termOf(e.target);
  const p = b && popOf(b);
  if (e.key === 'Escape' && p && isOpen(p)) {
    pinned.delete(p);
    p.hidePopover();
    b.focus();
  }
});

// Print: open the chart data tables (CSS does the rest), print internal link targets in full.
const opened: HTMLDetailsElement[] = [];
// A figure's (or a scrolly's) table is moved to just after it while printing, so that the figure
// (title, chart, source) can be kept on one page, and a scrolly's steps are not preceded by pages
// of table; the table runs on after it (src/styles/print.css). On screen it comes before the
// chart, where a screen reader meets it first.
const moved: { table: HTMLElement; figure: HTMLElement; next: Node | null }[] = [];
addEventListener('beforeprint', () => {
  for (const d of $$<HTMLDetailsElement>('details.data-table:not([open])')) {
    d.open = true;
    opened.push(d);
  }
  for (const table of $$<HTMLElement>('figure.figure > details.data-table, section.scrolly > details.data-table')) {
    const figure = table.parentElement!;
    moved.push({ table, figure, next: table.nextSibling });
    figure.after(table);
    table.classList.add('is-printed-after');
  }
  for (const a of $$<HTMLAnchorElement>('.story a[href^="/"]:not(.term-link), .lesson-care a[href^="/"], a.print-href')) a.dataset.printHref = a.href;
});
addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
  for (const { table, figure, next } of moved.splice(0)) {
    figure.insertBefore(table, next);
    table.classList.remove('is-printed-after');
  }
});
