/**
 * Scrollytelling controller: one per <section data-scrolly>. The active step is the one with the
 * most visible height (IntersectionObserver with many thresholds), so slow and fast scrolling
 * both land on the right step. On load, resize and hash links the state is computed from
 * geometry and drawn directly: no replay of the steps in between, no animation on a jump.
 * Without this script (or in print and embeds) the section stays in its flat layout.
 */
import { showFlatLayout } from './flat-layout.ts';
import { loadChart, loadData, type LoadedChart } from './chart-modules.ts';
import { liveChart } from './live-chart.ts';

// The motion code (motion.ts) is fetched when the reader first scrolls, touches or types, not at
// load: a deep link or a reload draws without it, and the page's first load stays light. Once it
// is here, each section says so (data-motion="on"). Under reduced motion it is never fetched.
let motion: typeof import('./motion.ts') | undefined;
function loadMotion() {
  if (motion || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  import('./motion.ts').then(
    (m) => {
      motion = m;
      for (const s of document.querySelectorAll<HTMLElement>('[data-scrolly]')) s.dataset.motion = 'on';
    },
    () => {},
  );
}
for (const type of ['scroll', 'pointerdown', 'keydown']) addEventListener(type, loadMotion, { once: true, passive: true });
// This file itself arrives as a story comes near, usually because the reader is scrolling (or
// followed a link into it): then the motion code is wanted now.
if (scrollY > 0) loadMotion();

// "Step n of N" in the page's language (Base.astro's tt-messages; read here rather than through
// src/i18n/client.ts, which would become a chunk of its own shared with the site script).
const stepOf: string = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="tt-messages"]')?.content ?? '{}').stepOf ?? 'Step {n} of {total}';

const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface ScrollyController {
  readonly active: number;
  go(index: number, how: 'jump' | 'step'): void;
  destroy(): void;
}

/**
 * If drawing a step fails (a chart module that throws), the controller is destroyed and the
 * section falls back to its flat layout, where every step keeps its server-rendered chart.
 */
