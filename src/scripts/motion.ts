/**
 * Motion between two drawings of one chart (a scrolly's steps): the change itself is animated,
 * and nothing else. Chart modules give every mark that persists between states a stable
 * `data-key`; before a new drawing replaces the old one, `snapshot()` records each keyed mark as
 * it looks on screen (mid-animation values included, so an interrupted change continues from
 * where the eye is); after it, `animateChange()` animates the new drawing from that record:
 *  - entering marks draw in (lines along their path), grow from the baseline (bars), drop into
 *    place in order (points) or fade in;
 *  - updating marks move or resize to their new geometry and restyle (highlight, dim);
 *  - leaving marks fade out as copies ("ghosts") that are removed when they are done;
 *  - value axes slide ticks between the old and the new scale (`data-scale` on the axis);
 *  - map layers (`data-zoom`, a linear projection) zoom between views, the old layer zooming
 *    with the new one as it fades; labels outside such layers wait until the zoom is done;
 *  - marks the new step adds (`data-mark`) are emphasised once they have arrived.
 * Only the Web Animations API on the SVG the modules already drew: every animation is of CSS
 * properties with no fill, so when they end (under a second) the DOM is exactly the new drawing.
 * The caller skips all this for jumps and under prefers-reduced-motion.
 */

const MOVE = 500;
const EASE = 'cubic-bezier(0.33, 1, 0.68, 1)';
/** Entering points arrive one after another within this much time. */
const STAGGER = 300;
const DROP = 350;
const EMPHASIS = 400;
const ZOOM = 700;
const GHOST = 'data-motion-ghost';
const SVG_NS = 'http://www.w3.org/2000/svg';

const GEOMETRY: Record<string, readonly string[]> = {
  circle: ['cx', 'cy', 'r'],
  rect: ['x', 'y', 'width', 'height'],
  path: ['d'],
};
const STYLE = ['opacity', 'fill', 'stroke', 'stroke-width', 'stroke-opacity', 'fill-opacity'] as const;

interface MarkShot {
  el: SVGGraphicsElement;
  tag: string;
  /** Computed geometry (CSS values) and styles, as on screen. */
  values: Map<string, string>;
  /** The current transform (CSS, 'none' if none). */
  transform: string;
  /** For text, lines and groups: a reference point in the parent's user space, as on screen. */
  anchor: DOMPoint | null;
  /** A copy for a leaving mark's fade, and where its parent was on screen. */
  ghost: Element;
  parentScreen: DOMMatrix | null;
  zoom: Linear | null;
  scale: AxisScale | null;
  /** A path's length and end point, to see whether a new path only extends it. */
  path: { length: number; end: DOMPoint } | null;
  /** A line's two ends in its parent's user space, as on screen. */
  ends: [DOMPoint, DOMPoint] | null;
}

export interface Snapshot {
  marks: Map<string, MarkShot>;
  /** Where the drawing's user space was on screen: a new drawing of another shape is scaled to fit differently. */
  screen: DOMMatrix | null;
}

/** [lon0, lat0, kx, ky, cx, cy] of a projected layer (src/charts/geo.ts zoomAttr). */
type Linear = number[];
/** [domain0, domain1, pixel0, pixel1] of a value axis (src/charts/frame.ts). */
type AxisScale = number[];

const numbers = (s: string | null) => (s ? s.split(' ').map(Number) : null);
const keyed = (svg: Element) => [...svg.querySelectorAll<SVGGraphicsElement>('[data-key]')].filter((el) => !el.closest(`[${GHOST}]`));
const insideZoom = (el: Element) => !!el.parentElement?.closest('[data-zoom]');

/** The point (x, y) of `el`'s own coordinates in its parent's user space, through its current transform. */
function anchorOf(el: SVGGraphicsElement, transform: string): DOMPoint | null {
  let x = 0;
  let y = 0;
  if (el instanceof SVGTextElement || el instanceof SVGLineElement) {
    const a = el instanceof SVGLineElement ? ['x1', 'y1'] : ['x', 'y'];
    x = parseFloat(el.getAttribute(a[0]!) ?? '0') || 0;
    y = parseFloat(el.getAttribute(a[1]!) ?? '0') || 0;
  } else if (!(el instanceof SVGGElement)) return null;
  return new DOMMatrix(transform === 'none' ? undefined : transform).transformPoint(new DOMPoint(x, y));
}

