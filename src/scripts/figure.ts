// Chapter pages: figures are enhanced as they come within a screen of the viewport, by the
// enhancer their chart's registry entry names (data-enhancer: src/scripts/figure-enhance.ts for
// data series, src/scripts/graph-enhance.ts for a graph). The server's drawing is complete until
// then, and loading a chapter does not pay for the charts far below it (Total Blocking Time,
// README Quality). Nothing starts before the page has loaded, so no chart code is on the way to
// the first paint.
const figures = [...document.querySelectorAll<HTMLElement>('[data-figure]')];
const enhance = (f: HTMLElement) =>
  (f.dataset.enhancer === 'graph'
    ? import('./graph-enhance.ts').then(({ startGraph }) => startGraph(f))
    : import('./figure-enhance.ts').then(({ startFigure }) => startFigure(f))
  ).catch((err: unknown) => console.warn('figure: keeping the server-rendered chart', err));

function start() {
  if (!('IntersectionObserver' in window)) {
    figures.forEach((f) => void enhance(f));
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries)
        if (e.isIntersecting) {
          io.unobserve(e.target);
          void enhance(e.target as HTMLElement);
        }
    },
    { rootMargin: '100% 0px' },
  );
  for (const f of figures) io.observe(f);
}
if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });

export {}; // a module: its names stay out of the global scope