export function enhanceScrolly(section: HTMLElement, chart: LoadedChart, data: unknown): ScrollyController {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const graphic = section.querySelector<HTMLElement>('[data-scrolly-graphic]')!;
  const position = section.querySelector<HTMLElement>('[data-scrolly-position]');
  const live = section.querySelector<HTMLElement>('[data-scrolly-live]');
  const prev = section.querySelector<HTMLButtonElement>('[data-scrolly-prev]');
  const next = section.querySelector<HTMLButtonElement>('[data-scrolly-next]');
  const states = steps.map((s) => JSON.parse(s.dataset.state ?? '{}') as unknown);
  const visible = new Map<Element, number>();
  let active = -1;
  let suppressUrl = true;

  // The sticky stage is the live box: each step's state replaces the drawing, and a step reached
  // by scrolling or the step buttons animates what changed (motion.ts); a jump (load, deep link,
  // hash), a resize or reduced motion draws the state at once. Phones: the stage's CSS gives the graphic a fixed height (--stage-fit); the
  // chart is drawn to fit it (legible labels) instead of being scaled down. Elsewhere it is unset.
  const view = liveChart(graphic, {
    own: false,
    render: (width) => {
      if (active < 0) return null;
      const height = parseFloat(getComputedStyle(graphic).getPropertyValue('--stage-fit')) || undefined;
      return chart.draw(data, { width, height, state: states[active], idPrefix: `${section.id}-live` }).svg;
    },
    decorate: () => {
      const id = steps[active]?.id ?? '';
      if (graphic.dataset.activeStep !== id) graphic.dataset.activeStep = id;
    },
  });

  function setActive(index: number, how: 'jump' | 'step') {
    if (index < 0 || index >= steps.length || index === active) return;
    const before = how === 'step' && active >= 0 && motion && !reducedMotion() ? motion.snapshot(graphic) : null;
    active = index;
    try {
      view.draw();
    } catch (err) {
      controller.destroy();
      console.warn('scrolly: flat layout', err);
      return;
    }
    // Motion is a nicety: if it fails, the new state is already drawn.
    try {
      if (before) motion?.animateChange(graphic, before);
    } catch (err) {
      console.warn('scrolly: no motion', err);
    }
    for (const [i, s] of steps.entries()) s.classList.toggle('is-active', i === index);
    const text = stepOf.replace('{n}', String(index + 1)).replace('{total}', String(steps.length));
    if (position) position.textContent = text;
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === steps.length - 1;
    if (live && how === 'step') live.textContent = `${text}: ${steps[index]!.dataset.alt ?? ''}`;
    section.dispatchEvent(new CustomEvent('scrolly-step', { detail: { index, id: steps[index]!.id, how } }));
    syncUrl();
  }

  /** The address names the active step (replaceState: no history entry), once the reader is in the story. */
  function syncUrl() {
    const id = steps[active]?.id;
    if (!suppressUrl && id && location.hash !== `#${id}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
  }

  /** The step with the largest visible height; ties go to the one nearer the viewport's centre. */
  function mostVisible(): number {
    const vh = window.innerHeight;
    let best = -1;
    let bestScore = 0;
    steps.forEach((s, i) => {
      const r = s.getBoundingClientRect();
      const seen = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
      const score = seen - Math.abs((r.top + r.bottom) / 2 - vh / 2) / 1000;
      if (seen > 0 && score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    return best;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) visible.set(e.target, e.isIntersecting ? e.intersectionRect.height : 0);
      let best = -1;
      let bestHeight = 0;
      steps.forEach((s, i) => {
        const hgt = visible.get(s) ?? 0;
        if (hgt > bestHeight + 0.5) {
          best = i;
          bestHeight = hgt;
        }
      });
      // While the page scrolls to a step the reader asked for (the step buttons), the steps it
      // passes are not drawn: the story goes straight to the one asked for.
      if (steering !== null && best !== steering) return;
      // The step may already be the active one (the page was scrolled before this controller
      // started, or restored mid-story on reload): the address still has to follow.
      if (best >= 0) {
        suppressUrl = false;
        setActive(best, 'step');
        syncUrl();
      } else if (location.hash && steps.some((s) => `#${s.id}` === location.hash)) {
        // The reader left the section: drop our step from the address so a shared URL is honest.
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      }
    },
    { threshold: THRESHOLDS },
  );

  let steering: number | null = null;
  let steerTimer = 0;
  const endSteering = () => {
    steering = null;
    clearTimeout(steerTimer);
  };
  // The steering ends when the page has arrived: a scrollend while the step asked for is not yet
  // the one most in view belongs to another scroll (an earlier jump's, delivered a frame late on a
  // busy phone, or the reader's own), and ending on it let the step being passed redraw on the way
  // (seen in e2e/motion.spec.ts under load: Next, then the previous step again).
  const onScrollEnd = () => {
    if (steering !== null && mostVisible() === steering) endSteering();
  };
  // A backstop for a scroll that never arrives (the reader took over) or a browser without
  // scrollend: the step most in view is then drawn, since the scroll events that would have
  // chosen it were ignored while steering. Where scrollend exists the backstop is longer: it only
  // ever waits for a scroll that has already stopped elsewhere.
  const STEER_BACKSTOP_MS = 'onscrollend' in window ? 2000 : 1000;
  const giveUpSteering = () => {
    endSteering();
    const best = mostVisible();
    if (best >= 0) setActive(best, 'step');
  };
  function go(index: number, how: 'jump' | 'step') {
    const step = steps[index];
    if (!step) return;
    suppressUrl = false;
    setActive(index, how);
    const smooth = how === 'step' && !reducedMotion();
    if (smooth) {
      // Until the smooth scroll arrives (onScrollEnd), or the backstop.
      steering = index;
      clearTimeout(steerTimer);
      steerTimer = window.setTimeout(giveUpSteering, STEER_BACKSTOP_MS);
    }
    step.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    step.focus({ preventScroll: true });
  }

  const onPrev = () => go(Math.max(0, active - 1), 'step');
  const onNext = () => go(Math.min(steps.length - 1, active + 1), 'step');
  const onHash = () => {
    const i = steps.findIndex((s) => `#${s.id}` === location.hash);
    if (i >= 0) {
      active = -1;
      setActive(i, 'jump');
    }
  };
  prev?.addEventListener('click', onPrev);
  next?.addEventListener('click', onNext);
  window.addEventListener('hashchange', onHash);
  window.addEventListener('scrollend', onScrollEnd);

  const controller: ScrollyController = {
    get active() {
      return active;
    },
    go,
    destroy() {
      observer.disconnect();
      view.destroy();
      prev?.removeEventListener('click', onPrev);
      next?.removeEventListener('click', onNext);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('scrollend', onScrollEnd);
      endSteering();
      showFlatLayout(section);
    },
  };

  // First draw from geometry (or the hash), without animation.
  const fromHash = steps.findIndex((s) => `#${s.id}` === location.hash);
  setActive(fromHash >= 0 ? fromHash : Math.max(0, mostVisible()), 'jump');
  suppressUrl = fromHash < 0;
  for (const s of steps) observer.observe(s);
  return controller;
}

// One controller per section, created once even if this is called again.
const controllers = new WeakMap<HTMLElement, ScrollyController>();
export function startScrolly(section: HTMLElement): void {
  if (controllers.has(section)) return;
  const id = section.dataset.chart ?? '';
  Promise.all([loadChart(id), loadData(section, id)])
    .then(([mod, data]) => {
      if (!controllers.has(section)) controllers.set(section, enhanceScrolly(section, mod, data));
    })
    .catch((err: unknown) => {
      // Fall back to the flat layout: every step keeps its own server-rendered chart.
      showFlatLayout(section);
      console.warn('scrolly: flat layout', err);
    });
}
