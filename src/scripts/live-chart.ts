/**
 * The one redraw loop of every live chart (figures, the graph, scrollies, embeds): a box in the
 * chart's graphic that holds the browser's drawing at the graphic's exact width, redrawn when that
 * width changes (ResizeObserver) or when the caller asks (`draw()`, after a state change).
 *
 * `adopt`: instead of drawing at once, move the server's drawing that is on screen into the box
 * and keep it (scaled to the box by CSS, `.is-adopted`) until the width or the state changes.
 * Embeds use it so that the first touch, which loads the chart code, never changes the chart's
 * height under the reader (nor the host page's layout).
 * `own: false`: draw into the graphic itself (a scrolly's sticky stage) instead of a new
 * `.svg-live` box beside the server's drawings.
 */
import { renderSvg, type SvgNode } from '../charts/svg.ts';

export interface LiveChart {
  /** Where the drawing is (the `.svg-live` box, or the graphic itself). */
  readonly box: HTMLElement;
  /** Redraw now, at the graphic's width. */
  draw(): void;
  /** Stop following the width, and give the graphic back to the server's drawings. */
  destroy(): void;
}

export interface LiveOptions {
  /** The chart drawn at a width (null: nothing to draw yet). */
  render(width: number): SvgNode | null;
  /** Called after each drawing is in place, adopted or drawn (tab stops, roles, focus). */
  decorate?(box: HTMLElement): void;
  adopt?: boolean;
  own?: boolean;
}

export function liveChart(graphic: HTMLElement, { render, decorate, adopt = false, own = true }: LiveOptions): LiveChart {
  const box = own ? document.createElement('div') : graphic;
  let width = 0;
  const measure = () => Math.round(graphic.clientWidth);

  function draw() {
    const w = measure();
    const svg = w > 0 ? render(w) : null;
    if (!svg) return;
    width = w;
    box.innerHTML = renderSvg(svg);
    box.classList.remove('is-adopted');
    decorate?.(box);
  }

  // Adopt before the live box is shown: the server's drawing is measured where it stands.
  const shown = adopt ? [...graphic.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0) : undefined;
  const home = shown?.parentElement;
  if (own) {
    box.className = 'svg-live';
    if (shown) box.append(shown);
    graphic.append(box);
    graphic.classList.add('is-live');
  }
  if (shown) {
    width = measure();
    box.classList.add('is-adopted');
    decorate?.(box);
  } else draw();

  const resize = new ResizeObserver(() => {
    if (measure() !== width) draw();
  });
  resize.observe(graphic);

  return {
    box,
    draw,
    destroy() {
      resize.disconnect();
      if (!own) return;
      if (shown && home && box.contains(shown)) home.append(shown);
      box.remove();
      graphic.classList.remove('is-live');
    },
  };
}