function lineEnds(el: SVGLineElement, transform: string): [DOMPoint, DOMPoint] {
  const m = new DOMMatrix(transform === 'none' ? undefined : transform);
  return [m.transformPoint(new DOMPoint(el.x1.baseVal.value, el.y1.baseVal.value)), m.transformPoint(new DOMPoint(el.x2.baseVal.value, el.y2.baseVal.value))];
}

/**
 * The scale-and-shift that puts a line's new ends on its old ones (rules and grid lines that
 * move and change length), or null if the ends have not moved.
 */
function lineFlip(now: [DOMPoint, DOMPoint], old: [DOMPoint, DOMPoint]): string | null {
  const [p1, p2] = now;
  const [q1, q2] = old;
  if (Math.max(Math.abs(p1.x - q1.x), Math.abs(p1.y - q1.y), Math.abs(p2.x - q2.x), Math.abs(p2.y - q2.y)) <= 0.5) return null;
  const sx = Math.abs(p2.x - p1.x) > 0.5 ? (q2.x - q1.x) / (p2.x - p1.x) : 1;
  const sy = Math.abs(p2.y - p1.y) > 0.5 ? (q2.y - q1.y) / (p2.y - p1.y) : 1;
  return `matrix(${sx}, 0, 0, ${sy}, ${q1.x - sx * p1.x}, ${q1.y - sy * p1.y})`;
}

function pathShape(el: SVGPathElement): { length: number; end: DOMPoint } | null {
  const length = el.getTotalLength();
  return length > 0 ? { length, end: el.getPointAtLength(length) } : null;
}

/** The new line retraces the old one and goes further (a running total over a longer period). */
function extensionLength(el: Element, old: MarkShot): number | null {
  if (!(el instanceof SVGPathElement) || !old.path || !isLine(el)) return null;
  const length = el.getTotalLength();
  if (length <= old.path.length + 0.5) return null;
  const p = el.getPointAtLength(old.path.length);
  return Math.hypot(p.x - old.path.end.x, p.y - old.path.end.y) < 1 ? length : null;
}

/** What the drawing in `box` looks like now, mark by mark. */
export function snapshot(box: Element): Snapshot | null {
  const svg = box.querySelector('svg');
  if (!svg) return null;
  const marks = new Map<string, MarkShot>();
  for (const el of keyed(svg)) {
    const cs = getComputedStyle(el);
    const tag = el.localName;
    const values = new Map<string, string>();
    for (const p of GEOMETRY[tag] ?? []) values.set(p, cs.getPropertyValue(p));
    for (const p of STYLE) values.set(p, cs.getPropertyValue(p));
    const transform = cs.transform;
    marks.set(el.dataset.key!, {
      el,
      tag,
      values,
      transform,
      anchor: anchorOf(el, transform),
      ghost: el.cloneNode(true) as Element,
      parentScreen: (el.parentElement as SVGGraphicsElement | null)?.getScreenCTM?.() ?? null,
      zoom: numbers(el.getAttribute('data-zoom')),
      scale: numbers(el.getAttribute('data-scale')),
      path: el instanceof SVGPathElement ? pathShape(el) : null,
      ends: el instanceof SVGLineElement ? lineEnds(el, transform) : null,
    });
  }
  return { marks, screen: svg.getScreenCTM() };
}

/** How far a tick of `value` sits between two scales, in pixels (new minus old). */
function slide(value: number, from: AxisScale, to: AxisScale): number {
  const at = ([d0, d1, r0, r1]: AxisScale) => r0! + ((value - d0!) / (d1! - d0! || 1)) * (r1! - r0!);
  return at(to) - at(from);
}

/** The map from the new layer's coordinates to the old one's, per axis: old = s·new + t. */
function zoomBetween(from: Linear, to: Linear): { sx: number; tx: number; sy: number; ty: number } {
  const [lonO, latO, kxO, kyO, cxO, cyO] = from as [number, number, number, number, number, number];
  const [lonN, latN, kxN, kyN, cxN, cyN] = to as [number, number, number, number, number, number];
  const sx = kxO / kxN;
  const sy = kyO / kyN;
  return { sx, tx: cxO + (lonN - lonO) * kxO - cxN * sx, sy, ty: cyO - (latN - latO) * kyO - cyN * sy };
}

/**
 * Keyframes of a zoom from `s, t` (at the start) to identity, with the scale changing
 * geometrically and the shift in step with it, so the map zooms about a fixed point instead of
 * swinging. `invert`: the old layer's path (identity to the inverse).
 */
function zoomFrames(z: { sx: number; tx: number; sy: number; ty: number }, invert: boolean, fade: 'in' | 'out' | null, el: Element): Keyframe[] {
  // A place's dot travels with the map but keeps its size; lines keep their width (CSS:
  // vector-effect on map layers); areas scale with the map.
  const dot = el instanceof SVGCircleElement ? [el.cx.baseVal.value, el.cy.baseVal.value] : null;
  const ease = (t: number) => 1 - (1 - t) ** 3;
  const axis = (s: number, tr: number, u: number) => {
    const st = s ** (1 - u);
    const tt = Math.abs(s - 1) < 1e-6 ? tr * (1 - u) : (tr * (st - 1)) / (s - 1);
    return invert ? [st / s, tt - (st * tr) / s] : [st, tt];
  };
  const frames: Keyframe[] = [];
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const u = ease(i / n);
    const [sx, tx] = axis(z.sx, z.tx, u);
    const [sy, ty] = axis(z.sy, z.ty, u);
    const frame: Keyframe = dot
      ? { offset: i / n, cx: `${sx! * dot[0]! + tx!}px`, cy: `${sy! * dot[1]! + ty!}px` }
      : { offset: i / n, transform: `matrix(${sx}, 0, 0, ${sy}, ${tx}, ${ty})` };
    if (fade === 'out') frame.opacity = i / n < 0.6 ? 1 : 1 - (i / n - 0.6) / 0.4;
    frames.push(frame);
  }
  return frames;
}

const isLine = (el: Element) => el instanceof SVGPathElement && getComputedStyle(el).fill === 'none' && getComputedStyle(el).strokeDasharray === 'none';
const isPoint = (el: Element) => el.matches('.tt-point, .tt-map-point, .tt-toll-point');
const commands = (d: string) => d.replace(/[^a-zA-Z]/g, '');
const cssTransform = (t: string) => (t === 'none' ? '' : t);

/** Put a copy of a mark that has left where it was, and fade it out; it removes itself when done. */
function fadeGhost(svg: SVGSVGElement, shot: MarkShot, o: { duration: number; delay?: number; slide?: number; before?: Element | null }): void {
  const wrap = document.createElementNS(SVG_NS, 'g');
  wrap.setAttribute(GHOST, '');
  wrap.setAttribute('aria-hidden', 'true');
  const copy = shot.ghost.cloneNode(true) as Element;
  copy.removeAttribute('data-key');
  for (const el of copy.querySelectorAll('[data-key]')) el.removeAttribute('data-key');
  wrap.append(copy);
  if (o.before?.parentNode) o.before.parentNode.insertBefore(wrap, o.before);
  else svg.append(wrap);
  // Where the copy's old parent was on screen, in the coordinates of its new container.
  const here = (wrap.parentNode as SVGGraphicsElement).getScreenCTM();
  if (here && shot.parentScreen) {
    const m = here.inverse().multiply(shot.parentScreen);
    wrap.setAttribute('transform', `matrix(${m.a} ${m.b} ${m.c} ${m.d} ${m.e} ${m.f})`);
  }
  const frames: Keyframe[] = [{ opacity: 1 }, { opacity: 0 }];
  if (o.slide) {
    frames[0]!.transform = 'translate(0, 0)';
    frames[1]!.transform = `translate(0, ${o.slide}px)`;
  }
  // Held at its last frame until removed (the finish event comes a frame later).
  const a = wrap.animate(frames, { duration: o.duration, delay: o.delay ?? 0, easing: EASE, fill: 'forwards' });
  a.onfinish = a.oncancel = () => wrap.remove();
}

export interface ChangeOptions {
  /** Marks the step adds are emphasised after they arrive (default true). */
  emphasise?: boolean;
}

/**
 * Animate the drawing now in `box` from `before`. Returns the animations started (for tests
 * and for callers that want to wait).
 */
export function animateChange(box: Element, before: Snapshot, o: ChangeOptions = {}): Animation[] {
  const svg = box.querySelector('svg');
  if (!svg) return [];
  const started: Animation[] = [];
  const run = (el: Element, frames: Keyframe[] | PropertyIndexedKeyframes, timing: KeyframeAnimationOptions) => {
    started.push(el.animate(frames, { easing: EASE, ...timing }));
  };
  const now = new Map(keyed(svg).map((el) => [el.dataset.key!, el]));

  // A drawing of another height is scaled differently on the stage: the new one starts at the
  // old one's scale and place, so every mark starts exactly where the eye saw it.
  const screen = svg.getScreenCTM();
  if (
    before.screen &&
    screen &&
    (Math.abs(before.screen.a / screen.a - 1) > 0.005 || Math.abs(before.screen.e - screen.e) > 0.5 || Math.abs(before.screen.f - screen.f) > 0.5)
  ) {
    const k = before.screen.a / screen.a;
    const box = svg.getBoundingClientRect();
    // With the origin at the box's top-left: screen = box + k·(user·a + offset) + shift.
    const dx = before.screen.e - box.left - k * (screen.e - box.left);
    const dy = before.screen.f - box.top - k * (screen.f - box.top);
    run(svg, { transformOrigin: ['0 0', '0 0'], transform: [`translate(${dx}px, ${dy}px) scale(${k})`, 'none'] }, { duration: MOVE });
  }

  // Map layers first: whether the view zooms decides how labels move.
  let zooming = false;
  for (const [key, el] of now) {
    const old = before.marks.get(key);
    const to = numbers(el.getAttribute('data-zoom'));
    if (!old?.zoom || !to || old.zoom.join() === to.join()) continue;
    zooming = true;
    const z = zoomBetween(old.zoom, to);
    // The layer's clip stays put: its children move, so nothing is drawn outside the map frame.
    for (const child of el.children) run(child, zoomFrames(z, false, null, child), { duration: ZOOM, easing: 'linear' });
    const ghost = old.ghost.cloneNode(true) as Element;
    ghost.setAttribute(GHOST, '');
    ghost.removeAttribute('data-key');
    el.before(ghost);
    const anims = [...ghost.children].map((child) => child.animate(zoomFrames(z, true, 'out', child), { duration: ZOOM, easing: 'linear', fill: 'forwards' }));
    started.push(...anims);
    void Promise.all(anims.map((a) => a.finished)).finally(() => ghost.remove());
  }

  // Entering points, in order (data-order, else drawing order), for a staggered arrival.
  const entering = [...now.entries()].filter(([k, el]) => !before.marks.has(k) && isPoint(el) && !insideZoom(el)).map(([, el]) => el);
  const order = new Map(
    [...entering]
      .sort((a, b) => (a.dataset.order ?? '').localeCompare(b.dataset.order ?? ''))
      .map((el, i, all) => [el, all.length > 1 ? (i / (all.length - 1)) * Math.min(STAGGER, all.length * 30) : 0]),
  );

  for (const [key, el] of now) {
    if (insideZoom(el) || el.hasAttribute('data-zoom')) continue;
    const old = before.marks.get(key);
    const cs = getComputedStyle(el);
    const opacity = Number(cs.opacity);
    if (!old || old.tag !== el.localName) {
      if (old) fadeGhost(svg, old, { duration: MOVE / 2 });
      // Entering: an axis tick slides in from where the old scale had its value.
      const parentScale = numbers(el.parentElement?.getAttribute('data-scale') ?? null);
      const oldScale = el.parentElement?.hasAttribute('data-key') ? before.marks.get((el.parentElement as HTMLElement | SVGElement).dataset.key!)?.scale : null;
      const value = Number(el.getAttribute('data-value'));
      if (parentScale && oldScale && el.hasAttribute('data-value')) {
        const dy = -slide(value, oldScale, parentScale);
        run(el, { opacity: [0, opacity], transform: [`translate(0, ${dy}px) ${cssTransform(cs.transform)}`, cs.transform] }, { duration: MOVE });
      } else if (zooming) {
        run(el, { opacity: [0, 0, opacity], offset: [0, 0.7, 1] }, { duration: ZOOM });
      } else if (isLine(el)) {
        const len = (el as SVGPathElement).getTotalLength();
        run(el, { strokeDasharray: [`${len}px ${len}px`, `${len}px ${len}px`], strokeDashoffset: [`${len}px`, '0px'] }, { duration: MOVE });
      } else if (el.classList.contains('tt-bar') && el instanceof SVGRectElement) {
        run(el, { y: [`${el.y.baseVal.value + el.height.baseVal.value}px`, cs.y], height: ['0px', cs.height] }, { duration: MOVE });
      } else if (isPoint(el)) {
        run(
          el,
          { opacity: [0, opacity], transform: [`translate(0, -14px) ${cssTransform(cs.transform)}`, cs.transform] },
          { duration: DROP, delay: order.get(el) ?? 0, fill: 'backwards' },
        );
      } else {
        // Arrowheads and badges of a tie arrive with the line's end.
        const late = el.matches('.tt-tie-arrow, .tt-tie-approx-mark');
        run(el, { opacity: [0, opacity] }, { duration: late ? MOVE / 2 : MOVE, delay: late ? MOVE / 2 : 0, fill: 'backwards' });
      }
      continue;
    }

    // Updating: geometry and style from what was on screen to what is drawn now.
    const from: Keyframe = {};
    const to: Keyframe = {};
    let crossfade = false;
    for (const p of GEOMETRY[el.localName] ?? []) {
      const a = old.values.get(p)!;
      const b = cs.getPropertyValue(p);
      if (a === b) continue;
      if (p === 'd' && commands(a) !== commands(b)) {
        const length = extensionLength(el, old);
        // A longer line that retraces the old one draws on from where the old one ended.
        if (length) run(el, { strokeDasharray: [`${old.path!.length}px ${length}px`, `${length}px ${length}px`] }, { duration: MOVE });
        else crossfade = true;
        continue;
      }
      from[p === 'd' ? 'd' : p] = a;
      to[p === 'd' ? 'd' : p] = b;
    }
    for (const p of STYLE) {
      const a = old.values.get(p)!;
      const b = cs.getPropertyValue(p);
      if (a !== b) {
        from[p] = a;
        to[p] = b;
      }
    }
    const flip = el instanceof SVGLineElement && old.ends ? lineFlip(lineEnds(el, cs.transform), old.ends) : null;
    const anchor = el instanceof SVGLineElement ? null : anchorOf(el, cs.transform);
    if (flip) {
      if (zooming) crossfade = true;
      else {
        // In the parent's space: first the element's own transform, then the flip.
        from.transform = `${flip} ${cssTransform(cs.transform)}`;
        to.transform = cs.transform;
      }
    } else if (anchor && old.anchor && (Math.abs(anchor.x - old.anchor.x) > 0.5 || Math.abs(anchor.y - old.anchor.y) > 0.5)) {
      if (zooming) crossfade = true;
      else {
        from.transform = `translate(${old.anchor.x - anchor.x}px, ${old.anchor.y - anchor.y}px) ${cssTransform(cs.transform)}`;
        to.transform = cs.transform;
      }
    } else if (!anchor && !(el instanceof SVGLineElement) && old.transform !== cs.transform) {
      from.transform = old.transform;
      to.transform = cs.transform;
    }
    if (crossfade) {
      // A path whose shape cannot be morphed (more points, a gap), or a label during a zoom: the
      // old one goes, then the new one comes, never two at once.
      fadeGhost(svg, old, { duration: MOVE * 0.4, before: el });
      run(el, { opacity: [0, 0, opacity], offset: [0, zooming ? 0.7 : 0.5, 1] }, { duration: MOVE + (zooming ? 200 : 0) });
    } else if (Object.keys(to).length) run(el, [from, to], { duration: MOVE });
  }

  // Leaving marks fade where they were (axis ticks slide with their scale).
  for (const [key, old] of before.marks) {
    if (now.has(key) || old.el.parentElement?.closest('[data-zoom]')) continue;
    const parentKey = (old.el.parentElement as SVGElement | null)?.dataset.key;
    const oldScale = parentKey ? before.marks.get(parentKey)?.scale : null;
    const newScale = parentKey ? numbers(now.get(parentKey)?.getAttribute('data-scale') ?? null) : null;
    const value = Number(old.el.getAttribute('data-value'));
    const moved = oldScale && newScale && old.el.hasAttribute('data-value') ? slide(value, oldScale, newScale) : 0;
    fadeGhost(svg, old, { duration: zooming ? MOVE / 2 : MOVE * 0.7, slide: moved });
  }

  // What the step adds is emphasised once it is in place.
  if (o.emphasise !== false) {
    for (const el of svg.querySelectorAll<SVGGraphicsElement>('[data-mark]')) {
      if (el.closest(`[${GHOST}]`)) continue;
      const cs = getComputedStyle(el);
      const colour = cs.fill !== 'none' && !cs.fill.startsWith('url') ? cs.fill : cs.stroke !== 'none' ? cs.stroke : cs.color;
      run(
        el,
        { filter: [`drop-shadow(0 0 0 ${colour})`, `drop-shadow(0 0 4px ${colour})`, `drop-shadow(0 0 0 ${colour})`] },
        { duration: EMPHASIS, delay: MOVE },
      );
    }
  }
  return started;
}
